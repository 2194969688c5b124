#include "report/monthly/monthlypdf.h"

#include "report/monthly/monthlylabels.h"
#include "report/monthly/monthlypainting.h"
#include "report/pdffile.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace tumbuh::report {
namespace {

using namespace monthlypainting;

// Rows of the comparison table on one page.
constexpr int kComparisonRowsPerPage = 56;

int comparisonPages(const MonthlyReport& report)
{
    if (report.posyandu.size() <= 1)
        return 0;
    const int rows = static_cast<int>(report.posyandu.size()) + 1; // with the total
    return (rows + kComparisonRowsPerPage - 1) / kComparisonRowsPerPage;
}

// ------------------------------------------------------------ page 1

double drawHeader(QPainter& p, const MonthlyReport& report)
{
    const QRectF band(kMargin, kMargin, kInner, 120);
    p.fillRect(band, kAccent);
    p.setPen(Qt::white);
    p.setFont(pageFont(15, true));
    p.drawText(band.adjusted(30, 0, -30, 0), Qt::AlignLeft | Qt::AlignVCenter, reportHeading(report));
    p.setFont(pageFont(12, true));
    p.drawText(band.adjusted(30, 0, -30, 0), Qt::AlignRight | Qt::AlignVCenter, monthText(report.month));

    // The title block in two columns.
    const std::vector<TitleLine> lines = titleBlock(report);
    const double top = band.bottom() + 18;
    const double lineH = 38;
    const double colW = kInner / 2;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 4)
            continue; // the month is in the band
        const std::size_t slot = i < 4 ? i : i - 1;
        const double x = kMargin + (slot < 3 ? 0 : colW);
        const double y = top + static_cast<double>(slot < 3 ? slot : slot - 3) * lineH;
        p.setPen(kMuted);
        p.setFont(pageFont(7.5));
        p.drawText(QRectF(x, y, 330, lineH), Qt::AlignLeft | Qt::AlignVCenter, lines[i].label);
        p.setPen(kInk);
        p.setFont(pageFont(8.5, true));
        const QString value = lines[i].value.isEmpty() ? QStringLiteral("–") : lines[i].value;
        p.drawText(QRectF(x + 330, y, colW - 350, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(value, Qt::ElideRight, static_cast<int>(colW - 350)));
    }
    return top + 3 * lineH + 12;
}

double drawSkdn(QPainter& p, const MonthlyReport& report, double top)
{
    top = sectionTitle(p, top, QStringLiteral("F1 / SKDN — kegiatan penimbangan bulan ini"));
    const SkdnTable& t = report.total.skdn;
    struct Item {
        QString label;
        int SkdnCell::*field = nullptr;
        bool notPresent = false;
    };
    const std::array<Item, 10> items = {{
        {QStringLiteral("S   semua balita"), &SkdnCell::s},
        {QStringLiteral("K   punya Buku KIA/KMS"), &SkdnCell::k},
        {QStringLiteral("D   ditimbang"), &SkdnCell::d},
        {QStringLiteral("N   naik berat badan"), &SkdnCell::n},
        {QStringLiteral("T   tidak naik"), &SkdnCell::t},
        {QStringLiteral("O   tidak ditimbang bulan lalu"), &SkdnCell::o},
        {QStringLiteral("B   baru pertama kali"), &SkdnCell::b},
        {QStringLiteral("K−D tidak hadir"), nullptr, true},
        {QStringLiteral("2T  dua kali tidak naik"), &SkdnCell::twoT},
        {QStringLiteral("BGM bawah garis merah"), &SkdnCell::bgm},
    }};
    const double labelW = 560;
    const double cellW = (kInner - labelW) / 11.0;
    const double rowH = 40;
    // Two header rows: the age groups, then L / P (L+P for the total).
    const QRectF itemHeader(kMargin, top, labelW, 2 * rowH);
    cell(p, itemHeader, QStringLiteral("Kegiatan"), Qt::AlignLeft, true, kHeaderFill);
    for (int g = 0; g < kAgeGroupCount; ++g) {
        const int span = g == kAgeGroupCount - 1 ? 3 : 2;
        const double x = kMargin + labelW + cellW * 2 * g;
        cell(p, QRectF(x, top, cellW * span, rowH), ageGroupLabel(kAgeGroups[static_cast<std::size_t>(g)]),
             Qt::AlignCenter, true, kHeaderFill);
        for (int s = 0; s < span; ++s)
            cell(p, QRectF(x + cellW * s, top + rowH, cellW, rowH),
                 sexLabel(kSexColumns[static_cast<std::size_t>(s)]), Qt::AlignCenter, true, kHeaderFill);
    }
    double y = top + 2 * rowH;
    for (const Item& item : items) {
        const bool key = item.field == &SkdnCell::s || item.field == &SkdnCell::d;
        cell(p, QRectF(kMargin, y, labelW, rowH), item.label, Qt::AlignLeft, key, key ? kKeyFill : Qt::white);
        for (int g = 0; g < kAgeGroupCount; ++g) {
            const int span = g == kAgeGroupCount - 1 ? 3 : 2;
            for (int s = 0; s < span; ++s) {
                const SkdnCell& c = t[static_cast<std::size_t>(g)][static_cast<std::size_t>(s)];
                const int v = item.notPresent ? c.notPresent() : c.*(item.field);
                const bool total = g == kAgeGroupCount - 1;
                cell(p, QRectF(kMargin + labelW + cellW * (2 * g + s), y, cellW, rowH), QString::number(v),
                     Qt::AlignCenter, key || total, total ? kTotalFill : (key ? kKeyFill : Qt::white));
            }
        }
        y += rowH;
    }
    p.setPen(kMuted);
    p.setFont(pageFont(6.5));
    p.drawText(QRectF(kMargin, y + 4, kInner, 32), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("D = N + T + O + B. Umur S dan K pada akhir bulan; umur D dan N/T/O/B pada hari "
                              "penimbangan terakhir. Ditimbang dua kali: yang terakhir dihitung."));
    return y + 44;
}

double drawRatios(QPainter& p, const MonthlyReport& report, const QRectF& area)
{
    double y = sectionTitle(p, area.top(), QStringLiteral("Rasio SKDN (target 80 %)"), area.left(), area.width());
    const std::vector<RatioRow> rows = ratioRows(report.total.ratios);
    const double labelW = 130;
    const double valueW = 370; // "62,2 %  (21344/34333)" for a city
    const double barX = area.left() + labelW;
    const double barW = area.width() - labelW - valueW;
    const double rowH = 50;
    const double firstY = y;
    for (const RatioRow& r : rows) {
        p.setPen(kInk);
        p.setFont(pageFont(8, true));
        p.drawText(QRectF(area.left(), y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter, r.name);
        const QRectF track(barX, y + 10, barW, rowH - 20);
        p.fillRect(track, kTrack);
        const std::optional<double> pc = r.ratio.percent();
        if (pc) {
            const double w = barW * std::clamp(*pc, 0.0, 100.0) / 100.0;
            const QColor fill = !r.hasTarget ? kNeutralBar : (*pc >= kRatioTarget ? kGoodBar : kShortBar);
            p.fillRect(QRectF(track.left(), track.top(), w, track.height()), fill);
        }
        p.setPen(kInk);
        p.setFont(pageFont(7));
        const QString value = pc ? QStringLiteral("%1 %  (%2/%3)").arg(percentText(*pc)).arg(r.ratio.numerator).arg(r.ratio.denominator)
                                 : QStringLiteral("–  (%1/%2)").arg(r.ratio.numerator).arg(r.ratio.denominator);
        p.drawText(QRectF(barX + barW + 14, y, valueW - 14, rowH), Qt::AlignLeft | Qt::AlignVCenter, value);
        y += rowH;
    }
    // The target line over the five ratios that have one.
    const double tx = barX + barW * kRatioTarget / 100.0;
    p.setPen(QPen(kTarget, 5, Qt::DashLine));
    p.drawLine(QPointF(tx, firstY + 2), QPointF(tx, firstY + rowH * 5 - 2));
    p.setFont(pageFont(6.5, true));
    p.setPen(kTarget);
    p.drawText(QRectF(tx - 120, firstY + rowH * 5, 240, 30), Qt::AlignCenter, QStringLiteral("target 80 %"));
    return firstY + rowH * static_cast<double>(rows.size()) + 8;
}

double drawPrevalences(QPainter& p, const MonthlyReport& report, const QRectF& area)
{
    double y = sectionTitle(p, area.top(), QStringLiteral("Prevalensi masalah gizi (IK 95 %)"), area.left(),
                            area.width());
    const double rowH = 40;
    const std::array<double, 3> widths = {area.width() * 0.42, area.width() * 0.22, area.width() * 0.36};
    const std::array<QString, 3> headers = {QStringLiteral("Masalah gizi"), QStringLiteral("Kasus/diukur"),
                                            QStringLiteral("Prevalensi (IK 95 %)")};
    double x = area.left();
    for (std::size_t i = 0; i < 3; ++i) {
        cell(p, QRectF(x, y, widths[i], rowH), headers[i], Qt::AlignCenter, true, kHeaderFill);
        x += widths[i];
    }
    y += rowH;
    for (const PrevalenceRow& r : prevalenceRows(report.total.prevalences)) {
        x = area.left();
        const std::array<QString, 3> texts = {
            r.name, QStringLiteral("%1/%2").arg(r.prevalence.cases).arg(r.prevalence.denominator),
            prevalenceText(r.prevalence)};
        for (std::size_t i = 0; i < 3; ++i) {
            cell(p, QRectF(x, y, widths[i], rowH), texts[i], i == 0 ? Qt::AlignLeft : Qt::AlignCenter, i == 2,
                 Qt::white);
            x += widths[i];
        }
        y += rowH;
    }
    p.setPen(kMuted);
    p.setFont(pageFont(6.5));
    const QRectF note(area.left(), y + 4, area.width(), 70);
    p.drawText(note, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("Pada posyandu kecil intervalnya lebar: satu angka prevalensi saja belum cukup untuk "
                              "menilai. Z-score tidak wajar tidak dihitung."));
    return note.bottom();
}

double drawStatus(QPainter& p, const MonthlyReport& report, const QRectF& area)
{
    double y = sectionTitle(p, area.top(), QStringLiteral("Status gizi (Permenkes 2/2020), semua umur"), area.left(),
                            area.width());
    const double rowH = 31;
    const std::array<double, 5> widths = {area.width() * 0.56, area.width() * 0.11, area.width() * 0.11,
                                          area.width() * 0.11, area.width() * 0.11};
    for (const StatusTable& table : report.total.status) {
        const auto total = [](const AgeSexGrid<int>& g, SexColumn s) {
            return g[static_cast<std::size_t>(AgeGroup::Total)][static_cast<std::size_t>(s)];
        };
        const int denominator = total(table.denominator, SexColumn::Total);
        const int flagged = total(table.flagged, SexColumn::Total);
        QString head = QStringLiteral("%1 (n = %2").arg(statusIndexKey(table.index)).arg(denominator);
        head += flagged > 0 ? QStringLiteral("; %1 tidak wajar)").arg(flagged) : QStringLiteral(")");
        const std::array<QString, 5> headers = {head, QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("L+P"),
                                                QStringLiteral("%")};
        double x = area.left();
        for (std::size_t i = 0; i < headers.size(); ++i) {
            cell(p, QRectF(x, y, widths[i], rowH), headers[i], i == 0 ? Qt::AlignLeft : Qt::AlignCenter, true,
                 kHeaderFill);
            x += widths[i];
        }
        y += rowH;
        for (std::size_t c = 0; c < table.categories.size() && c < table.counts.size(); ++c) {
            const AgeSexGrid<int>& g = table.counts[c];
            const int all = total(g, SexColumn::Total);
            const std::string_view l = growth::labelId(table.categories[c]);
            const std::array<QString, 5> texts = {
                QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size())), QString::number(total(g, SexColumn::L)),
                QString::number(total(g, SexColumn::P)), QString::number(all),
                denominator > 0 ? percentText(100.0 * all / denominator) : QStringLiteral("–")};
            const QColor fill = severityFill(table.categories[c], all);
            x = area.left();
            for (std::size_t i = 0; i < texts.size(); ++i) {
                cell(p, QRectF(x, y, widths[i], rowH), texts[i], i == 0 ? Qt::AlignLeft : Qt::AlignCenter, false,
                     fill, 6.5);
                x += widths[i];
            }
            y += rowH;
        }
        y += 8;
    }
    return y;
}

double drawFollowUp(QPainter& p, const MonthlyReport& report, double top, double bottom)
{
    const std::vector<FollowUpChild> children = followUpChildren(report);
    double y = sectionTitle(p, top,
                            QStringLiteral("Anak yang perlu ditindaklanjuti (%1 anak): kunjungi, beri konseling, "
                                           "rujuk bila perlu")
                                .arg(children.size()));
    const int columns = 2;
    const double rowH = 32;
    const double colW = kInner / columns;
    // Why the list is not there, or how many children it leaves out for want
    // of consent: one line under it.
    const QString note = daftarAnakNote(report);
    if (!report.daftarAnakShown) {
        p.setFont(pageFont(6.8));
        p.setPen(kMuted);
        p.drawText(QRectF(kMargin, y, kInner, rowH), Qt::AlignLeft | Qt::AlignVCenter, note);
        return bottom;
    }
    const double listBottom = note.isEmpty() ? bottom : bottom - rowH;
    const int rowsFit = std::max(1, static_cast<int>((listBottom - y) / rowH));
    const int capacity = rowsFit * columns;
    const bool cut = static_cast<int>(children.size()) > capacity;
    const int shown = cut ? capacity - 1 : static_cast<int>(children.size());
    p.setFont(pageFont(6.8));
    const bool several = report.posyandu.size() > 1;
    for (int i = 0; i < shown; ++i) {
        const FollowUpChild& c = children[static_cast<std::size_t>(i)];
        const QRectF r(kMargin + colW * (i / rowsFit), y + rowH * (i % rowsFit), colW - 20, rowH);
        QString line = QStringLiteral("• %1").arg(c.name);
        if (several)
            line += QStringLiteral(" (%1)").arg(c.posyandu);
        line += QStringLiteral(": %1").arg(c.reasons.join(QStringLiteral(", ")));
        p.setPen(kInk);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(line, Qt::ElideRight, static_cast<int>(r.width())));
    }
    if (children.empty()) {
        p.setPen(kMuted);
        p.drawText(QRectF(kMargin, y, kInner, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("Tidak ada anak yang ditimbang bulan ini dengan berat tidak naik atau di bawah "
                                  "−2 SD."));
    }
    if (cut) {
        const int i = shown;
        p.setPen(kMuted);
        p.drawText(QRectF(kMargin + colW * (i / rowsFit), y + rowH * (i % rowsFit), colW - 20, rowH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("… dan %1 anak lagi: lihat lembar \"Daftar anak\".")
                       .arg(children.size() - static_cast<std::size_t>(shown)));
    }
    if (!note.isEmpty()) {
        p.setFont(pageFont(6.8));
        p.setPen(kMuted);
        p.drawText(QRectF(kMargin, listBottom, kInner, rowH), Qt::AlignLeft | Qt::AlignVCenter, note);
    }
    return bottom;
}

void drawFirstPage(QPainter& p, const MonthlyReport& report, int pages)
{
    p.fillRect(QRectF(0, 0, kW, kH), Qt::white);
    double y = drawHeader(p, report);
    y = drawSkdn(p, report, y);

    const double gap = 50;
    const double half = (kInner - gap) / 2;
    const QRectF left(kMargin, y, half, 0);
    const QRectF right(kMargin + half + gap, y, half, 0);
    double leftY = drawRatios(p, report, left);
    leftY = drawPrevalences(p, report, QRectF(left.left(), leftY + 10, half, 0));
    const double rightY = drawStatus(p, report, right);
    y = std::max(leftY, rightY) + 6;

    y = sectionTitle(p, y, QStringLiteral("Tren 12 bulan"));
    const double chartH = 400;
    drawParticipationChart(p, report.total.trend, QRectF(kMargin, y, half, chartH));
    drawPrevalenceChart(p, report.total.trend, QRectF(kMargin + half + gap, y, half, chartH));
    y += chartH + 10;

    const double signaturesTop = kH - kMargin - 210;
    drawFollowUp(p, report, y, signaturesTop - 10);
    drawSignatures(p, signaturesTop);
    drawFooter(p, 1, pages);
}

// ------------------------------------------------------------ comparison

void drawComparisonPage(QPainter& p, const MonthlyReport& report, int index, int pages)
{
    p.fillRect(QRectF(0, 0, kW, kH), Qt::white);
    const QRectF band(kMargin, kMargin, kInner, 100);
    p.fillRect(band, kAccent);
    p.setPen(Qt::white);
    p.setFont(pageFont(13, true));
    p.drawText(band.adjusted(30, 0, -30, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("PERBANDINGAN ANTAR POSYANDU"));
    p.setFont(pageFont(11, true));
    p.drawText(band.adjusted(30, 0, -30, 0), Qt::AlignRight | Qt::AlignVCenter, monthText(report.month));
    p.setPen(kInk);
    p.setFont(pageFont(8));
    p.drawText(QRectF(kMargin, band.bottom() + 10, kInner, 40), Qt::AlignLeft | Qt::AlignVCenter,
               scopeName(report));

    const ComparisonColours colours = comparisonColours(report);
    const double rowH = 40;
    const std::array<double, 8> widths = {90, 600, 150, 150, 230, 230, 245, 245};
    const std::array<QString, 8> headers = {
        QStringLiteral("No"), QStringLiteral("Posyandu"), QStringLiteral("S"),
        QStringLiteral("D"), QStringLiteral("D/S"), QStringLiteral("N/D"),
        QStringLiteral("Stunting"), QStringLiteral("Wasting")};
    double y = band.bottom() + 60;
    double x = kMargin;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        cell(p, QRectF(x, y, widths[i], rowH), headers[i], Qt::AlignCenter, true, kHeaderFill);
        x += widths[i];
    }
    y += rowH;
    const int first = index * kComparisonRowsPerPage;
    const int rows = static_cast<int>(report.posyandu.size()) + 1;
    for (int r = first; r < std::min(rows, first + kComparisonRowsPerPage); ++r) {
        const bool isTotal = r == rows - 1;
        const PosyanduReport& pr = isTotal ? report.total : report.posyandu[static_cast<std::size_t>(r)];
        const auto pc = [](const std::optional<double>& v) { return v ? percentText(*v) + QStringLiteral(" %") : QStringLiteral("–"); };
        const SkdnCell& all = pr.skdn[static_cast<std::size_t>(AgeGroup::Total)][static_cast<std::size_t>(SexColumn::Total)];
        const std::array<QString, 8> texts = {isTotal ? QString() : QString::number(r + 1),
                                              blockName(pr, isTotal),
                                              QString::number(all.s),
                                              QString::number(all.d),
                                              pc(pr.ratios.ds.percent()),
                                              pc(pr.ratios.nd.percent()),
                                              prevalenceText(pr.prevalences.stunting),
                                              prevalenceText(pr.prevalences.wasting)};
        std::array<QColor, 8> fills;
        fills.fill(isTotal ? kTotalFill : QColor(Qt::white));
        if (!isTotal) {
            const auto at = static_cast<std::size_t>(r);
            fills[4] = colours.ds[at];
            fills[5] = colours.nd[at];
            fills[6] = colours.stunting[at];
            fills[7] = colours.wasting[at];
        }
        x = kMargin;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            cell(p, QRectF(x, y, widths[i], rowH), texts[i], i == 1 ? Qt::AlignLeft : Qt::AlignCenter, isTotal,
                 fills[i], 6.8);
            x += widths[i];
        }
        y += rowH;
    }
    drawRankKey(p, y + 20);
    drawFooter(p, index + 2, pages);
}

void paintPages(const MonthlyReport& report, QPainter& painter, const QRectF& page,
                const std::function<void()>& newPage)
{
    const int pages = monthlyPageCount(report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            newPage();
        const double scale = std::min(page.width() / kW, page.height() / kH);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(page.center().x() - kW * scale / 2, page.center().y() - kH * scale / 2);
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(0, 0, kW, kH));
        if (i == 0)
            drawFirstPage(painter, report, pages);
        else
            drawComparisonPage(painter, report, i - 1, pages);
        painter.restore();
    }
}

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

} // namespace

int monthlyPageCount(const MonthlyReport& report) { return 1 + comparisonPages(report); }

bool writeMonthlyPdf(const MonthlyReport& report, const QString& path, QString* error)
{
    const PdfResult r = writePdf(path, QStringLiteral("%1 - %2").arg(reportHeading(report), monthText(report.month)),
                                 pageLayout(), [&report](QPainter& painter, const QRectF& page, QPdfWriter& pdf) {
                                     paintPages(report, painter, page, [&pdf] { pdf.newPage(); });
                                 });
    if (!r.ok() && error)
        *error = r.failure == PdfFailure::Start
                   ? QCoreApplication::translate("tumbuh::report", "The PDF %1 could not be started.").arg(path)
                   : QCoreApplication::translate("tumbuh::report", "The PDF %1 could not be written: %2.").arg(path, r.detail);
    return r.ok();
}

void printMonthly(const MonthlyReport& report, QPagedPaintDevice& device)
{
    device.setPageLayout(pageLayout());
    QPainter painter(&device);
    paintPages(report, painter, QRectF(0, 0, device.width(), device.height()), [&device] { device.newPage(); });
}

} // namespace tumbuh::report
