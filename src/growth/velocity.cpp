#include "growth/velocity.h"

#include "growth/rounding.h"

#include <cmath>

namespace tumbuh::growth {
namespace {

constexpr double kFirstRowDays = 28.0; // "0 – 4 wks"

std::size_t completedMonthsOfDays(int days)
{
    return static_cast<std::size_t>(std::floor(days / kDaysPerMonth));
}

} // namespace

const VelocityRow* velocityRow(Increment inc, Sex sex, Days ageAtStart)
{
    if (ageAtStart.value < 0)
        return nullptr;
    const auto rows = velocityTable(inc, sex);
    std::size_t i = 0;
    if (inc == Increment::Weight1Month) {
        // §12: 0-4 wk, 4 wk-2 mo, then whole months from 2 (row i = month i).
        if (ageAtStart.value < kFirstRowDays)
            i = 0;
        else if (ageAtStart.value < 2.0 * kDaysPerMonth)
            i = 1;
        else
            i = completedMonthsOfDays(ageAtStart.value);
    } else {
        i = completedMonthsOfDays(ageAtStart.value);
    }
    return i < rows.size() ? &rows[i] : nullptr;
}

double nominalIntervalDays(Increment inc, Days ageAtStart)
{
    if (inc == Increment::Weight1Month)
        return ageAtStart.value < kFirstRowDays ? kFirstRowDays : kDaysPerMonth;
    return 2.0 * kDaysPerMonth;
}

std::optional<double> incrementZ(const VelocityRow& row, double increment)
{
    const double shifted = increment + row.delta;
    if (!std::isfinite(shifted) || !(shifted > 0.0))
        return std::nullopt;
    // who-zscore-method.md §12 with the §11.2 operation order ((y/M)^L - 1)/(S*L).
    return (std::pow(shifted / row.m, row.l) - 1.0) / (row.s * row.l);
}

std::optional<double> incrementAtZ(const VelocityRow& row, double z)
{
    const double base = 1.0 + row.l * row.s * z;
    if (!(base > 0.0))
        return std::nullopt;
    return row.m * std::pow(base, 1.0 / row.l) - row.delta;
}

VelocityZ velocityZ(Increment inc, Sex sex, Days ageAtStart, Days ageAtEnd, double increment)
{
    VelocityZ r;
    r.row = velocityRow(inc, sex, ageAtStart);
    if (!r.row) {
        r.why = VelocityProblem::StartAgeOutOfRange;
        return r;
    }
    const double interval = ageAtEnd.value - ageAtStart.value;
    const double nominal = nominalIntervalDays(inc, ageAtStart);
    const double tolerance = inc == Increment::Weight1Month ? kOneMonthToleranceDays : kTwoMonthToleranceDays;
    if (interval < nominal - tolerance) {
        r.why = VelocityProblem::IntervalTooShort;
        return r;
    }
    if (interval > nominal + tolerance) {
        r.why = VelocityProblem::IntervalTooLong;
        return r;
    }
    const std::optional<double> z = incrementZ(*r.row, increment);
    if (!z) {
        r.why = VelocityProblem::IncrementOutOfScale;
        return r;
    }
    r.raw = *z;
    r.z = roundZ(*z);
    r.why = VelocityProblem::None;
    return r;
}

VelocityZ weightVelocityZ(WeightInterval interval, Sex sex, Days ageAtStart, Grams atStart, Days ageAtEnd,
                          Grams atEnd)
{
    const Increment inc = interval == WeightInterval::OneMonth ? Increment::Weight1Month : Increment::Weight2Month;
    return velocityZ(inc, sex, ageAtStart, ageAtEnd, static_cast<double>(atEnd.value - atStart.value));
}

VelocityZ lengthVelocityZ(Sex sex, Days ageAtStart, Millimetres atStart, Days ageAtEnd, Millimetres atEnd)
{
    return velocityZ(Increment::Length2Month, sex, ageAtStart, ageAtEnd, (atEnd.value - atStart.value) / 10.0);
}

VelocityZ headVelocityZ(Sex sex, Days ageAtStart, Millimetres atStart, Days ageAtEnd, Millimetres atEnd)
{
    return velocityZ(Increment::HeadCircumference2Month, sex, ageAtStart, ageAtEnd,
                     (atEnd.value - atStart.value) / 10.0);
}

} // namespace tumbuh::growth
