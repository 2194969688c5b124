#include "syntheticchildren.h"

#include "growth/lms.h"
#include "growth/whotables.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tumbuh::bench {

double SyntheticChildren::uniform()
{
    return static_cast<double>(rng_() >> 11) * 0x1.0p-53;
}

double SyntheticChildren::normal()
{
    if (haveSpare_) {
        haveSpare_ = false;
        return spare_;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log() must not see 0
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    spare_ = r * std::sin(2.0 * std::numbers::pi * u2);
    haveSpare_ = true;
    return r * std::cos(2.0 * std::numbers::pi * u2);
}

// A measurement at a random z around zMean, rounded to the instrument's step.
double SyntheticChildren::measured(growth::Table table, growth::Sex sex, int key, double zMean, double zSd,
                                   double step)
{
    const growth::TableInfo& info = growth::tableInfo(table);
    const growth::Lms* row = growth::tableRow(table, sex, std::clamp(key, info.firstKey, info.lastKey));
    const double z = std::clamp(zMean + zSd * normal(), -5.0, 5.0);
    const double value = growth::valueAtZ(*row, z, true);
    return std::round(value / step) * step;
}

growth::AnthroInput SyntheticChildren::next()
{
    using growth::Table;
    growth::AnthroInput in;
    const growth::Sex sex = (rng_() & 1) != 0 ? growth::Sex::Male : growth::Sex::Female;
    const int day = static_cast<int>(rng_() % 1827); // 0 .. 1826
    in.sex = sex;
    in.age = day;
    in.ageInMonths = false;
    in.weightKg = measured(Table::WeightForAge, sex, day, -0.6, 1.2, 0.1);
    in.lenheiCm = measured(Table::LengthForAge, sex, day, -1.0, 1.1, 0.1);
    // Lying under two years, standing after, with the usual 5 % the other way.
    const bool lying = (day < 731) != (uniform() < 0.05);
    in.measure = lying ? growth::Measure::Lying : growth::Measure::Standing;
    in.headCm = measured(Table::HeadCircumferenceForAge, sex, day, -0.3, 1.0, 0.1);
    in.armCm = measured(Table::ArmCircumferenceForAge, sex, day, -0.5, 1.1, 0.1);
    in.tricepsMm = measured(Table::TricepsSkinfoldForAge, sex, day, -0.2, 1.0, 0.1);
    in.subscapularMm = measured(Table::SubscapularSkinfoldForAge, sex, day, -0.2, 1.0, 0.1);
    in.oedema = uniform() < 0.01;
    return in;
}

} // namespace tumbuh::bench
