#include "records/monthly/monthlycsv.h"

#include "records/outputfile.h"
#include "records/outputguard.h"
#include "report/monthly/monthlyreport.h"

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <filesystem>
#include <functional>

namespace tumbuh::records {
namespace {

using report::MonthlyReport;
using report::PosyanduReport;

Error writeError(const QString& path)
{
    return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(path), {}, {}};
}

// A small row builder over csv::CsvWriter.
class Row {
public:
    explicit Row(csv::CsvWriter& w) : w_(w) { }
    Row& text(const QString& s)
    {
        const QByteArray b = s.toUtf8();
        w_.field(std::string_view(b.constData(), static_cast<std::size_t>(b.size())));
        return *this;
    }
    Row& number(int n) { return text(QString::number(n)); }
    Row& number(double v, int decimals) { return text(QString::number(v, 'f', decimals)); }
    Row& percent(std::optional<double> p)
    {
        if (p)
            return number(*p, 1);
        w_.emptyField();
        return *this;
    }
    Row& empty()
    {
        w_.emptyField();
        return *this;
    }
    void end() { w_.endRecord(); }

private:
    csv::CsvWriter& w_;
};

void header(csv::CsvWriter& w, const QStringList& names)
{
    Row r(w);
    for (const QString& n : names)
        r.text(n);
    r.end();
}

QStringList split(const char* h) { return QString::fromLatin1(h).split(QLatin1Char(',')); }

// Every posyandu, then the total.
void forEach(const MonthlyReport& report, const std::function<void(const QString&, const PosyanduReport&)>& f)
{
    for (const PosyanduReport& p : report.posyandu)
        f(p.info.name, p);
    f(QStringLiteral("total"), report.total);
}

QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString monthKey(std::chrono::year_month m)
{
    return QStringLiteral("%1-%2")
        .arg(static_cast<int>(m.year()), 4, 10, QLatin1Char('0'))
        .arg(static_cast<unsigned>(m.month()), 2, 10, QLatin1Char('0'));
}

void skdn(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,age_group,sex,S,K,D,N,T,O,B,2T,BGM"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        for (const auto g : report::kAgeGroups) {
            for (const auto s : report::kSexColumns) {
                const report::SkdnCell& c = p.skdn[static_cast<std::size_t>(g)][static_cast<std::size_t>(s)];
                Row(w)
                    .text(name)
                    .text(report::ageGroupKey(g))
                    .text(report::sexKey(s))
                    .number(c.s)
                    .number(c.k)
                    .number(c.d)
                    .number(c.n)
                    .number(c.t)
                    .number(c.o)
                    .number(c.b)
                    .number(c.twoT)
                    .number(c.bgm)
                    .end();
            }
        }
    });
}

void status(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,index,category,age_group,sex,count,denominator"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        for (const report::StatusTable& t : p.status) {
            for (std::size_t k = 0; k < t.categories.size(); ++k) {
                for (const auto g : report::kAgeGroups) {
                    for (const auto s : report::kSexColumns) {
                        const auto gi = static_cast<std::size_t>(g);
                        const auto si = static_cast<std::size_t>(s);
                        Row(w)
                            .text(name)
                            .text(report::statusIndexKey(t.index))
                            .text(text(growth::labelId(t.categories[k])))
                            .text(report::ageGroupKey(g))
                            .text(report::sexKey(s))
                            .number(t.counts[k][gi][si])
                            .number(t.denominator[gi][si])
                            .end();
                    }
                }
            }
        }
    });
}

void flagged(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,index,age_group,sex,flagged"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        for (const report::StatusTable& t : p.status) {
            for (const auto g : report::kAgeGroups) {
                for (const auto s : report::kSexColumns) {
                    Row(w)
                        .text(name)
                        .text(report::statusIndexKey(t.index))
                        .text(report::ageGroupKey(g))
                        .text(report::sexKey(s))
                        .number(t.flagged[static_cast<std::size_t>(g)][static_cast<std::size_t>(s)])
                        .end();
                }
            }
        }
    });
}

void prevalenceRow(Row&& r, const report::Prevalence& p)
{
    r.number(p.cases).number(p.denominator).percent(p.percent());
    if (p.denominator > 0)
        r.number(100.0 * p.ci.low, 1).number(100.0 * p.ci.high, 1);
    else
        r.empty().empty();
    r.end();
}

void prevalence(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,indicator,cases,denominator,percent,ci_low,ci_high"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        prevalenceRow(std::move(Row(w).text(name).text(QStringLiteral("stunting"))), p.prevalences.stunting);
        prevalenceRow(std::move(Row(w).text(name).text(QStringLiteral("wasting"))), p.prevalences.wasting);
        prevalenceRow(std::move(Row(w).text(name).text(QStringLiteral("underweight"))), p.prevalences.underweight);
        prevalenceRow(std::move(Row(w).text(name).text(QStringLiteral("overweight"))), p.prevalences.overweight);
    });
}

void ratios(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,ratio,numerator,denominator,percent"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        const std::pair<const char*, const report::Ratio*> all[] = {
            {"K/S", &p.ratios.ks}, {"D/S", &p.ratios.ds}, {"D/K", &p.ratios.dk}, {"N/D", &p.ratios.nd}, {"N/S", &p.ratios.ns}, {"BGM/D", &p.ratios.bgmD}, {"2T/D", &p.ratios.twoTD}};
        for (const auto& [key, r] : all) {
            Row(w)
                .text(name)
                .text(QString::fromLatin1(key))
                .number(r->numerator)
                .number(r->denominator)
                .percent(r->percent())
                .end();
        }
    });
}

void referrals(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,made,arrived,completed,no_show,overdue,counselling"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        const report::ReferralCounts& r = p.referrals;
        Row(w)
            .text(name)
            .number(r.made)
            .number(r.arrived)
            .number(r.completed)
            .number(r.noShow)
            .number(r.overdue)
            .number(r.counselling)
            .end();
    });
}

void trend(csv::CsvWriter& w, const MonthlyReport& report)
{
    header(w, split("posyandu,month,indicator,numerator,denominator,percent"));
    forEach(report, [&w](const QString& name, const PosyanduReport& p) {
        for (const report::TrendPoint& t : p.trend) {
            const QString month = monthKey(t.month);
            const auto ratio = [&](const char* key, const report::Ratio& r) {
                Row(w)
                    .text(name)
                    .text(month)
                    .text(QString::fromLatin1(key))
                    .number(r.numerator)
                    .number(r.denominator)
                    .percent(r.percent())
                    .end();
            };
            const auto prev = [&](const char* key, const report::Prevalence& r) {
                Row(w)
                    .text(name)
                    .text(month)
                    .text(QString::fromLatin1(key))
                    .number(r.cases)
                    .number(r.denominator)
                    .percent(r.percent())
                    .end();
            };
            ratio("D/S", t.ds);
            ratio("N/D", t.nd);
            prev("stunting", t.prevalences.stunting);
            prev("wasting", t.prevalences.wasting);
            prev("underweight", t.prevalences.underweight);
            prev("overweight", t.prevalences.overweight);
        }
    });
}

void daftarAnak(csv::CsvWriter& w, const MonthlyReport& report)
{
    // Why the list is not there, or how many children it leaves out for
    // want of consent: a last line starting with '#' (the importer skips it).
    const QString note = report::daftarAnakNote(report);
    const auto noteLine = [&] {
        if (!note.isEmpty())
            w.rawRecords("# " + note.simplified().toStdString() + "\n");
    };
    if (!report.daftarAnakShown) {
        noteLine();
        return;
    }
    header(w, report::daftarAnakHeaders());
    for (const report::DaftarAnakRow& row : report.daftarAnak) {
        Row r(w);
        for (const report::Cell& c : row.cells) {
            if (const auto* s = std::get_if<QString>(&c))
                r.text(*s);
            else if (const auto* d = std::get_if<double>(&c))
                r.text(QString::number(*d, 'g', 10));
            else
                r.empty();
        }
        r.end();
    }
    noteLine();
}

using Writer = void (*)(csv::CsvWriter&, const MonthlyReport&);

struct FileEntry {
    const char* name;
    Writer write;
};

const FileEntry kFiles[] = {
    {"skdn.csv", skdn},
    {"status.csv", status},
    {"flagged.csv", flagged},
    {"prevalence.csv", prevalence},
    {"ratios.csv", ratios},
    {"referrals.csv", referrals},
    {"trend.csv", trend},
    {"daftar-anak.csv", daftarAnak},
};

} // namespace

const QStringList& MonthlyCsv::fileNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const FileEntry& f : kFiles)
            n << QString::fromLatin1(f.name);
        return n;
    }();
    return names;
}

Result<QStringList> MonthlyCsv::write(const MonthlyReport& report, const QString& folder, OutputGuard& guard)
{
    if (!QDir().mkpath(folder))
        return writeError(folder);
    QStringList written;
    for (const FileEntry& f : kFiles) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(f.name));
        if (auto free = guard.claim(path); !free)
            return free.error();
        OutputFile output(path);
        if (auto created = output.create(); !created)
            return created.error();
        {
            csv::CsvWriter w{std::filesystem::path(output.temporaryPath().toStdU16String())};
            if (!w.isOpen())
                return writeError(path);
            f.write(w, report);
            if (!w.close())
                return writeError(path);
        }
        if (auto moved = output.commit(); !moved)
            return moved.error();
        written << path;
    }
    return written;
}

} // namespace tumbuh::records
