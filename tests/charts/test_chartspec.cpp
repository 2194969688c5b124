// What a chart shows, before any drawing: the segments, where each point goes,
// the axis, the hover text.
#include "syntheticchildren.h"

#include "report/chartpalette.h"
#include "report/childcharts.h"
#include "ui/charts/growthchartspec.h"
#include "ui/charts/trendchartspec.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace tumbuh;
using growth::ChartIndicator;
using growth::Measure;

namespace {

constexpr double kMonth = growth::kDaysPerMonth;

report::ChartPoint point(int ageDays, double value, Measure m = Measure::Unknown, double z = 0.0)
{
    report::ChartPoint p;
    p.date = QDate(2024, 1, 1).addDays(ageDays);
    p.ageDays = ageDays;
    p.value = value;
    p.measure = m;
    p.z = z;
    p.label = QStringLiteral("Normal");
    return p;
}

// The SD lines of a spec: those drawn in the colour of the given z.
QList<ui::SpecLine> sdLinesOf(const ui::ChartSpec& spec, int z)
{
    QList<ui::SpecLine> out;
    for (const ui::SpecLine& l : spec.referenceLines)
        if (l.pen.color() == report::sdLineColor(z) && l.points.size() > 2)
            out.push_back(l);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(chart_spec)

BOOST_AUTO_TEST_CASE(length_chart_draws_two_separate_reference_series_and_splits_the_child)
{
    report::ChartInput in;
    in.kind = ChartIndicator::LengthHeightForAge;
    in.sex = growth::Sex::Male;
    in.points = {point(600, 80.0, Measure::Standing), point(700, 82.0, Measure::Lying),
                 point(760, 84.0, Measure::Standing), point(900, 88.0, Measure::Lying)};
    const ui::ChartSpec spec = ui::GrowthChartSpec::build(in);

    for (int z = -3; z <= 3; ++z) {
        // ±2 and ±3 share colours with their mirror line: two lines each side.
        const QList<ui::SpecLine> lines = sdLinesOf(spec, z);
        BOOST_REQUIRE_EQUAL(lines.size(), z == 0 ? 2 : 4);
        int lengthEnds = 0;
        int heightStarts = 0;
        for (const ui::SpecLine& l : lines) {
            if (l.points.back().x() == 730.0)
                ++lengthEnds;
            if (l.points.front().x() == 731.0)
                ++heightStarts;
        }
        BOOST_CHECK_EQUAL(lengthEnds, lines.size() / 2);
        BOOST_CHECK_EQUAL(heightStarts, lines.size() / 2);
    }
    // A dashed line and two words mark the step.
    BOOST_CHECK_EQUAL(spec.texts.size(), 2);

    // Points where the engine reads them: standing under 24 months +0.7,
    // lying from 24 months -0.7; one line per segment.
    BOOST_REQUIRE_EQUAL(spec.markers.size(), 1);
    const QList<QPointF>& pts = spec.markers.front().points;
    BOOST_REQUIRE_EQUAL(pts.size(), 4);
    BOOST_CHECK_CLOSE(pts[0].y(), 80.7, 1e-9);
    BOOST_CHECK_CLOSE(pts[1].y(), 82.0, 1e-9);
    BOOST_CHECK_CLOSE(pts[2].y(), 84.0, 1e-9);
    BOOST_CHECK_CLOSE(pts[3].y(), 87.3, 1e-9);
    BOOST_REQUIRE_EQUAL(spec.dataLines.size(), 2);
    BOOST_CHECK_EQUAL(spec.dataLines[0].points.size(), 2);
    BOOST_CHECK_EQUAL(spec.dataLines[1].points.size(), 2);
    BOOST_CHECK(spec.dataLines[0].points.back().x() <= 730.0);
    BOOST_CHECK(spec.dataLines[1].points.front().x() >= 731.0);
    // The hover text says what was entered and how it was read.
    const QString tip = spec.markers.front().tooltips[0];
    BOOST_CHECK(tip.contains(QStringLiteral("Height 80.0 cm, standing")));
    BOOST_CHECK(tip.contains(QStringLiteral("read as 80.7 cm")));
}

BOOST_AUTO_TEST_CASE(age_span_and_year_ticks)
{
    report::ChartInput in;
    in.kind = ChartIndicator::WeightForAge;
    in.points = {point(100, 5.0), point(700, 10.0)};
    ui::ChartSpec spec = ui::GrowthChartSpec::build(in);
    BOOST_CHECK_EQUAL(spec.x.max, 24 * kMonth);
    // 0, 3, ..., 24 months; 12 and 24 are years, bold.
    BOOST_REQUIRE_EQUAL(spec.x.ticks.size(), 9);
    BOOST_CHECK(spec.x.ticks[4].major);
    BOOST_CHECK_EQUAL(spec.x.ticks[4].label.toStdString(), "1 y");
    BOOST_CHECK_EQUAL(spec.x.ticks[1].label.toStdString(), "3");
    BOOST_CHECK(!spec.x.ticks[1].major);

    in.points.push_back(point(1000, 12.0));
    spec = ui::GrowthChartSpec::build(in);
    BOOST_CHECK_EQUAL(spec.x.max, 60 * kMonth);
    BOOST_REQUIRE_EQUAL(spec.x.ticks.size(), 11); // every 6 months
    BOOST_CHECK_EQUAL(spec.x.ticks[10].label.toStdString(), "5 y");

    in.texts.yearTick = QStringLiteral("%1 th");
    in.span = report::AgeSpan::UpToTwo;
    spec = ui::GrowthChartSpec::build(in);
    BOOST_CHECK_EQUAL(spec.x.max, 24 * kMonth);
    BOOST_CHECK_EQUAL(spec.x.ticks[8].label.toStdString(), "2 th");
    BOOST_CHECK_EQUAL(spec.markers.front().points.size(), 2); // the point at 1000 days is off this chart
}

BOOST_AUTO_TEST_CASE(flagged_points_are_not_joined_and_have_their_own_legend)
{
    report::ChartInput in;
    in.kind = ChartIndicator::WeightForAge;
    in.childName = QStringLiteral("Dewi");
    in.points = {point(100, 5.0), point(130, 55.0), point(160, 6.0)};
    in.points[1].flagged = true;
    const ui::ChartSpec spec = ui::GrowthChartSpec::build(in);
    BOOST_REQUIRE_EQUAL(spec.markers.size(), 2);
    BOOST_CHECK_EQUAL(spec.markers[0].legend.toStdString(), "Dewi");
    BOOST_CHECK_EQUAL(spec.markers[1].points.size(), 1);
    BOOST_CHECK(spec.markers[1].fill == QColor(Qt::transparent));
    BOOST_CHECK(spec.markers[1].border.color() == report::flagColor());
    BOOST_CHECK(spec.markers[1].tooltips[0].contains(QStringLiteral("WHO flag")));
    // The 55 kg typo neither stretches the axis nor joins the line.
    BOOST_CHECK_LT(spec.y.max, 30.0);
    BOOST_CHECK_EQUAL(spec.markers[1].points[0].y(), spec.y.max);
    BOOST_REQUIRE_EQUAL(spec.dataLines.size(), 1);
    BOOST_CHECK_EQUAL(spec.dataLines[0].points.size(), 2);
}

BOOST_AUTO_TEST_CASE(weight_for_length_uses_the_corrected_length_as_x)
{
    report::ChartInput in;
    in.kind = ChartIndicator::WeightForLength;
    report::ChartPoint p = point(400, 9.0, Measure::Standing);
    p.lengthCm = 75.0;
    in.points = {p};
    const ui::ChartSpec spec = ui::GrowthChartSpec::build(in);
    BOOST_CHECK_EQUAL(spec.x.min, 45.0);
    BOOST_CHECK_EQUAL(spec.x.max, 110.0);
    BOOST_REQUIRE_EQUAL(spec.markers.size(), 1);
    BOOST_CHECK_CLOSE(spec.markers[0].points[0].x(), 75.7, 1e-9);
    BOOST_CHECK_EQUAL(spec.markers[0].points[0].y(), 9.0);
}

BOOST_AUTO_TEST_CASE(hover_text_has_date_age_value_z_and_label)
{
    report::ChartInput in;
    in.kind = ChartIndicator::WeightForAge;
    report::ChartPoint p = point(456, 8.35, Measure::Unknown, -2.31);
    p.date = QDate(2024, 3, 12);
    p.label = QStringLiteral("Underweight");
    in.points = {p};
    const QString tip = ui::GrowthChartSpec::build(in).markers.front().tooltips.front();
    BOOST_TEST_MESSAGE(tip.toStdString());
    BOOST_CHECK(tip.contains(QStringLiteral("2024")));
    BOOST_CHECK(tip.contains(QStringLiteral("1 y 2 mo")));
    BOOST_CHECK(tip.contains(QStringLiteral("8.35 kg")));
    BOOST_CHECK(tip.contains(QStringLiteral("\u22122.31")));
    BOOST_CHECK(tip.contains(QStringLiteral("Underweight")));

    in.tooltips = false;
    BOOST_CHECK(ui::GrowthChartSpec::build(in).markers.front().tooltips.isEmpty());
}

BOOST_AUTO_TEST_CASE(zscore_chart_axis_grows_for_extreme_values)
{
    report::ZTrendInput in;
    report::TrendSeries s;
    s.index = report::TrendIndex::LengthHeightForAge;
    s.points = {point(100, 60, Measure::Lying, -5.4), point(200, 65, Measure::Lying, -4.9)};
    in.series = {s};
    ui::ChartSpec spec = ui::TrendChartSpec::build(in);
    BOOST_CHECK_EQUAL(spec.y.min, -6.0);
    BOOST_CHECK_EQUAL(spec.y.max, 4.0);
    BOOST_CHECK_EQUAL(spec.bands.size(), 4);    // nested: red, yellow, light green, green
    BOOST_CHECK_EQUAL(spec.x.max, 12 * kMonth); // up to the next half year after the last point

    // A flagged z does not stretch the axis (the point is pinned to the edge).
    in.series.front().points.front().z = -12.0;
    in.series.front().points.front().flagged = true;
    spec = ui::TrendChartSpec::build(in);
    BOOST_CHECK_EQUAL(spec.y.min, -5.0);
    BOOST_REQUIRE_EQUAL(spec.markers.size(), 2);
    BOOST_CHECK_EQUAL(spec.markers[1].points.front().y(), -5.0);
}

BOOST_AUTO_TEST_SUITE_END()
