#include "report/growthcard.h"

#include "growth/cadre.h"
#include "report/cardmessages.h"
#include "report/chartpalette.h"
#include "report/pdffile.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPagedPaintDevice>

#include <algorithm>
#include <chrono>

namespace tumbuh::report {
namespace {

// The card is laid out once, on A4 landscape in tenths of a millimetre, and
// scaled onto the actual page: one layout for screen, PDF, printer and A5.
constexpr double kW = 2970;
constexpr double kH = 2100;
constexpr double kMargin = 90;
constexpr double kPt = 3.528; // tenths of a mm per typographic point
constexpr double kPxPerMm = 96.0 / 25.4;

QFont cardFont(double points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    // Pixel sizes in layout units scale with the page; no hinting so that
    // text measured in layout units has the same width once scaled.
    f.setPixelSize(std::max(1, static_cast<int>(points * kPt + 0.5)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QLocale indonesian() { return QLocale(QLocale::Indonesian, QLocale::Indonesia); }

QString longDate(const QDate& d) { return indonesian().toString(d, QStringLiteral("d MMMM yyyy")); }

QString ageText(const QDate& birth, const QDate& on)
{
    // Completed calendar months, as the cadre counts them ("umur bulan penuh").
    auto ymd = [](const QDate& d) {
        return std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())}
             / std::chrono::day{static_cast<unsigned>(d.day())};
    };
    const std::optional<int> m = growth::completedMonths(ymd(birth), ymd(on));
    if (!m)
        return {};
    if (*m < 12)
        return QStringLiteral("%1 bulan").arg(*m);
    if (*m % 12 == 0)
        return QStringLiteral("%1 tahun").arg(*m / 12);
    return QStringLiteral("%1 tahun %2 bulan").arg(*m / 12).arg(*m % 12);
}

// The largest font (from `points` down to `minPoints`) at which `text`
// fits `rect` with word wrap.
QFont fitted(QPainter& p, const QRectF& rect, const QString& text, double points, double minPoints, bool bold)
{
    for (double pt = points; pt > minPoints; pt -= 0.5) {
        const QFont f = cardFont(pt, bold);
        p.setFont(f);
        const QRectF need = p.boundingRect(rect, Qt::TextWordWrap, text);
        if (need.height() <= rect.height() && need.width() <= rect.width())
            return f;
    }
    return cardFont(minPoints, bold);
}

void drawLabelValue(QPainter& p, double k, const QPointF& at, double width, const QString& label, const QString& value)
{
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setFont(cardFont(8.5 * k));
    p.drawText(QRectF(at.x(), at.y(), width, 40), Qt::AlignLeft | Qt::AlignTop, label);
    p.setPen(textColor());
    const QRectF valueRect(at.x(), at.y() + 38, width, 70);
    p.setFont(fitted(p, valueRect, value, 13 * k, 8, true));
    p.drawText(valueRect, Qt::AlignLeft | Qt::AlignTop, value);
}

void drawSwatch(QPainter& p, double k, double& x, double y, const QColor& fill, const QString& text)
{
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 2));
    p.setBrush(fill);
    p.drawRect(QRectF(x, y + 6, 70, 36));
    p.setPen(textColor());
    p.setFont(cardFont(9 * k));
    const QRectF r(x + 85, y, 600, 48);
    const QRectF used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    x = used.right() + 60;
}

void drawMarkerKey(QPainter& p, double k, double& x, double y, const QColor& fill, const QPen& border, const QString& text)
{
    p.setPen(border);
    p.setBrush(fill);
    p.drawEllipse(QPointF(x + 22, y + 24), 16, 16);
    p.setPen(textColor());
    p.setFont(cardFont(9 * k));
    const QRectF r(x + 55, y, 600, 48);
    const QRectF used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    x = used.right() + 60;
}

void drawChart(const CardInput& card, QPainter& p, double k, const ChartInput& chart, const QRectF& rect)
{
    const SexColors colors = sexColors(card.child.sex);
    if (card.paintChart) {
        // Laid out in fewer pixels when the text is to be larger (A5).
        const QSizeF layout(rect.width() / 10.0 * kPxPerMm / k, rect.height() / 10.0 * kPxPerMm / k);
        p.save();
        card.paintChart(chart, p, rect, layout);
        p.restore();
    } else {
        p.setPen(QPen(colors.accent, 3));
        p.setBrush(colors.light);
        p.drawRect(rect);
    }
}

void drawBox(QPainter& p, const QRectF& r, const QColor& border, const QColor& fill)
{
    p.setPen(QPen(border, 5));
    p.setBrush(fill);
    p.drawRoundedRect(r, 18, 18);
}

void layOut(const CardInput& card, QPainter& p)
{
    const SexColors colors = sexColors(card.child.sex);
    // The layout is A4's; on A5 it is printed at 71 %, so the text is set
    // larger to stay readable (the boxes shrink it again if it must).
    const double k = card.paper == CardPaper::A5 ? 1.12 : 1.0;
    const double inner = kW - 2 * kMargin;

    // Page and header band in the child's colour.
    p.fillRect(QRectF(0, 0, kW, kH), Qt::white);
    const QRectF header(kMargin, kMargin, inner, 150);
    QPainterPath band;
    band.addRoundedRect(header, 22, 22);
    p.fillPath(band, colors.accent);
    p.setPen(Qt::white);
    p.setFont(cardFont(18 * k, true));
    p.drawText(header.adjusted(45, 0, -45, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("KARTU PERTUMBUHAN ANAK"));
    if (!card.child.posyandu.isEmpty()) {
        p.setFont(cardFont(13 * k, true));
        // Most names already say it ("Posyandu Melati"): not "Posyandu Posyandu".
        const QString& name = card.child.posyandu;
        p.drawText(header.adjusted(45, 0, -45, 0), Qt::AlignRight | Qt::AlignVCenter,
                   name.startsWith(QStringLiteral("posyandu"), Qt::CaseInsensitive)
                       ? name
                       : QStringLiteral("Posyandu %1").arg(name));
    }

    // Who the card is for.
    const double infoY = header.bottom() + 35;
    const double col = inner / 10.0;
    const bool boy = card.child.sex == growth::Sex::Male;
    drawLabelValue(p, k, {kMargin, infoY}, col * 3.6, QStringLiteral("Nama anak"), card.child.name);
    drawLabelValue(p, k, {kMargin + col * 3.8, infoY}, col * 1.6, QStringLiteral("Jenis kelamin"),
                   boy ? QStringLiteral("Laki-laki") : QStringLiteral("Perempuan"));
    drawLabelValue(p, k, {kMargin + col * 5.5, infoY}, col * 2.0, QStringLiteral("Tanggal lahir"),
                   longDate(card.child.birthDate));
    if (card.latest) {
        drawLabelValue(p, k, {kMargin + col * 7.6, infoY}, col * 2.4, QStringLiteral("Umur saat ditimbang"),
                       QStringLiteral("%1 (%2)").arg(ageText(card.child.birthDate, card.latest->date),
                                                     indonesian().toString(card.latest->date, QStringLiteral("d/M/yyyy"))));
    }

    // The two charts.
    const double chartsY = infoY + 145;
    const double gap = 40;
    const double chartW = (inner - gap) / 2;
    const double chartH = 1070;
    drawChart(card, p, k, card.weightChart, QRectF(kMargin, chartsY, chartW, chartH));
    drawChart(card, p, k, card.heightChart, QRectF(kMargin + chartW + gap, chartsY, chartW, chartH));

    // What the colours and marks mean.
    double x = kMargin;
    const double keyY = chartsY + chartH + 18;
    drawSwatch(p, k, x, keyY, bandColor(ZBand::Minus1To1), QStringLiteral("hijau: normal"));
    drawSwatch(p, k, x, keyY, bandColor(ZBand::Minus3To2), QStringLiteral("kuning: perlu perhatian"));
    drawSwatch(p, k, x, keyY, bandColor(ZBand::BelowMinus3), QStringLiteral("merah: perlu segera diperiksa"));
    drawMarkerKey(p, k, x, keyY, colors.ink, QPen(Qt::white, 3), QStringLiteral("hasil ukur anak"));
    auto flagged = [](const ChartInput& c) {
        return std::any_of(c.points.begin(), c.points.end(), [](const ChartPoint& pt) { return pt.flagged; });
    };
    if (flagged(card.weightChart) || flagged(card.heightChart))
        drawMarkerKey(p, k, x, keyY, Qt::transparent, QPen(flagColor(), 6), QStringLiteral("perlu diukur ulang"));

    // The result and the advice.
    const double boxY = keyY + 75;
    const double boxH = kH - kMargin - 55 - boxY;
    const QRectF resultBox(kMargin, boxY, inner * 0.42, boxH);
    const QRectF adviceBox(resultBox.right() + gap, boxY, inner - resultBox.width() - gap, boxH);
    drawBox(p, resultBox, colors.accent, colors.light);
    drawBox(p, adviceBox, bandColor(ZBand::Minus1To1).darker(135), QColor(0xF6, 0xFB, 0xF3));

    auto boxTitle = [&p, k](const QRectF& box, const QString& title) {
        p.setPen(textColor());
        const QRectF r = box.adjusted(35, 20, -35, 0);
        p.setFont(fitted(p, QRectF(r.topLeft(), QSizeF(r.width(), 50)), title, 10 * k, 6, true));
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop, title);
    };
    const QString when = card.latest ? QStringLiteral(" (%1)").arg(longDate(card.latest->date)) : QString();
    boxTitle(resultBox, QStringLiteral("Hasil penimbangan terakhir") + when);
    boxTitle(adviceBox, QStringLiteral("Pesan untuk ibu dan keluarga"));

    // One sentence a line: easier to read aloud and to point at.
    const QString result = card.latest ? resultSentences(*card.latest).join(QLatin1Char('\n'))
                                       : QStringLiteral("Belum ada hasil penimbangan.");
    const QRectF resultText = resultBox.adjusted(35, 80, -35, -25);
    p.setPen(textColor());
    p.setFont(fitted(p, resultText, result, 14 * k, 8, true));
    p.drawText(resultText, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, result);

    const QString advice = card.latest ? educationFor(*card.latest).join(QStringLiteral("\n\n"))
                                       : QStringLiteral("Datang ke posyandu setiap bulan untuk menimbang anak.");
    const QRectF adviceText = adviceBox.adjusted(35, 80, -35, -25);
    p.setFont(fitted(p, adviceText, advice, 12 * k, 7, false));
    p.drawText(adviceText, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, advice);

    // Where the numbers come from.
    const QDate printed = card.printedOn.isValid() ? card.printedOn : QDate::currentDate();
    p.setPen(QColor(0x70, 0x70, 0x70));
    p.setFont(cardFont(7.5 * k));
    p.drawText(QRectF(kMargin, kH - kMargin - 45, inner, 45), Qt::AlignLeft | Qt::AlignBottom,
               QStringLiteral("Garis grafik: Standar Pertumbuhan Anak WHO 2006 · kategori: Permenkes No. 2 Tahun 2020 "
                              "· dibuat dengan Tumbuh · dicetak %1")
                   .arg(longDate(printed)));
}

ChartTexts indonesianTexts(ChartKind kind)
{
    ChartTexts t;
    t.yearTick = QStringLiteral("%1 th");
    t.flaggedSeries = QStringLiteral("perlu diukur ulang");
    t.stepLying = QStringLiteral("panjang (berbaring)");
    t.stepStanding = QStringLiteral("tinggi (berdiri)");
    t.emptyNote = QStringLiteral("Belum ada hasil ukur");
    switch (kind) {
    case ChartKind::WeightForAge:
    case ChartKind::WeightForAge2007:
        t.title = QStringLiteral("Berat badan menurut umur");
        t.yAxis = QStringLiteral("Berat badan (kg)");
        t.childSeries = QStringLiteral("berat badan anak");
        break;
    default:
        t.title = kind == ChartKind::HeightForAge2007 ? QStringLiteral("Tinggi badan menurut umur")
                                                      : QStringLiteral("Panjang/tinggi badan menurut umur");
        t.yAxis = QStringLiteral("Panjang/tinggi badan (cm)");
        t.childSeries = QStringLiteral("panjang/tinggi anak");
        break;
    }
    t.xAxis = kind == ChartKind::WeightForAge || kind == ChartKind::LengthHeightForAge
                ? QStringLiteral("Umur (bulan)")
                : QStringLiteral("Umur (tahun)");
    return t;
}

} // namespace

CardInput makeCardInput(const ChildInfo& child, const ChildCharts& charts, ChartPainter paintChart)
{
    CardInput card;
    card.child = child;
    card.latest = charts.latest;
    card.paintChart = std::move(paintChart);
    const bool school = charts.latest && charts.latest->ageDays > 1826;
    card.weightChart = charts.chart(school ? ChartKind::WeightForAge2007 : ChartKind::WeightForAge);
    card.heightChart = charts.chart(school ? ChartKind::HeightForAge2007 : ChartKind::LengthHeightForAge);
    for (ChartInput* c : {&card.weightChart, &card.heightChart}) {
        c->texts = indonesianTexts(c->kind);
        c->tooltips = false;
        c->legend = false; // the card's key row explains the marks
    }
    return card;
}

QSizeF cardSizeMm(CardPaper paper)
{
    return paper == CardPaper::A5 ? QSizeF(210, 148) : QSizeF(297, 210);
}

void paintCard(const CardInput& card, QPainter& painter, const QRectF& page)
{
    const double scale = std::min(page.width() / kW, page.height() / kH);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(page.center().x() - kW * scale / 2, page.center().y() - kH * scale / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(0, 0, kW, kH));
    layOut(card, painter);
    painter.restore();
}

bool writeCardPdf(const CardInput& card, const QString& path, QString* error)
{
    const QPageLayout layout(QPageSize(card.paper == CardPaper::A5 ? QPageSize::A5 : QPageSize::A4),
                             QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
    const PdfResult r = writePdf(path, QStringLiteral("Kartu pertumbuhan anak - %1").arg(card.child.name), layout,
                                 [&card](QPainter& painter, const QRectF& page, QPdfWriter&) { paintCard(card, painter, page); });
    if (!r.ok() && error)
        *error = r.failure == PdfFailure::Start ? QStringLiteral("cannot start the PDF") : r.detail;
    return r.ok();
}

void printCard(const CardInput& card, QPagedPaintDevice& device)
{
    // The painter's origin is the top left of the printable area, and a paged
    // device's width and height are that area in device pixels.
    QPainter painter(&device);
    paintCard(card, painter, QRectF(0, 0, device.width(), device.height()));
}

} // namespace tumbuh::report
