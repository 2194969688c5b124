#include "ui/charts/chartformat.h"

#include "report/chartpalette.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace tumbuh::ui {
namespace {

constexpr double kMonth = growth::kDaysPerMonth;

} // namespace

QString ChartFormat::age(int ageDays)
{
    // Completed months as WHO counts them (days / 30.4375), the age a cadre
    // writes as "umur bulan penuh".
    const int months = static_cast<int>(std::floor(ageDays / kMonth));
    if (months < 1)
        return tr("%1 days").arg(ageDays);
    if (months < 12)
        return tr("%1 mo").arg(months);
    const int years = months / 12;
    const int rest = months % 12;
    return rest == 0 ? tr("%1 y").arg(years) : tr("%1 y %2 mo").arg(years).arg(rest);
}

QString ChartFormat::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString ChartFormat::number(double value, int minDecimals, int maxDecimals)
{
    int d = maxDecimals;
    while (d > minDecimals) {
        const double scale = std::pow(10.0, d - 1);
        if (std::fabs(std::round(value * scale) - value * scale) > 1e-6)
            break;
        --d;
    }
    return number(value, d);
}

QString ChartFormat::z(double z)
{
    if (!std::isfinite(z))
        return QStringLiteral("–");
    const QString digits = QLocale().toString(std::fabs(z), 'f', 2);
    // A real minus sign: a hyphen is easy to miss in a small tooltip.
    return (z < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + digits;
}

QString ChartFormat::defaultYearTick() { return tr("%1 y"); }

SpecAxis ChartFormat::ageAxis(double minDays, double maxDays, const QString& title,
                              const QString& yearTick)
{
    SpecAxis axis;
    axis.title = title;
    axis.min = minDays;
    axis.max = maxDays;
    const int m0 = static_cast<int>(std::lround(minDays / kMonth));
    const int m1 = static_cast<int>(std::lround(maxDays / kMonth));
    const int span = m1 - m0;
    const int step = span <= 24 ? 3 : span <= 60 ? 6
                                                 : 12;
    axis.step = step * kMonth;
    axis.anchor = 0;
    axis.minorPerStep = step == 12 ? 3 : step - 1;
    const QString year = yearTick.isEmpty() ? defaultYearTick() : yearTick;
    for (int m = m0; m <= m1; ++m) {
        if (m % step != 0)
            continue;
        SpecTick t;
        t.value = m * kMonth;
        t.major = m > 0 && m % 12 == 0;
        t.label = t.major ? year.arg(m / 12) : QString::number(m);
        axis.ticks.push_back(t);
    }
    return axis;
}

SpecAxis ChartFormat::valueAxis(double lo, double hi, const QString& title)
{
    static constexpr std::array<double, 10> kSteps = {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
    SpecAxis axis;
    axis.title = title;
    double step = kSteps.back();
    for (const double s : kSteps) {
        if ((hi - lo) / s <= 13.0) {
            step = s;
            break;
        }
    }
    axis.step = step;
    // The range ends where the data and curves end, not at the next round
    // label: rounding up could add a wide empty (red) strip above +3 SD.
    axis.min = lo;
    axis.max = hi;
    axis.anchor = std::floor(lo / step) * step;
    axis.decimals = step < 1 ? 1 : 0;
    // A faint line between labels where it falls on a round value.
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    axis.minorPerStep = mantissa > 4.5 ? 4 : 1;
    return axis;
}

QList<SpecLine> ChartFormat::yearLines(const SpecAxis& x, double yMin, double yMax)
{
    // One polyline for all years, turning outside the plot (which clips it).
    const double pad = yMax - yMin;
    SpecLine line;
    line.pen = QPen(report::yearLineColor(), 1.0);
    bool up = true;
    for (const SpecTick& t : x.ticks) {
        if (!t.major || t.value <= x.min || t.value >= x.max)
            continue;
        line.points.push_back(QPointF(t.value, up ? yMin - pad : yMax + pad));
        line.points.push_back(QPointF(t.value, up ? yMax + pad : yMin - pad));
        up = !up;
    }
    if (line.points.isEmpty())
        return {};
    return {line};
}

QString ChartFormat::tooltip(const report::ChartPoint& p, const QString& valueLine)
{
    QString html = QStringLiteral("<b>%1</b><br>").arg(QLocale().toString(p.date, QLocale::LongFormat));
    html += tr("Age: %1").arg(age(p.ageDays)) + QStringLiteral("<br>");
    if (!valueLine.isEmpty())
        html += valueLine.toHtmlEscaped() + QStringLiteral("<br>");
    if (std::isfinite(p.z)) {
        html += tr("z-score: %1").arg(z(p.z));
        if (!p.label.isEmpty())
            html += QStringLiteral(" · ") + p.label.toHtmlEscaped();
    } else {
        html += tr("no z-score");
    }
    if (p.flagged)
        html += QStringLiteral("<br><span style=\"color:%1\"><b>%2</b></span>")
                    .arg(report::flagColor().name(),
                         tr("WHO flag: probably a measuring or typing error. Measure again.")
                             .toHtmlEscaped());
    return html;
}

} // namespace tumbuh::ui
