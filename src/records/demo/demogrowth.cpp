#include "records/demo/demogrowth.h"

#include "growth/lms.h"
#include "growth/whotables.h"

#include <algorithm>
#include <cmath>

namespace tumbuh::records {
namespace {

using growth::Table;

constexpr int kLastDay = 1856; // the last row of the 2006 age tables

double atZ(Table table, growth::Sex sex, int key, double z)
{
    const growth::Lms* row = growth::tableRow(table, sex, key);
    return row ? growth::valueAtZ(*row, z, true) : 0.0;
}

} // namespace

DemoGrowth::DemoGrowth(DemoRandom& rng, growth::Sex sex) : sex_(sex)
{
    // Shares chosen so that about a fifth of the children are below -2 SD
    // length-for-age, as in Indonesia's recent surveys, with a few percent
    // wasted and overweight.
    const double u = rng.uniform();
    if (u < 0.58)
        profile_ = DemoProfile::Typical;
    else if (u < 0.70)
        profile_ = DemoProfile::Stunted;
    else if (u < 0.78)
        profile_ = DemoProfile::Stunting;
    else if (u < 0.88)
        profile_ = DemoProfile::Faltering;
    else if (u < 0.94)
        profile_ = DemoProfile::Wasted;
    else
        profile_ = DemoProfile::Overweight;

    zLength0_ = rng.normal(-0.8, 0.9);
    zLengthDrift_ = rng.normal(0.0, 0.12);
    zWeight0_ = rng.normal(-0.2, 0.8);
    zWeightDrift_ = rng.normal(0.0, 0.12);
    zHead_ = rng.normal(0.0, 0.8);
    zArm_ = rng.normal(0.0, 0.5);
    zBirth_ = rng.normal(-0.4, 0.9);
    switch (profile_) {
    case DemoProfile::Typical:
        break;
    case DemoProfile::Stunted:
        zLength0_ = rng.normal(-2.7, 0.45);
        zBirth_ = rng.normal(-1.0, 0.8);
        break;
    case DemoProfile::Stunting:
        zLength0_ = rng.normal(-1.2, 0.5);
        zLengthDrift_ = rng.normal(-0.5, 0.15);
        break;
    case DemoProfile::Faltering:
        episodeStart_ = rng.between(120, 900);
        episodeDays_ = rng.between(60, 180);
        episodeDepth_ = rng.uniform(1.0, 2.0);
        break;
    case DemoProfile::Wasted:
        zWeight0_ = rng.normal(-1.0, 0.4);
        episodeStart_ = rng.between(150, 1200);
        episodeDays_ = rng.between(60, 150);
        episodeDepth_ = rng.uniform(1.6, 2.4);
        break;
    case DemoProfile::Overweight:
        zWeight0_ = rng.normal(2.4, 0.4);
        zWeightDrift_ = rng.normal(0.1, 0.1);
        break;
    }
}

std::optional<int> DemoGrowth::episodeStart() const
{
    if (profile_ == DemoProfile::Faltering || profile_ == DemoProfile::Wasted)
        return episodeStart_;
    return std::nullopt;
}

double DemoGrowth::zLength(int ageDays) const
{
    return std::clamp(zLength0_ + zLengthDrift_ * ageDays / 365.25, -4.5, 3.5);
}

double DemoGrowth::zWeightForLength(int ageDays) const
{
    double z = zWeight0_ + zWeightDrift_ * ageDays / 365.25;
    if (episodeDays_ > 0 && ageDays > episodeStart_) {
        // Down over the episode, then back up at half the speed, to half
        // of what was lost: recovery is seldom complete.
        const double t = ageDays - episodeStart_;
        const double fall = std::min(1.0, t / episodeDays_);
        const double rise = std::clamp((t - episodeDays_) / (2.0 * episodeDays_), 0.0, 1.0);
        z -= episodeDepth_ * (fall - 0.5 * rise);
    }
    return std::clamp(z, -4.5, 4.0);
}

DemoSizes DemoGrowth::at(int ageDays) const
{
    const int day = std::clamp(ageDays, 0, kLastDay);
    DemoSizes s;
    const double zl = zLength(day);
    const double zw = zWeightForLength(day);
    s.lengthCm = atZ(Table::LengthForAge, sex_, day, zl);
    // Weight follows length (weight-for-length/height), so that a wasted
    // child shows on BB/PB and a stunted child is light for age too.
    const bool lying = day < 731;
    const int tenths = static_cast<int>(std::lround(s.lengthCm * 10.0));
    const Table wfl = lying ? Table::WeightForLength : Table::WeightForHeight;
    if (growth::tableRow(wfl, sex_, tenths))
        s.weightKg = atZ(wfl, sex_, tenths, zw);
    else
        s.weightKg = atZ(Table::WeightForAge, sex_, day, 0.6 * zl + 0.8 * zw);
    s.headCm = atZ(Table::HeadCircumferenceForAge, sex_, day, 0.4 * zl + zHead_);
    if (day >= 91)
        s.armCm = atZ(Table::ArmCircumferenceForAge, sex_, day, 0.8 * zw + 0.2 * zl + zArm_);
    return s;
}

double DemoGrowth::birthWeightKg() const
{
    return atZ(Table::WeightForAge, sex_, 0, std::clamp(zBirth_, -3.5, 3.0));
}

double DemoGrowth::birthLengthCm() const
{
    return atZ(Table::LengthForAge, sex_, 0, std::clamp(0.5 * zBirth_ + 0.5 * zLength0_, -3.5, 3.0));
}

} // namespace tumbuh::records
