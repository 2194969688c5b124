#include "plainbaseline.h"

#include "growth/whotables.h"

#include <cmath>

namespace tumbuh::bench {
namespace {

double sdLine(const growth::Lms& p, double k)
{
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

double zscore(const growth::Lms& p, double y, bool restricted)
{
    double z = (std::pow(y / p.m, p.l) - 1.0) / (p.s * p.l);
    if (restricted && z > 3) {
        const double sd3 = sdLine(p, 3);
        z = 3 + (y - sd3) / (sd3 - sdLine(p, 2));
    } else if (restricted && z < -3) {
        const double sd3 = sdLine(p, -3);
        z = -3 + (y - sd3) / (sdLine(p, -2) - sd3);
    }
    return std::round(z * 100.0) / 100.0;
}

bool byAge(growth::Table t, growth::Sex sex, int day, const std::optional<double>& y, bool restricted, double& z)
{
    if (!y || *y <= 0)
        return false;
    const growth::Lms* row = growth::tableRow(t, sex, day);
    if (row == nullptr)
        return false;
    z = zscore(*row, *y, restricted);
    return true;
}

} // namespace

PlainResult plainAnthro(const growth::AnthroInput& in)
{
    PlainResult r{};
    if (!in.sex || !in.age)
        return r;
    const growth::Sex sex = *in.sex;
    const double ageDaysExact = in.ageInMonths ? *in.age * growth::kDaysPerMonth : *in.age;
    const int day = static_cast<int>(std::floor(ageDaysExact + 0.5));
    if (ageDaysExact / growth::kDaysPerMonth >= 60)
        return r;
    std::optional<double> len = in.lenheiCm;
    if (len) {
        if (day < 731 && in.measure == growth::Measure::Standing)
            *len += 0.7;
        else if (day >= 731 && in.measure == growth::Measure::Lying)
            *len -= 0.7;
    }
    const std::optional<double> weight = in.oedema ? std::nullopt : in.weightKg;
    std::optional<double> bmi;
    if (len && weight)
        bmi = *weight / ((*len / 100) * (*len / 100));

    using growth::Table;
    r.valid[0] = byAge(Table::LengthForAge, sex, day, len, false, r.z[0]);
    r.valid[1] = byAge(Table::WeightForAge, sex, day, weight, true, r.z[1]);
    r.valid[3] = byAge(Table::BmiForAge, sex, day, bmi, true, r.z[3]);
    r.valid[4] = byAge(Table::HeadCircumferenceForAge, sex, day, in.headCm, false, r.z[4]);
    r.valid[5] = byAge(Table::ArmCircumferenceForAge, sex, day, in.armCm, true, r.z[5]);
    r.valid[6] = byAge(Table::TricepsSkinfoldForAge, sex, day, in.tricepsMm, true, r.z[6]);
    r.valid[7] = byAge(Table::SubscapularSkinfoldForAge, sex, day, in.subscapularMm, true, r.z[7]);

    if (len && weight) {
        const Table table = day >= 731 ? Table::WeightForHeight : Table::WeightForLength;
        const double tenths = std::trunc(*len * 10);
        const double diff = (*len - tenths / 10) / 0.1;
        const growth::Lms* lo = growth::tableRow(table, sex, static_cast<int>(tenths));
        const growth::Lms* hi = growth::tableRow(table, sex, static_cast<int>(tenths) + 1);
        if (lo != nullptr && (hi != nullptr || diff == 0)) {
            growth::Lms p = *lo;
            if (diff > 0) {
                p.l += diff * (hi->l - p.l);
                p.m += diff * (hi->m - p.m);
                p.s += diff * (hi->s - p.s);
            }
            r.z[2] = zscore(p, *weight, true);
            r.valid[2] = true;
        }
    }
    return r;
}

} // namespace tumbuh::bench
