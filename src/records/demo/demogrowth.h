#pragma once
#include "records/storenames.h"
// One demo child's growth: individual WHO z-score tracks turned into
// measurements with the compiled WHO tables (growth::valueAtZ), so that the
// demo looks like real posyandu data to every screen and report: most
// children grow along their own centile, some are stunted, some falter or
// waste for a few months and partly recover, some are overweight.
#include "records/demo/demorandom.h"

#include "growth/types.h"

#include <cstdint>
#include <optional>

namespace tumbuh::records {

enum class DemoProfile : std::uint8_t {
    Typical,    // along their own centile, small drift
    Stunted,    // length-for-age below -2 SD from early on
    Stunting,   // length-for-age slipping half an SD a year
    Faltering,  // weight falls away for some months, then partly recovers
    Wasted,     // an episode of weight-for-length below -2 SD
    Overweight, // weight-for-length above +2 SD
};

struct DemoSizes {
    double lengthCm = 0; // true length (under 2 years) or height (from 2 years)
    double weightKg = 0;
    double headCm = 0;
    double armCm = 0; // 0 before day 91 (no WHO table)
};

class DemoGrowth {
public:
    DemoGrowth(DemoRandom& rng, growth::Sex sex);

    DemoProfile profile() const { return profile_; }
    // The true sizes at an age in days (0 to 1856).
    DemoSizes at(int ageDays) const;
    // Birth weight (kg) and length (cm) on the same tracks.
    double birthWeightKg() const;
    double birthLengthCm() const;
    // Days after birth when the weight episode (faltering, wasting) starts;
    // nullopt for profiles without one.
    std::optional<int> episodeStart() const;

private:
    double zLength(int ageDays) const;
    double zWeightForLength(int ageDays) const;

    growth::Sex sex_;
    DemoProfile profile_ = DemoProfile::Typical;
    double zLength0_ = 0;
    double zLengthDrift_ = 0; // per year
    double zWeight0_ = 0;     // weight-for-length
    double zWeightDrift_ = 0; // per year
    double zHead_ = 0;
    double zArm_ = 0;
    double zBirth_ = 0;
    int episodeStart_ = 0; // days
    int episodeDays_ = 0;
    double episodeDepth_ = 0; // SD lost at the bottom of the episode
};

} // namespace tumbuh::records
