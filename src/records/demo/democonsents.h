#pragma once
#include "records/storenames.h"
// The demo city's consent statements (store/consent.h): most parents agree to
// all three purposes when the child is registered, a few to growth monitoring
// only, a few have not been asked yet, and one or two withdraw later. Drawn
// from streams of the seed, so the same options give the same statements.
#include "store/consent.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tumbuh::records {

class DemoCity;

struct DemoConsentPlan {
    int child = 0; // index into DemoCity::children
    int jd = 0;    // given_on
    QString guardianName;
    GuardianRelation relation = GuardianRelation::Mother;
    bool forMonitoring = false;
    bool forReporting = false;
    bool forReferral = false;
    bool withdrawal = false;
    QString recordedBy; // a kader of the child's posyandu
};

// Ordered by day. Live children only (a deleted duplicate has none).
std::vector<DemoConsentPlan> planDemoConsents(const DemoCity& city, std::uint64_t seed);

} // namespace tumbuh::records
