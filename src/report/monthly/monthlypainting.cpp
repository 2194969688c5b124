#include "report/monthly/monthlypainting.h"

#include "report/monthly/monthlylabels.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace tumbuh::report::monthlypainting {
namespace {

constexpr double kPt = 3.528; // tenths of a mm per typographic point

struct Series {
    QString name;
    QColor colour;
    std::vector<std::optional<double>> values; // per cent, one per month
};

// A line chart of per cents over the trend's months, 0..`top`.
void drawChart(QPainter& p, const std::vector<TrendPoint>& trend, const QRectF& area, const QString& title,
               const std::vector<Series>& series, double top, std::optional<double> target)
{
    p.setPen(kInk);
    p.setFont(pageFont(7.5, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), 36), Qt::AlignLeft | Qt::AlignVCenter, title);

    // The legend under the title.
    double lx = area.left();
    const double ly = area.top() + 40;
    p.setFont(pageFont(6.5));
    for (const Series& s : series) {
        p.setPen(QPen(s.colour, 7));
        p.drawLine(QPointF(lx, ly + 15), QPointF(lx + 45, ly + 15));
        p.setPen(kInk);
        const QRectF r(lx + 55, ly, 400, 30);
        const QRectF used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignVCenter, s.name);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, s.name);
        lx = used.right() + 35;
    }

    const QRectF plot(area.left() + 90, area.top() + 95, area.width() - 130, area.height() - 165);
    p.setPen(QPen(kGrid, 1.5));
    p.setFont(pageFont(6));
    const int steps = 5;
    for (int i = 0; i <= steps; ++i) {
        const double v = top * i / steps;
        const double y = plot.bottom() - plot.height() * i / steps;
        p.setPen(QPen(kGrid, 1.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), y - 15, 80, 30), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1 %").arg(std::lround(v)));
    }
    const std::size_t n = trend.size();
    const auto xAt = [&](std::size_t i) {
        return n <= 1 ? plot.center().x() : plot.left() + plot.width() * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    for (std::size_t i = 0; i < n; ++i) {
        p.setPen(kMuted);
        p.drawText(QRectF(xAt(i) - 60, plot.bottom() + 6, 120, 30), Qt::AlignCenter, shortMonthText(trend[i].month));
        // The year under the first month and under each January.
        if (i == 0 || trend[i].month.month() == std::chrono::January)
            p.drawText(QRectF(xAt(i) - 60, plot.bottom() + 34, 120, 30), Qt::AlignCenter,
                       QString::number(static_cast<int>(trend[i].month.year())));
    }
    p.setPen(QPen(kMuted, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    const auto yAt = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v, 0.0, top) / top; };
    if (target) {
        p.setPen(QPen(kTarget, 4, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yAt(*target)), QPointF(plot.right(), yAt(*target)));
    }
    for (const Series& s : series) {
        // A month without a denominator breaks the line.
        QPainterPath path;
        bool open = false;
        for (std::size_t i = 0; i < s.values.size() && i < n; ++i) {
            if (!s.values[i]) {
                open = false;
                continue;
            }
            const QPointF pt(xAt(i), yAt(*s.values[i]));
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.setPen(QPen(s.colour, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.colour);
        p.setPen(Qt::NoPen);
        for (std::size_t i = 0; i < s.values.size() && i < n; ++i)
            if (s.values[i])
                p.drawEllipse(QPointF(xAt(i), yAt(*s.values[i])), 9, 9);
    }
    p.setBrush(Qt::NoBrush);
}

QColor rankColour(double fraction) // 0 = best
{
    if (fraction < 0.25)
        return {0xB9, 0xE0, 0xBA};
    if (fraction < 0.5)
        return {0xE3, 0xF2, 0xD5};
    if (fraction < 0.75)
        return {0xFF, 0xF0, 0xB8};
    return {0xF7, 0xC6, 0xC0};
}

// Colours of `values` by rank; `higherIsBetter` orders them.
std::vector<QColor> byRank(const std::vector<std::optional<double>>& values, bool higherIsBetter)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i])
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return higherIsBetter ? *values[a] > *values[b] : *values[a] < *values[b];
    });
    std::vector<QColor> colours(values.size(), QColor(Qt::white));
    // Ties share the rank of the first of them.
    std::size_t rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && *values[order[i]] != *values[order[i - 1]])
            rank = i;
        const double fraction = order.size() <= 1 ? 0.0 : static_cast<double>(rank) / static_cast<double>(order.size() - 1);
        colours[order[i]] = rankColour(fraction);
    }
    return colours;
}

} // namespace

QFont pageFont(double points, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, static_cast<int>(points * kPt + 0.5)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString percentText(double percent)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(percent, 'f', 1);
}

void cell(QPainter& p, const QRectF& r, const QString& text, Qt::Alignment align, bool bold, const QColor& fill,
          double points)
{
    p.setPen(QPen(kGrid, 1.5));
    p.setBrush(fill);
    p.drawRect(r);
    p.setBrush(Qt::NoBrush);
    p.setPen(kInk);
    p.setFont(pageFont(points, bold));
    const QRectF inner = r.adjusted(10, 0, -10, 0);
    p.drawText(inner, align | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(inner.width())));
}

double sectionTitle(QPainter& p, double top, const QString& title, double left, double width)
{
    p.setPen(kAccent);
    p.setFont(pageFont(9, true));
    p.drawText(QRectF(left, top, width, 44), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setPen(QPen(kAccent, 3));
    p.drawLine(QPointF(left, top + 46), QPointF(left + width, top + 46));
    return top + 56;
}

QColor severityFill(growth::NutritionCategory category, int count)
{
    if (count == 0)
        return Qt::white;
    switch (growth::severity(category)) {
    case growth::Severity::Severe:
        return {0xF7, 0xC6, 0xC0};
    case growth::Severity::Moderate:
        return {0xFF, 0xE4, 0xB5};
    case growth::Severity::Attention:
        return {0xFF, 0xF6, 0xD5};
    case growth::Severity::Normal:
        break;
    }
    return Qt::white;
}

void drawParticipationChart(QPainter& p, const std::vector<TrendPoint>& trend, const QRectF& area)
{
    std::vector<Series> series = {{QStringLiteral("D/S ditimbang"), QColor(0x1F, 0x5F, 0x8B), {}},
                                  {QStringLiteral("N/D naik berat badan"), QColor(0x2E, 0x9D, 0x45), {}}};
    for (const TrendPoint& t : trend) {
        series[0].values.push_back(t.ds.percent());
        series[1].values.push_back(t.nd.percent());
    }
    drawChart(p, trend, area, QStringLiteral("Penimbangan (garis putus-putus: target 80 %)"), series, 100.0,
              kRatioTarget);
}

void drawPrevalenceChart(QPainter& p, const std::vector<TrendPoint>& trend, const QRectF& area)
{
    std::vector<Series> series = {{QStringLiteral("stunting"), QColor(0x8D, 0x5A, 0x2B), {}},
                                  {QStringLiteral("wasting"), QColor(0xC6, 0x28, 0x28), {}},
                                  {QStringLiteral("underweight"), QColor(0xEF, 0x8A, 0x17), {}},
                                  {QStringLiteral("overweight"), QColor(0x7B, 0x3F, 0xA0), {}}};
    double highest = 0.0;
    for (const TrendPoint& t : trend) {
        const std::array<Prevalence, 4> ps = {t.prevalences.stunting, t.prevalences.wasting,
                                              t.prevalences.underweight, t.prevalences.overweight};
        for (std::size_t i = 0; i < ps.size(); ++i) {
            series[i].values.push_back(ps[i].percent());
            highest = std::max(highest, ps[i].percent().value_or(0.0));
        }
    }
    // A scale that shows a few per cent: 20, 40, 60 ... 100.
    const double top = std::min(100.0, std::max(20.0, std::ceil(highest / 20.0) * 20.0));
    drawChart(p, trend, area, QStringLiteral("Masalah gizi (prevalensi)"), series, top, std::nullopt);
}

void drawSignatures(QPainter& p, double top)
{
    const std::array<QString, 3> roles = {QStringLiteral("Kader posyandu"), QStringLiteral("Bidan desa"),
                                          QStringLiteral("Tenaga Pelaksana Gizi (TPG)")};
    const double w = kInner / 3;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const double x = kMargin + w * static_cast<double>(i);
        p.setPen(kInk);
        p.setFont(pageFont(7.5, true));
        p.drawText(QRectF(x, top, w, 36), Qt::AlignCenter, roles[i]);
        p.setPen(QPen(kInk, 2));
        p.drawLine(QPointF(x + 70, top + 150), QPointF(x + w - 70, top + 150));
        p.setPen(kMuted);
        p.setFont(pageFont(6.5));
        p.drawText(QRectF(x, top + 155, w, 30), Qt::AlignCenter, QStringLiteral("nama dan tanda tangan"));
    }
}

void drawFooter(QPainter& p, int page, int pages)
{
    p.setPen(kMuted);
    p.setFont(pageFont(6.5));
    p.drawText(QRectF(kMargin, kH - kMargin + 10, kInner, 40), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Kategori: Permenkes No. 2 Tahun 2020 · standar WHO 2006 · dibuat dengan Tumbuh"));
    p.drawText(QRectF(kMargin, kH - kMargin + 10, kInner, 40), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("halaman %1 dari %2").arg(page).arg(pages));
}

ComparisonColours comparisonColours(const MonthlyReport& report)
{
    std::vector<std::optional<double>> ds, nd, stunting, wasting;
    for (const PosyanduReport& p : report.posyandu) {
        ds.push_back(p.ratios.ds.percent());
        nd.push_back(p.ratios.nd.percent());
        stunting.push_back(p.prevalences.stunting.percent());
        wasting.push_back(p.prevalences.wasting.percent());
    }
    return {byRank(ds, true), byRank(nd, true), byRank(stunting, false), byRank(wasting, false)};
}

void drawRankKey(QPainter& p, double top)
{
    const std::array<QString, 4> labels = {QStringLiteral("seperempat terbaik"), QStringLiteral("di atas tengah"),
                                           QStringLiteral("di bawah tengah"), QStringLiteral("seperempat terburuk")};
    double x = kMargin;
    p.setFont(pageFont(6.8));
    p.setPen(kInk);
    const QString intro = QStringLiteral("Warna menurut peringkat di antara posyandu:");
    const QRectF introRect(x, top, 900, 36);
    const QRectF used = p.boundingRect(introRect, Qt::AlignLeft | Qt::AlignVCenter, intro);
    p.drawText(introRect, Qt::AlignLeft | Qt::AlignVCenter, intro);
    x = used.right() + 30;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        p.setPen(QPen(kGrid, 1.5));
        p.setBrush(rankColour(static_cast<double>(i) * 0.25 + 0.01));
        p.drawRect(QRectF(x, top + 4, 50, 28));
        p.setBrush(Qt::NoBrush);
        p.setPen(kInk);
        const QRectF r(x + 60, top, 500, 36);
        const QRectF u = p.boundingRect(r, Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
        x = u.right() + 30;
    }
    p.setPen(kMuted);
    p.drawText(QRectF(kMargin, top + 40, kInner, 36), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("D/S dan N/D: makin tinggi makin baik. Stunting dan wasting: makin rendah makin baik."));
}

} // namespace tumbuh::report::monthlypainting
