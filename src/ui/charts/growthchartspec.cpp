#include "ui/charts/growthchartspec.h"

#include "growth/chartlines.h"
#include "report/chartpalette.h"
#include "ui/charts/chartformat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tumbuh::ui {
namespace {

using growth::ChartXUnit;
using growth::SdSegment;
using report::ChartKind;
using report::ChartPoint;

constexpr double kMonth = growth::kDaysPerMonth;
// The 24-month step: the last length row is day 730, the first height row
// 731; bands meet half way so that no white seam shows between them.
constexpr double kStepDay = 730.5;

bool is2007(ChartKind kind)
{
    return kind == ChartKind::HeightForAge2007 || kind == ChartKind::WeightForAge2007
        || kind == ChartKind::BmiForAge2007;
}

int valueDecimals(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WeightForAge:
    case ChartKind::WeightForLength:
    case ChartKind::WeightForHeight:
    case ChartKind::WeightForAge2007: return 2; // grams entered, shown as kg
    default: return 1;
    }
}

struct Plotted {
    QPointF pos;
    std::size_t segment = 0;
    bool flagged = false;
    QString tooltip;
};

// The SD labels at the right edge: the value of each curve at the axis end.
double valueAt(const SdSegment& seg, int z, double x)
{
    const std::vector<double>& ys = seg.curve(z);
    const auto it = std::lower_bound(seg.x.begin(), seg.x.end(), x);
    if (it == seg.x.begin())
        return ys.front();
    if (it == seg.x.end())
        return ys.back();
    const auto i = static_cast<std::size_t>(it - seg.x.begin());
    const double f = (x - seg.x[i - 1]) / (seg.x[i] - seg.x[i - 1]);
    return ys[i - 1] + f * (ys[i] - ys[i - 1]);
}

QString zLabel(int z)
{
    if (z == 0)
        return QStringLiteral("0");
    return (z < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + QString::number(std::abs(z));
}

} // namespace

QString GrowthChartSpec::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WeightForAge: return tr("Weight-for-age");
    case ChartKind::LengthHeightForAge: return tr("Length/height-for-age");
    case ChartKind::WeightForLength: return tr("Weight-for-length");
    case ChartKind::WeightForHeight: return tr("Weight-for-height");
    case ChartKind::BmiForAge: return tr("BMI-for-age");
    case ChartKind::HeadCircumferenceForAge: return tr("Head circumference-for-age");
    case ChartKind::ArmCircumferenceForAge: return tr("Arm circumference-for-age");
    case ChartKind::HeightForAge2007: return tr("Height-for-age, 5-19 years");
    case ChartKind::WeightForAge2007: return tr("Weight-for-age, 5-10 years");
    case ChartKind::BmiForAge2007: return tr("BMI-for-age, 5-19 years");
    }
    return {};
}

QString GrowthChartSpec::valueAxisTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WeightForAge:
    case ChartKind::WeightForLength:
    case ChartKind::WeightForHeight:
    case ChartKind::WeightForAge2007: return tr("Weight (kg)");
    case ChartKind::LengthHeightForAge: return tr("Length/height (cm)");
    case ChartKind::HeightForAge2007: return tr("Height (cm)");
    case ChartKind::BmiForAge:
    case ChartKind::BmiForAge2007: return tr("BMI (kg/m²)");
    case ChartKind::HeadCircumferenceForAge: return tr("Head circumference (cm)");
    case ChartKind::ArmCircumferenceForAge: return tr("Arm circumference (cm)");
    }
    return {};
}

QString GrowthChartSpec::xAxisTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WeightForLength: return tr("Length (cm)");
    case ChartKind::WeightForHeight: return tr("Height (cm)");
    case ChartKind::HeightForAge2007:
    case ChartKind::WeightForAge2007:
    case ChartKind::BmiForAge2007: return tr("Age (years)");
    default: return tr("Age (months)");
    }
}

int GrowthChartSpec::spanMonths(const report::ChartInput& input)
{
    if (is2007(input.kind) || growth::chartXUnit(input.kind) == ChartXUnit::LengthCm)
        return 0;
    switch (input.span) {
    case report::AgeSpan::UpToTwo: return 24;
    case report::AgeSpan::UpToFive: return 60;
    case report::AgeSpan::Auto: break;
    }
    const bool older = std::any_of(input.points.begin(), input.points.end(),
                                   [](const ChartPoint& p) { return p.ageDays > 730; });
    return older ? 60 : 24;
}

namespace {

QString valueLine(ChartKind kind, const ChartPoint& p, const QPointF& pos)
{
    const QString v = ChartFormat::number(p.value, 1, valueDecimals(kind));
    using growth::Measure;
    auto how = [](Measure m, double cm) {
        const QString n = ChartFormat::number(cm, 1);
        switch (m) {
        case Measure::Lying: return GrowthChartSpec::tr("length %1 cm, lying").arg(n);
        case Measure::Standing: return GrowthChartSpec::tr("height %1 cm, standing").arg(n);
        case Measure::Unknown: break;
        }
        return GrowthChartSpec::tr("length/height %1 cm").arg(n);
    };
    auto readAs = [](double asEntered, double used) {
        return std::fabs(asEntered - used) > 1e-9
                 ? GrowthChartSpec::tr(" (read as %1 cm)").arg(ChartFormat::number(used, 1))
                 : QString();
    };
    switch (kind) {
    case ChartKind::WeightForAge:
    case ChartKind::WeightForAge2007: return GrowthChartSpec::tr("Weight %1 kg").arg(v);
    case ChartKind::LengthHeightForAge: {
        QString s = how(p.measure, p.value);
        s[0] = s[0].toUpper();
        return s + readAs(p.value, pos.y());
    }
    case ChartKind::WeightForLength:
    case ChartKind::WeightForHeight:
        return GrowthChartSpec::tr("Weight %1 kg, %2").arg(v, how(p.measure, p.lengthCm))
             + readAs(p.lengthCm, pos.x());
    case ChartKind::BmiForAge:
    case ChartKind::BmiForAge2007: return GrowthChartSpec::tr("BMI %1 kg/m²").arg(v);
    case ChartKind::HeadCircumferenceForAge: return GrowthChartSpec::tr("Head circumference %1 cm").arg(v);
    case ChartKind::ArmCircumferenceForAge: return GrowthChartSpec::tr("Arm circumference %1 cm").arg(v);
    case ChartKind::HeightForAge2007: return GrowthChartSpec::tr("Height %1 cm").arg(v);
    }
    return v;
}

} // namespace

ChartSpec GrowthChartSpec::build(const report::ChartInput& in)
{
    const ChartKind kind = in.kind;
    const report::SexColors colors = report::sexColors(in.sex);
    const bool byLength = growth::chartXUnit(kind) == ChartXUnit::LengthCm;
    const std::vector<SdSegment> segments = growth::sdLines(kind, in.sex);

    double xMin = segments.front().x.front();
    double xMax = segments.back().x.back();
    if (!byLength && !is2007(kind)) {
        xMin = 0;
        xMax = spanMonths(in) * kMonth;
    }
    const double eps = 1e-9;

    // The child's points, where the engine reads them.
    QList<ChartPoint> points = in.points;
    std::stable_sort(points.begin(), points.end(), [](const ChartPoint& l, const ChartPoint& r) {
        return l.ageDays < r.ageDays;
    });
    QList<Plotted> plotted;
    for (const ChartPoint& p : points) {
        double x = p.ageDays;
        double y = p.value;
        if (byLength)
            x = std::isfinite(p.lengthCm) ? growth::chartLengthCm(p.lengthCm, p.measure, p.ageDays)
                                          : std::numeric_limits<double>::quiet_NaN();
        else if (kind == ChartKind::LengthHeightForAge && std::isfinite(y))
            y = growth::chartLengthCm(y, p.measure, p.ageDays);
        if (!std::isfinite(x) || !std::isfinite(y) || x < xMin - eps || x > xMax + eps)
            continue;
        Plotted pt;
        pt.pos = QPointF(x, y);
        pt.segment = byLength ? 0 : growth::segmentForAge(kind, p.ageDays);
        pt.flagged = p.flagged;
        if (in.tooltips)
            pt.tooltip = ChartFormat::tooltip(p, valueLine(kind, p, pt.pos));
        plotted.push_back(pt);
    }

    // y range: the ±3 SD curves over the x range, and every unflagged point.
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const SdSegment& seg : segments) {
        for (std::size_t i = 0; i < seg.x.size(); ++i) {
            if (seg.x[i] < xMin - eps || seg.x[i] > xMax + eps)
                continue;
            lo = std::min(lo, seg.curve(-3)[i]);
            hi = std::max(hi, seg.curve(3)[i]);
        }
    }
    for (const Plotted& p : plotted) {
        if (!p.flagged) {
            lo = std::min(lo, p.pos.y());
            hi = std::max(hi, p.pos.y());
        }
    }
    const double pad = (hi - lo) * 0.04;
    lo = std::max(0.0, lo - pad);
    hi += pad;

    ChartSpec spec;
    spec.title = in.texts.title.isEmpty()
                   ? QStringLiteral("%1 · %2").arg(title(kind), in.sex == growth::Sex::Male ? tr("Boys") : tr("Girls"))
                   : in.texts.title;
    spec.titleColor = colors.ink;
    spec.background = colors.light;
    spec.frame = colors.accent;
    const QString xTitle = in.texts.xAxis.isEmpty() ? xAxisTitle(kind) : in.texts.xAxis;
    if (byLength) {
        spec.x = ChartFormat::valueAxis(xMin, xMax, xTitle);
        spec.x.step = 5;
        spec.x.anchor = 0;
        spec.x.minorPerStep = 4;
        spec.x.decimals = 0;
        spec.x.min = xMin;
        spec.x.max = xMax;
    } else {
        spec.x = ChartFormat::ageAxis(xMin, xMax, xTitle, in.texts.yearTick);
    }
    spec.y = ChartFormat::valueAxis(lo, hi, in.texts.yAxis.isEmpty() ? valueAxisTitle(kind) : in.texts.yAxis);
    const double yMin = spec.y.min;
    const double yMax = spec.y.max;

    // Which rows of each segment to draw: those inside the x range plus the
    // first beyond it, so the curves reach the plot edge (the plot clips).
    struct Drawn {
        const SdSegment* seg;
        std::size_t end;
    };
    QList<Drawn> drawn;
    for (const SdSegment& seg : segments) {
        if (seg.x.empty() || seg.x.front() > xMax + eps)
            continue;
        std::size_t end = 0;
        while (end < seg.x.size() && seg.x[end] <= xMax + eps)
            ++end;
        if (end < seg.x.size())
            ++end;
        drawn.push_back({&seg, end});
    }
    const bool twoSegments = drawn.size() == 2;

    // The bands are nested, widest first, each painted over the one before:
    // red to the plot's edges, yellow between ±3, light green between ±2,
    // green between ±1. Four areas per segment instead of seven; the result
    // is the KMS order from the bottom up: red, yellow, light green, green,
    // light green, yellow, red.
    struct Nest {
        int z; // the band spans -z .. +z; 4 = the plot's edges
        report::ZBand colour;
    };
    static constexpr Nest kNests[] = {{4, report::ZBand::BelowMinus3},
                                      {3, report::ZBand::Minus3To2},
                                      {2, report::ZBand::Minus2To1},
                                      {1, report::ZBand::Minus1To1}};
    for (qsizetype di = 0; di < drawn.size(); ++di) {
        const SdSegment& seg = *drawn[di].seg;
        const std::size_t n = drawn[di].end;
        for (const Nest& nest : kNests) {
            SpecBand band;
            band.color = report::bandColor(nest.colour);
            auto push = [&](double x, std::size_t i) {
                band.upper.push_back({x, nest.z >= 4 ? yMax : seg.curve(nest.z)[i]});
                band.lower.push_back({x, nest.z >= 4 ? yMin : seg.curve(-nest.z)[i]});
            };
            if (twoSegments && di == 1)
                push(kStepDay, 0);
            for (std::size_t i = 0; i < n; ++i)
                if (nest.z < 4 || i == 0 || i + 1 == n) // the red one is a rectangle
                    push(seg.x[i], i);
            if (twoSegments && di == 0)
                push(kStepDay, n - 1);
            spec.bands.push_back(band);
        }
    }

    spec.referenceLines = ChartFormat::yearLines(spec.x, yMin, yMax);
    if (twoSegments) {
        // The step from lying length to standing height, named on the chart
        // so that a cadre sees why the curves jump.
        QPen step(QColor(0x50, 0x50, 0x50), 1.2, Qt::DashLine);
        spec.referenceLines.push_back({{QPointF(kStepDay, yMin), QPointF(kStepDay, yMax)}, step});
        const QColor grey(0x40, 0x40, 0x40);
        const QString lying = in.texts.stepLying.isEmpty() ? tr("length (lying)") : in.texts.stepLying;
        const QString standing = in.texts.stepStanding.isEmpty() ? tr("height (standing)") : in.texts.stepStanding;
        spec.texts.push_back({QPointF(kStepDay, yMax), lying, Qt::AlignLeft | Qt::AlignBottom, grey});
        spec.texts.push_back({QPointF(kStepDay, yMax), standing, Qt::AlignRight | Qt::AlignBottom, grey});
    }
    for (int z = -3; z <= 3; ++z) {
        const QPen pen(report::sdLineColor(z), report::sdLineWidth(z));
        for (const Drawn& d : drawn) {
            SpecLine line;
            line.pen = pen;
            for (std::size_t i = 0; i < d.end; ++i)
                line.points.push_back({d.seg->x[i], d.seg->curve(z)[i]});
            spec.referenceLines.push_back(line);
        }
        if (!drawn.isEmpty())
            spec.endLabels.push_back({valueAt(*drawn.back().seg, z, xMax), zLabel(z),
                                      report::sdLineColor(z), z == 0});
    }

    // The child's line joins the plausible points within each segment: a
    // flagged value is most likely an error and would draw a false spike,
    // and a line across the 24-month step would show the 0.7 cm change of
    // method as growth.
    const QPen ink(colors.ink, 2.2);
    for (std::size_t s = 0; s < 2; ++s) {
        SpecLine line;
        line.pen = ink;
        for (const Plotted& p : plotted)
            if (!p.flagged && p.segment == s)
                line.points.push_back(p.pos);
        if (line.points.size() > 1)
            spec.dataLines.push_back(line);
    }
    SpecMarkers normal;
    normal.fill = colors.ink;
    normal.border = QPen(Qt::white, 1.5);
    normal.size = 9;
    normal.legend = !in.texts.childSeries.isEmpty() ? in.texts.childSeries
                  : in.childName.isEmpty()          ? tr("Measurements")
                                                    : in.childName;
    SpecMarkers flagged;
    flagged.fill = Qt::transparent;
    flagged.border = QPen(report::flagColor(), 2.4);
    flagged.size = 12;
    flagged.legend = in.texts.flaggedSeries.isEmpty() ? tr("WHO flag: measure again")
                                                      : in.texts.flaggedSeries;
    for (const Plotted& p : plotted) {
        SpecMarkers& m = p.flagged ? flagged : normal;
        // A flagged value far off the chart is pinned to its edge; the
        // tooltip still gives the value as entered.
        m.points.push_back({p.pos.x(), std::clamp(p.pos.y(), yMin, yMax)});
        if (in.tooltips)
            m.tooltips.push_back(p.tooltip);
    }
    if (!in.legend) {
        normal.legend.clear();
        flagged.legend.clear();
    }
    if (!normal.points.isEmpty())
        spec.markers.push_back(normal);
    if (!flagged.points.isEmpty())
        spec.markers.push_back(flagged);
    if (plotted.isEmpty())
        spec.note = in.texts.emptyNote.isEmpty() ? tr("No measurements on this chart yet")
                                                 : in.texts.emptyNote;
    return spec;
}

} // namespace tumbuh::ui
