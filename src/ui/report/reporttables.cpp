#include "ui/report/reporttables.h"

#include "report/monthly/monthlylabels.h"
#include "report/monthly/monthlypainting.h"

#include <QLocale>

#include <array>

namespace tumbuh::ui {
namespace {

using report::AgeGroup;
using report::SexColumn;

const QColor kTotal(0xEE, 0xEE, 0xEE);

ReportCell text(const QString& s, bool bold = false)
{
    ReportCell c;
    c.text = s;
    c.bold = bold;
    return c;
}

ReportCell count(int n, bool bold = false)
{
    ReportCell c;
    c.text = QString::number(n);
    c.value = n;
    c.bold = bold;
    c.number = true;
    return c;
}

ReportCell percent(std::optional<double> p, bool bold = false)
{
    ReportCell c;
    c.number = true;
    c.bold = bold;
    if (p) {
        c.text = report::monthlypainting::percentText(*p) + QStringLiteral(" %");
        c.value = *p;
    } else {
        c.text = QStringLiteral("–");
    }
    return c;
}

const report::SkdnCell& total(const report::PosyanduReport& p)
{
    return p.skdn[static_cast<std::size_t>(AgeGroup::Total)][static_cast<std::size_t>(SexColumn::Total)];
}

} // namespace

ReportTable skdnTable(const report::MonthlyReport& report)
{
    ReportTable t;
    t.headers << QStringLiteral("Kegiatan");
    for (int g = 0; g < report::kAgeGroupCount; ++g) {
        const int span = g == report::kAgeGroupCount - 1 ? 3 : 2;
        for (int s = 0; s < span; ++s)
            t.headers << QStringLiteral("%1 %2")
                             .arg(report::ageGroupLabel(report::kAgeGroups[static_cast<std::size_t>(g)]),
                                  report::sexLabel(report::kSexColumns[static_cast<std::size_t>(s)]));
    }
    struct Item {
        QString label;
        int report::SkdnCell::*field;
    };
    const std::array<Item, 10> items = {{
        {QStringLiteral("S — semua balita"), &report::SkdnCell::s},
        {QStringLiteral("K — punya Buku KIA/KMS"), &report::SkdnCell::k},
        {QStringLiteral("D — ditimbang"), &report::SkdnCell::d},
        {QStringLiteral("N — naik berat badan"), &report::SkdnCell::n},
        {QStringLiteral("T — tidak naik"), &report::SkdnCell::t},
        {QStringLiteral("O — tidak ditimbang bulan lalu"), &report::SkdnCell::o},
        {QStringLiteral("B — baru pertama kali"), &report::SkdnCell::b},
        {QStringLiteral("K−D — tidak hadir"), nullptr},
        {QStringLiteral("2T — dua kali tidak naik"), &report::SkdnCell::twoT},
        {QStringLiteral("BGM — bawah garis merah"), &report::SkdnCell::bgm},
    }};
    for (const Item& item : items) {
        std::vector<ReportCell> row{text(item.label, true)};
        for (int g = 0; g < report::kAgeGroupCount; ++g) {
            const bool isTotal = g == report::kAgeGroupCount - 1;
            for (int s = 0; s < (isTotal ? 3 : 2); ++s) {
                const report::SkdnCell& c = report.total.skdn[static_cast<std::size_t>(g)][static_cast<std::size_t>(s)];
                ReportCell cell = count(item.field ? c.*(item.field) : c.notPresent(), isTotal);
                if (isTotal)
                    cell.background = kTotal;
                row.push_back(cell);
            }
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable ratioTable(const report::MonthlyReport& report)
{
    ReportTable t;
    t.headers << QStringLiteral("Rasio") << QStringLiteral("Arti") << QStringLiteral("Pembilang")
              << QStringLiteral("Penyebut") << QStringLiteral("Persen") << QStringLiteral("Target");
    for (const report::RatioRow& r : report::ratioRows(report.total.ratios)) {
        ReportCell pc = percent(r.ratio.percent(), true);
        if (r.hasTarget && r.ratio.percent())
            pc.background = *r.ratio.percent() >= report::kRatioTarget ? QColor(0xC8, 0xE6, 0xC9)
                                                                       : QColor(0xFF, 0xE0, 0xB2);
        t.rows.push_back({text(r.name, true), text(r.meaning), count(r.ratio.numerator), count(r.ratio.denominator), pc,
                          text(r.hasTarget ? QStringLiteral("80 %") : QStringLiteral("–"))});
    }
    return t;
}

ReportTable statusTable(const report::MonthlyReport& report)
{
    ReportTable t;
    t.headers << QStringLiteral("Indeks") << QStringLiteral("Kategori") << QStringLiteral("L") << QStringLiteral("P")
              << QStringLiteral("L+P") << QStringLiteral("%");
    const auto all = [](const report::AgeSexGrid<int>& g, SexColumn s) {
        return g[static_cast<std::size_t>(AgeGroup::Total)][static_cast<std::size_t>(s)];
    };
    for (const report::StatusTable& table : report.total.status) {
        const int denominator = all(table.denominator, SexColumn::Total);
        for (std::size_t i = 0; i < table.categories.size() && i < table.counts.size(); ++i) {
            const std::string_view l = growth::labelId(table.categories[i]);
            const int n = all(table.counts[i], SexColumn::Total);
            std::vector<ReportCell> row{text(report::statusIndexKey(table.index)),
                                        text(QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size()))),
                                        count(all(table.counts[i], SexColumn::L)),
                                        count(all(table.counts[i], SexColumn::P)), count(n, true),
                                        percent(denominator > 0 ? std::optional<double>(100.0 * n / denominator)
                                                                : std::nullopt)};
            const QColor fill = report::monthlypainting::severityFill(table.categories[i], n);
            if (fill != QColor(Qt::white))
                for (ReportCell& c : row)
                    c.background = fill;
            t.rows.push_back(std::move(row));
        }
        std::vector<ReportCell> sum{text(report::statusIndexKey(table.index), true),
                                    text(QStringLiteral("Jumlah diukur (penyebut)"), true),
                                    count(all(table.denominator, SexColumn::L), true),
                                    count(all(table.denominator, SexColumn::P), true), count(denominator, true),
                                    text(QString())};
        for (ReportCell& c : sum)
            c.background = kTotal;
        t.rows.push_back(std::move(sum));
        const int flagged = all(table.flagged, SexColumn::Total);
        if (flagged > 0)
            t.rows.push_back({text(report::statusIndexKey(table.index)),
                              text(QStringLiteral("Z-score tidak wajar (tidak dihitung)")),
                              count(all(table.flagged, SexColumn::L)), count(all(table.flagged, SexColumn::P)),
                              count(flagged), text(QString())});
    }
    return t;
}

ReportTable prevalenceTable(const report::MonthlyReport& report)
{
    ReportTable t;
    t.headers << QStringLiteral("Masalah gizi") << QStringLiteral("Kasus") << QStringLiteral("Diukur")
              << QStringLiteral("Prevalensi (IK 95 %)");
    for (const report::PrevalenceRow& r : report::prevalenceRows(report.total.prevalences)) {
        ReportCell p = text(report::prevalenceText(r.prevalence), true);
        p.number = true;
        if (const auto pc = r.prevalence.percent())
            p.value = *pc;
        t.rows.push_back({text(r.name), count(r.prevalence.cases), count(r.prevalence.denominator), p});
    }
    return t;
}

ReportTable comparisonTable(const report::MonthlyReport& report)
{
    ReportTable t;
    t.headers << QStringLiteral("Posyandu") << QStringLiteral("S") << QStringLiteral("D") << QStringLiteral("D/S")
              << QStringLiteral("N/D") << QStringLiteral("Stunting") << QStringLiteral("Wasting");
    const report::monthlypainting::ComparisonColours colours = report::monthlypainting::comparisonColours(report);
    auto row = [](const report::PosyanduReport& p, const QString& name, bool bold) {
        std::vector<ReportCell> r{text(name, bold),
                                  count(total(p).s, bold),
                                  count(total(p).d, bold),
                                  percent(p.ratios.ds.percent(), bold),
                                  percent(p.ratios.nd.percent(), bold),
                                  text(report::prevalenceText(p.prevalences.stunting), bold),
                                  text(report::prevalenceText(p.prevalences.wasting), bold)};
        r[5].number = r[6].number = true;
        return r;
    };
    for (std::size_t i = 0; i < report.posyandu.size(); ++i) {
        std::vector<ReportCell> r = row(report.posyandu[i], report.posyandu[i].info.name, false);
        r[3].background = colours.ds[i];
        r[4].background = colours.nd[i];
        r[5].background = colours.stunting[i];
        r[6].background = colours.wasting[i];
        t.rows.push_back(std::move(r));
    }
    std::vector<ReportCell> sum = row(report.total, QStringLiteral("Jumlah"), true);
    for (ReportCell& c : sum)
        c.background = kTotal;
    t.rows.push_back(std::move(sum));
    return t;
}

} // namespace tumbuh::ui
