#pragma once
// Growth velocity: z-scores of weight, length and head-circumference
// increments against the WHO 2009 velocity standards (who-zscore-method.md
// §12). PMK 2/2020 BAB III cites these tables as the formal trend tool
// behind the cadre's KBM (indonesia-domain.md §2.2).
//
// Method (§12): plain LMS on the shifted increment,
//     z = (((x + Delta) / M)^L - 1) / (L·S)
// with x in grams for weight (Delta = 400 g for 1-month, 600 g for 2-month
// rows) and in cm for length and head circumference (Delta = 0). The ±3 SD
// restriction of §5 is NOT applied: no WHO source says it applies to
// increments (§12), so values beyond ±3 follow the curve.
//
// Row choice, by the child's age at the START of the interval (§12):
//   1-month weight: start < 28 days -> "0 – 4 wks"; start < 2 months
//     (2 x 30.4375 days) -> "4 wks – 2 mo"; then completed months
//     (days / 30.4375, floored) 2..11 -> "2 – 3 mo" ... "11 – 12 mo".
//   2-month weight and length: completed months at start 0..22 -> "0-2 mo" ...
//     "22-24 mo"; head circumference 0..10 -> "0-2 mo" ... "10-12 mo".
//
// Interval length (project decision, not a WHO rule: WHO's tables are for
// exact intervals and WHO's measurement windows are in its velocity report,
// which we could not consult): the days between the two measurements must be
// within ± kOneMonthToleranceDays of the nominal interval for 1-month rows
// (28 days for "0 – 4 wks", 30.4375 otherwise; i.e. 21-35 and 24-37 days),
// and within ± kTwoMonthToleranceDays of 60.875 days for 2-month rows
// (51-70 days). Posyandu sessions held on a fixed weekday of each month
// are 28 or 35 days apart, which this accepts; two months apart they are 56
// to 70 days. The increment is not rescaled to the nominal interval.
//
// Length increments assume both lengths were taken the same way (lying, as
// WHO's velocity standards are built on recumbent length to 24 months);
// the ±0.7 cm position rule (§3) is for attained length, not for increments.
#include "growth/types.h"
#include "growth/whotables.h"

#include <cstdint>
#include <optional>

namespace tumbuh::growth {

inline constexpr double kOneMonthToleranceDays = 7.0;
inline constexpr double kTwoMonthToleranceDays = 10.0;

// Why an increment has no z-score.
enum class VelocityProblem : std::uint8_t {
    None = 0,
    StartAgeOutOfRange, // negative, or past the table's last row (1-month weight: 12 months)
    IntervalTooShort,   // the measurements are closer than the window allows
    IntervalTooLong,    // further apart than the window allows
    IncrementOutOfScale // x + Delta <= 0: a 1-month weight loss of 400 g or more (600 g
                        // over 2 months), or a length or head increment of zero or less.
                        // The curve reaches x + Delta = 0 only where 1 + L·S·z = 0, which
                        // incrementAtZ also treats as outside the curve; the UI reports
                        // "did not grow" instead of a z.
};

struct VelocityZ {
    double z = 0.0;   // rounded to 2 decimals as WHO rounds z (who-zscore-method.md §6)
    double raw = 0.0; // unrounded
    VelocityProblem why = VelocityProblem::StartAgeOutOfRange;
    const VelocityRow* row = nullptr; // WHO row used (its label is row->interval); null when none applies

    bool ok() const { return why == VelocityProblem::None; }
};

// The WHO row for an interval starting at `ageAtStart`, or nullptr when the
// table has none (see the row choice above).
const VelocityRow* velocityRow(Increment inc, Sex sex, Days ageAtStart);

// The nominal length in days of the interval starting at `ageAtStart`: 28 for
// the "0 – 4 wks" row, 30.4375 for the other 1-month rows, 60.875 for 2-month rows.
double nominalIntervalDays(Increment inc, Days ageAtStart);

// z of an increment against one row (plain LMS, §12); nothing when
// x + Delta <= 0. `increment` in grams (weight) or cm (length, head).
std::optional<double> incrementZ(const VelocityRow& row, double increment);

// The increment at z: M·(1 + L·S·z)^(1/L) − Delta, for chart lines and for
// "gain needed for -2 SD" hints. Nothing where 1 + L·S·z <= 0: the curve
// is undefined there (WHO's own tables print a meaningless −3 SD cell for
// some length rows; who_tables/PROVENANCE.md §3).
std::optional<double> incrementAtZ(const VelocityRow& row, double z);

// General form: row choice, interval check and z, with `increment` in the
// table's unit (grams for weight, cm for length and head circumference).
VelocityZ velocityZ(Increment inc, Sex sex, Days ageAtStart, Days ageAtEnd, double increment);

// Typed conveniences on the stored integer units.
enum class WeightInterval : std::uint8_t { OneMonth,
                                           TwoMonths };
VelocityZ weightVelocityZ(WeightInterval interval, Sex sex, Days ageAtStart, Grams atStart, Days ageAtEnd,
                          Grams atEnd);
VelocityZ lengthVelocityZ(Sex sex, Days ageAtStart, Millimetres atStart, Days ageAtEnd, Millimetres atEnd);
VelocityZ headVelocityZ(Sex sex, Days ageAtStart, Millimetres atStart, Days ageAtEnd, Millimetres atEnd);

} // namespace tumbuh::growth
