#pragma once
// The WHO reference curves (the -3 ... +3 SD lines) that a growth chart draws,
// computed from the compiled tables with valueAtZ: the program holds one copy
// of the curves, the L, M, S tables, and every line on every chart comes from
// them (who-zscore-method.md §5).
//
// Charts that change from lying length to standing height at 24 months come
// as two segments, days 0-730 (length) and 731-1826 (height). WHO's M drops
// by about 0.7 cm between day 730 and 731; a chart must draw that step and
// never a smoothed line across it (RCPCH chart rule, landscape.md §1.4).
#include "growth/types.h"
#include "growth/whotables.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tumbuh::growth {

// The charts of one child: WHO 2006 (0-5 years) and WHO 2007 (5-19 years).
enum class ChartIndicator : std::uint8_t {
    WeightForAge,       // BB/U, the KMS view
    LengthHeightForAge, // PB/U then TB/U: two segments
    WeightForLength,    // BB/PB, x = length 45-110 cm
    WeightForHeight,    // BB/TB, x = height 65-120 cm
    BmiForAge,          // IMT/U: two segments
    HeadCircumferenceForAge,
    ArmCircumferenceForAge, // from day 91
    HeightForAge2007,       // 5-19 years
    WeightForAge2007,       // 5-10 years
    BmiForAge2007,          // 5-19 years
};
inline constexpr int kChartIndicatorCount = 10;

// What a chart's x axis measures. Age is always in days, also for the WHO 2007
// charts whose rows are whole months (x = month × 30.4375, WHO's month), so
// that a child's age in days can be plotted on every age chart unchanged.
enum class ChartXUnit : std::uint8_t { AgeDays,
                                       LengthCm };

// Drawing: a point every quarter of a WHO month (about 7.6 days; whole-month
// days included, rounded as anthro rounds an age in months) or every 0.5 cm,
// always with the exact first and last row of each segment. Far fewer points
// than rows and visually identical, since the curves are smooth over a week.
// EveryRow: every table row, for checks.
enum class Sampling : std::uint8_t { Drawing,
                                     EveryRow };

// One continuous stretch of a chart's reference curves.
struct SdSegment {
    // Lying for a length segment, Standing for a height segment, Unknown when
    // the chart does not depend on the position (weight, head, arm).
    Measure measure = Measure::Unknown;
    std::vector<double> x; // ascending: age in days or length/height in cm
    // y[z + 3][i]: the measurement on the z SD curve at x[i], z = -3 ... +3.
    std::array<std::vector<double>, 7> y;

    const std::vector<double>& curve(int z) const { return y[static_cast<std::size_t>(z + 3)]; }
};

// A point of one curve.
struct CurvePoint {
    double x;
    double y;
};

Table chartTable(ChartIndicator indicator);
ChartXUnit chartXUnit(ChartIndicator indicator);

// All seven SD curves of a chart, one entry per segment in x order
// (two for LengthHeightForAge and BmiForAge, one for every other chart).
std::vector<SdSegment> sdLines(ChartIndicator indicator, Sex sex, Sampling sampling = Sampling::Drawing);

// One SD curve (z in -3 ... +3), as points per segment.
std::vector<std::vector<CurvePoint>> sdCurve(ChartIndicator indicator, Sex sex, int z,
                                             Sampling sampling = Sampling::Drawing);

// The segment of sdLines() a child's point at this age belongs to: 1 (the
// height segment) from day 731 on for the two-segment charts, else 0. The
// same switch day as the engine's table rows (who-zscore-method.md §3.2).
std::size_t segmentForAge(ChartIndicator indicator, int ageDays);

// The chart a weight-for-length/height point is read on: weight-for-length
// before day 731, weight-for-height from day 731, as anthro chooses the table
// when the age is known (who-zscore-method.md §4.2).
ChartIndicator weightForLengthHeightChart(int ageDays);

// The length or height to plot for a value as entered: the engine's own
// clenhei (±0.7 cm by position and age, standing ignored under 9 months,
// who-zscore-method.md §3), so that a point sits on the chart where its
// z-score says it is.
double chartLengthCm(double asEnteredCm, Measure measure, int ageDays);

} // namespace tumbuh::growth
