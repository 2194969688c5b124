#include "report/monthly/monthlylabels.h"

#include "growth/permenkes.h"

#include <QDate>
#include <QLocale>

#include <span>

namespace tumbuh::report {
namespace {

QLocale indonesian() { return QLocale(QLocale::Indonesian, QLocale::Indonesia); }

QDate firstDay(std::chrono::year_month month)
{
    return QDate(static_cast<int>(month.year()), static_cast<int>(static_cast<unsigned>(month.month())), 1);
}

QString cellText(const DaftarAnakRow& row, qsizetype column)
{
    if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size())
        return {};
    const Cell& c = row.cells[static_cast<std::size_t>(column)];
    if (const auto* s = std::get_if<QString>(&c))
        return *s;
    return {};
}

// The category whose PMK label is `label` in the table of `index`.
std::optional<growth::NutritionCategory> categoryByLabel(growth::PermenkesIndex index, const QString& label)
{
    if (label.isEmpty())
        return std::nullopt;
    for (const growth::NutritionCategory c : growth::categoriesOf(index)) {
        const std::string_view l = growth::labelId(c);
        if (QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size())) == label)
            return c;
    }
    return std::nullopt;
}

bool needsFollowUp(growth::NutritionCategory c)
{
    return growth::deviation(c) != growth::Deviation::Within
        && (growth::severity(c) == growth::Severity::Moderate || growth::severity(c) == growth::Severity::Severe);
}

} // namespace

QString monthText(std::chrono::year_month month)
{
    return indonesian().toString(firstDay(month), QStringLiteral("MMMM yyyy"));
}

QString shortMonthText(std::chrono::year_month month)
{
    return indonesian().toString(firstDay(month), QStringLiteral("MMM"));
}

QString dateText(std::chrono::year_month_day day)
{
    if (!day.ok())
        return {};
    const QDate d(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                  static_cast<int>(static_cast<unsigned>(day.day())));
    return indonesian().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString ageGroupLabel(AgeGroup group)
{
    switch (group) {
    case AgeGroup::M0To5:
        return QStringLiteral("0–5 bln");
    case AgeGroup::M6To11:
        return QStringLiteral("6–11 bln");
    case AgeGroup::M12To23:
        return QStringLiteral("12–23 bln");
    case AgeGroup::M24To59:
        return QStringLiteral("24–59 bln");
    case AgeGroup::Total:
        break;
    }
    return QStringLiteral("Jumlah");
}

QString sexLabel(SexColumn sex)
{
    switch (sex) {
    case SexColumn::L:
        return QStringLiteral("L");
    case SexColumn::P:
        return QStringLiteral("P");
    case SexColumn::Total:
        break;
    }
    return QStringLiteral("L+P");
}

std::vector<TitleLine> titleBlock(const MonthlyReport& report)
{
    const bool one = report.posyandu.size() == 1;
    return {
        {one ? QStringLiteral("Posyandu") : QStringLiteral("Wilayah (puskesmas)"), scopeName(report)},
        {QStringLiteral("Kelurahan/Desa"), report.kelurahan},
        {QStringLiteral("Kecamatan"), report.kecamatan},
        {QStringLiteral("Kabupaten/Kota"), report.kabupaten},
        {QStringLiteral("Bulan"), monthText(report.month)},
        {QStringLiteral("Dibuat pada"), dateText(report.madeOn)},
        {QStringLiteral("Dibuat oleh"), report.madeBy},
    };
}

QString scopeName(const MonthlyReport& report)
{
    if (!report.title.isEmpty())
        return report.title;
    return QStringLiteral("Semua posyandu dalam file (%1 posyandu)").arg(report.posyandu.size());
}

QString reportHeading(const MonthlyReport& report)
{
    return report.posyandu.size() == 1 ? QStringLiteral("LAPORAN BULANAN POSYANDU")
                                       : QStringLiteral("LAPORAN BULANAN PUSKESMAS");
}

QString blockName(const PosyanduReport& block, bool isTotal)
{
    return isTotal ? QStringLiteral("Jumlah") : block.info.name;
}

std::vector<RatioRow> ratioRows(const SkdnRatios& r)
{
    return {
        {QStringLiteral("K/S"), QStringLiteral("Liputan program (punya Buku KIA)"), r.ks, true},
        {QStringLiteral("D/S"), QStringLiteral("Partisipasi masyarakat (ditimbang)"), r.ds, true},
        {QStringLiteral("D/K"), QStringLiteral("Kelangsungan penimbangan"), r.dk, true},
        {QStringLiteral("N/D"), QStringLiteral("Hasil penimbangan (naik berat badan)"), r.nd, true},
        {QStringLiteral("N/S"), QStringLiteral("Keberhasilan program"), r.ns, true},
        {QStringLiteral("BGM/D"), QStringLiteral("Di bawah garis merah"), r.bgmD, false},
        {QStringLiteral("2T/D"), QStringLiteral("Dua kali tidak naik"), r.twoTD, false},
    };
}

std::vector<PrevalenceRow> prevalenceRows(const Prevalences& p)
{
    return {
        {QStringLiteral("Stunting (TB/U < −2 SD)"), QStringLiteral("Stunting"), p.stunting},
        {QStringLiteral("Wasting (BB/TB < −2 SD)"), QStringLiteral("Wasting"), p.wasting},
        {QStringLiteral("Underweight (BB/U < −2 SD)"), QStringLiteral("Underweight"), p.underweight},
        {QStringLiteral("Overweight (BB/TB > +2 SD)"), QStringLiteral("Overweight"), p.overweight},
    };
}

QString statusIndexLabel(StatusIndex index)
{
    switch (index) {
    case StatusIndex::WeightForAge:
        return QStringLiteral("BB/U (berat badan menurut umur)");
    case StatusIndex::LengthHeightForAge:
        return QStringLiteral("TB/U (panjang/tinggi badan menurut umur)");
    case StatusIndex::WeightForLengthHeight:
        return QStringLiteral("BB/TB (berat badan menurut panjang/tinggi badan)");
    case StatusIndex::BmiForAge:
        break;
    }
    return QStringLiteral("IMT/U (indeks massa tubuh menurut umur)");
}

std::vector<ReportBlock> reportBlocks(const MonthlyReport& report)
{
    std::vector<ReportBlock> blocks;
    if (report.posyandu.size() == 1) {
        blocks.push_back({&report.posyandu.front(), false});
        return blocks;
    }
    for (const PosyanduReport& p : report.posyandu)
        blocks.push_back({&p, false});
    blocks.push_back({&report.total, true});
    return blocks;
}

std::vector<FollowUpChild> followUpChildren(const MonthlyReport& report)
{
    const QStringList& headers = daftarAnakHeaders();
    const qsizetype nameColumn = headers.indexOf(QStringLiteral("Nama"));
    const qsizetype letterColumn = headers.indexOf(QStringLiteral("Naik Berat Badan"));
    struct IndexColumn {
        growth::PermenkesIndex index;
        qsizetype column;
    };
    const std::array<IndexColumn, 3> indexColumns = {{
        {growth::PermenkesIndex::WeightForAge, headers.indexOf(QStringLiteral("BB/U"))},
        {growth::PermenkesIndex::LengthHeightForAge, headers.indexOf(QStringLiteral("TB/U"))},
        {growth::PermenkesIndex::WeightForLengthHeight, headers.indexOf(QStringLiteral("BB/TB"))},
    }};

    std::vector<FollowUpChild> children;
    for (const DaftarAnakRow& row : report.daftarAnak) {
        QStringList reasons;
        if (cellText(row, letterColumn) == QStringLiteral("T"))
            reasons << QStringLiteral("berat tidak naik (T)");
        for (const IndexColumn& ic : indexColumns) {
            const auto c = categoryByLabel(ic.index, cellText(row, ic.column));
            if (c && needsFollowUp(*c)) {
                const std::string_view l = growth::labelId(*c);
                reasons << QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size())).toLower();
            }
        }
        if (reasons.isEmpty())
            continue;
        const std::size_t p = static_cast<std::size_t>(row.posyandu);
        children.push_back({cellText(row, nameColumn),
                            p < report.posyandu.size() ? report.posyandu[p].info.name : QString(), reasons});
    }
    return children;
}

} // namespace tumbuh::report
