#include "naivebaseline.h"

#include "growth/whotables.h"

#include <cmath>
#include <map>
#include <utility>

namespace tumbuh::bench {
namespace {

using Key = std::pair<int, int>; // (sex, day or tenth of a cm)
using Table = std::map<Key, growth::Lms>;

Table load(growth::Table t)
{
    Table out;
    const growth::TableInfo& info = growth::tableInfo(t);
    for (growth::Sex sex : {growth::Sex::Male, growth::Sex::Female}) {
        for (int k = info.firstKey; k <= info.lastKey; ++k) {
            if (const growth::Lms* row = growth::tableRow(t, sex, k))
                out.emplace(Key{static_cast<int>(sex), k}, *row);
        }
    }
    return out;
}

const Table& table(growth::Table t)
{
    static const Table tables[] = {
        load(growth::Table::WeightForAge),           load(growth::Table::LengthForAge),
        load(growth::Table::BmiForAge),              load(growth::Table::HeadCircumferenceForAge),
        load(growth::Table::ArmCircumferenceForAge), load(growth::Table::TricepsSkinfoldForAge),
        load(growth::Table::SubscapularSkinfoldForAge), load(growth::Table::WeightForLength),
        load(growth::Table::WeightForHeight),
    };
    return tables[static_cast<int>(t)];
}

double sdLine(const growth::Lms& p, double k)
{
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

double zscore(const growth::Lms& p, double y, bool restricted)
{
    double z = (std::pow(y / p.m, p.l) - 1.0) / (p.s * p.l);
    if (restricted) {
        const double sd3pos = sdLine(p, 3), sd2pos = sdLine(p, 2);
        const double sd3neg = sdLine(p, -3), sd2neg = sdLine(p, -2);
        if (z > 3)
            z = 3 + (y - sd3pos) / (sd3pos - sd2pos);
        else if (z < -3)
            z = -3 + (y - sd3neg) / (sd2neg - sd3neg);
    }
    return std::round(z * 100.0) / 100.0;
}

bool byAge(growth::Table t, int sex, int day, const std::optional<double>& y, bool restricted, double& z)
{
    if (!y || *y <= 0)
        return false;
    const Table& tab = table(t);
    auto it = tab.find(Key{sex, day});
    if (it == tab.end())
        return false;
    z = zscore(it->second, *y, restricted);
    return true;
}

} // namespace

NaiveResult naiveAnthro(const growth::AnthroInput& in)
{
    NaiveResult r{};
    if (!in.sex || !in.age)
        return r;
    const int sex = static_cast<int>(*in.sex);
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
    std::optional<double> bmi;
    if (len && in.weightKg)
        bmi = *in.weightKg / ((*len / 100) * (*len / 100));
    const std::optional<double> weight = in.oedema ? std::nullopt : in.weightKg;
    if (in.oedema)
        bmi.reset();

    r.valid[0] = byAge(growth::Table::LengthForAge, sex, day, len, false, r.z[0]);
    r.valid[1] = byAge(growth::Table::WeightForAge, sex, day, weight, true, r.z[1]);
    r.valid[3] = byAge(growth::Table::BmiForAge, sex, day, bmi, true, r.z[3]);
    r.valid[4] = byAge(growth::Table::HeadCircumferenceForAge, sex, day, in.headCm, false, r.z[4]);
    r.valid[5] = byAge(growth::Table::ArmCircumferenceForAge, sex, day, in.armCm, true, r.z[5]);
    r.valid[6] = byAge(growth::Table::TricepsSkinfoldForAge, sex, day, in.tricepsMm, true, r.z[6]);
    r.valid[7] = byAge(growth::Table::SubscapularSkinfoldForAge, sex, day, in.subscapularMm, true, r.z[7]);

    if (len && weight) {
        const bool height = day >= 731;
        const double lo = std::trunc(*len * 10) / 10;
        const double hi = std::trunc(*len * 10 + 1) / 10;
        const double diff = (*len - lo) / 0.1;
        const Table& tab = table(height ? growth::Table::WeightForHeight : growth::Table::WeightForLength);
        auto a = tab.find(Key{sex, static_cast<int>(std::lround(lo * 10))});
        auto b = tab.find(Key{sex, static_cast<int>(std::lround(hi * 10))});
        if (a != tab.end() && (b != tab.end() || diff == 0)) {
            growth::Lms p = a->second;
            if (diff > 0) {
                p.l += diff * (b->second.l - p.l);
                p.m += diff * (b->second.m - p.m);
                p.s += diff * (b->second.s - p.s);
            }
            r.z[2] = zscore(p, *weight, true);
            r.valid[2] = true;
        }
    }
    return r;
}

} // namespace tumbuh::bench
