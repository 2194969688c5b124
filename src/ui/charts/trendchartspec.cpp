#include "ui/charts/trendchartspec.h"

#include "report/chartpalette.h"
#include "ui/charts/chartformat.h"

#include <algorithm>
#include <cmath>

namespace tumbuh::ui {
namespace {

using report::ChartPoint;
using report::TrendIndex;

constexpr double kMonth = growth::kDaysPerMonth;
// Beyond ±8 a z-score is an error, not a child; such points are pinned to
// the edge so the rest of the chart stays readable.
constexpr double kFurthestZ = 8.0;

MarkerShape shapeOf(TrendIndex index)
{
    switch (index) {
    case TrendIndex::WeightForAge: return MarkerShape::Circle;
    case TrendIndex::LengthHeightForAge: return MarkerShape::Square;
    case TrendIndex::WeightForLengthHeight: return MarkerShape::Triangle;
    case TrendIndex::BmiForAge: return MarkerShape::Diamond;
    case TrendIndex::HeadCircumferenceForAge: return MarkerShape::Pentagon;
    case TrendIndex::ArmCircumferenceForAge: return MarkerShape::Star;
    }
    return MarkerShape::Circle;
}

QString zLabel(int z)
{
    if (z == 0)
        return QStringLiteral("0");
    return (z < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + QString::number(std::abs(z));
}

} // namespace

QString TrendChartSpec::indexName(TrendIndex index)
{
    switch (index) {
    case TrendIndex::WeightForAge: return tr("Weight-for-age");
    case TrendIndex::LengthHeightForAge: return tr("Length/height-for-age");
    case TrendIndex::WeightForLengthHeight: return tr("Weight-for-length/height");
    case TrendIndex::BmiForAge: return tr("BMI-for-age");
    case TrendIndex::HeadCircumferenceForAge: return tr("Head circumference-for-age");
    case TrendIndex::ArmCircumferenceForAge: return tr("Arm circumference-for-age");
    }
    return {};
}

QString TrendChartSpec::shortName(TrendIndex index)
{
    // The legend has room for six short names in one row; the hover text
    // gives the full name.
    switch (index) {
    case TrendIndex::WeightForAge: return tr("Weight/age");
    case TrendIndex::LengthHeightForAge: return tr("Length/age");
    case TrendIndex::WeightForLengthHeight: return tr("Weight/length");
    case TrendIndex::BmiForAge: return tr("BMI/age");
    case TrendIndex::HeadCircumferenceForAge: return tr("Head/age");
    case TrendIndex::ArmCircumferenceForAge: return tr("Arm/age");
    }
    return {};
}

ChartSpec TrendChartSpec::build(const report::ZTrendInput& in)
{
    int maxAge = 0;
    double zLo = -4;
    double zHi = 4;
    for (const report::TrendSeries& s : in.series) {
        for (const ChartPoint& p : s.points) {
            if (!std::isfinite(p.z))
                continue;
            maxAge = std::max(maxAge, p.ageDays);
            if (p.flagged)
                continue; // an implausible value must not squash the others
            zLo = std::min(zLo, std::floor(p.z));
            zHi = std::max(zHi, std::ceil(p.z));
        }
    }
    zLo = std::max(zLo, -kFurthestZ);
    zHi = std::min(zHi, kFurthestZ);

    int months = 60;
    switch (in.span) {
    case report::AgeSpan::UpToTwo: months = 24; break;
    case report::AgeSpan::UpToFive: months = 60; break;
    case report::AgeSpan::Auto:
        // Up to the next half year after the last visit: a z-score chart
        // has no curves to show ahead of the child, so no empty future.
        months = std::max(12, 6 * static_cast<int>(std::ceil((maxAge / kMonth + 1.0) / 6.0)));
        if (months > 60)
            months = 12 * static_cast<int>(std::ceil(months / 12.0));
        break;
    }
    const double xMin = 0;
    const double xMax = months * kMonth;

    ChartSpec spec;
    const report::SexColors colors = report::sexColors(in.sex);
    spec.title = in.texts.title.isEmpty()
                   ? QStringLiteral("%1 · %2").arg(tr("z-scores over time"),
                                                   in.sex == growth::Sex::Male ? tr("Boys") : tr("Girls"))
                   : in.texts.title;
    spec.titleColor = colors.ink;
    spec.background = colors.light;
    spec.frame = colors.accent;
    spec.x = ChartFormat::ageAxis(xMin, xMax, in.texts.xAxis.isEmpty() ? tr("Age (months)") : in.texts.xAxis,
                                  in.texts.yearTick);
    spec.y.title = in.texts.yAxis.isEmpty() ? tr("z-score (SD)") : in.texts.yAxis;
    spec.y.min = zLo;
    spec.y.max = zHi;
    spec.y.step = 1;
    spec.y.anchor = 0;

    // Nested bands, widest first (as on the growth charts).
    struct Band {
        double lo;
        double hi;
        report::ZBand band;
    };
    const Band bands[] = {
        {zLo, zHi, report::ZBand::BelowMinus3},
        {-3, 3, report::ZBand::Minus3To2},
        {-2, 2, report::ZBand::Minus2To1},
        {-1, 1, report::ZBand::Minus1To1},
    };
    for (const Band& b : bands)
        spec.bands.push_back({{QPointF(xMin, b.hi), QPointF(xMax, b.hi)},
                              {QPointF(xMin, b.lo), QPointF(xMax, b.lo)},
                              report::bandColor(b.band)});
    spec.referenceLines = ChartFormat::yearLines(spec.x, zLo, zHi);
    for (const int z : {-3, -2, 0, 2, 3}) {
        spec.referenceLines.push_back({{QPointF(xMin, z), QPointF(xMax, z)},
                                       QPen(report::sdLineColor(z), report::sdLineWidth(z))});
        spec.endLabels.push_back({double(z), zLabel(z), report::sdLineColor(z), z == 0});
    }

    bool anyPoint = false;
    bool flagLegendGiven = false;
    for (const report::TrendSeries& s : in.series) {
        QList<ChartPoint> points = s.points;
        std::stable_sort(points.begin(), points.end(),
                         [](const ChartPoint& l, const ChartPoint& r) { return l.ageDays < r.ageDays; });
        const QColor color = report::trendColor(s.index);
        SpecLine line;
        line.pen = QPen(color, 1.8);
        SpecMarkers normal;
        normal.fill = color;
        normal.border = QPen(Qt::white, 1.2);
        normal.shape = shapeOf(s.index);
        normal.size = 8;
        normal.legend = shortName(s.index);
        SpecMarkers flagged = normal;
        flagged.fill = Qt::transparent;
        flagged.border = QPen(report::flagColor(), 2.2);
        flagged.size = 10;
        flagged.legend.clear();
        for (const ChartPoint& p : points) {
            if (!std::isfinite(p.z) || p.ageDays < xMin || p.ageDays > xMax)
                continue;
            const QPointF pos(p.ageDays, std::clamp(p.z, zLo, zHi));
            SpecMarkers& m = p.flagged ? flagged : normal;
            m.points.push_back(pos);
            if (in.tooltips)
                m.tooltips.push_back(ChartFormat::tooltip(p, indexName(s.index)));
            if (!p.flagged)
                line.points.push_back(pos);
        }
        if (normal.points.isEmpty() && flagged.points.isEmpty())
            continue;
        anyPoint = true;
        if (line.points.size() > 1)
            spec.dataLines.push_back(line);
        spec.markers.push_back(normal); // also when empty: keeps the index in the legend
        if (!flagged.points.isEmpty()) {
            if (!flagLegendGiven) {
                flagged.legend = in.texts.flaggedSeries.isEmpty() ? tr("WHO flag")
                                                                  : in.texts.flaggedSeries;
                flagLegendGiven = true;
            }
            spec.markers.push_back(flagged);
        }
    }
    if (!anyPoint)
        spec.note = in.texts.emptyNote.isEmpty() ? tr("No z-scores to show yet") : in.texts.emptyNote;
    return spec;
}

} // namespace tumbuh::ui
