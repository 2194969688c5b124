#include "records/demo/democonsents.h"

#include "records/demo/democity.h"
#include "records/demo/demonames.h"
#include "records/demo/demorandom.h"

#include <algorithm>

namespace tumbuh::records {
namespace {

// Streams of their own, so that the statements change nothing else the seed
// draws (see democity.cpp for the others).
constexpr std::uint64_t kConsentStreamBase = std::uint64_t{1} << 41;
constexpr std::uint64_t kWithdrawStream = (std::uint64_t{1} << 41) - 7;

} // namespace

std::vector<DemoConsentPlan> planDemoConsents(const DemoCity& city, std::uint64_t seed)
{
    std::vector<DemoConsentPlan> out;
    const int today = static_cast<int>(city.today.toJulianDay());
    std::vector<std::size_t> withdrawable; // indexes into out
    for (std::size_t i = 0; i < city.children.size(); ++i) {
        const DemoChildPlan& c = city.children[i];
        if (c.deletedJd)
            continue;
        DemoRandom rng(seed, kConsentStreamBase + i);
        const double draw = rng.uniform();
        if (draw < 0.03)
            continue; // not asked yet
        DemoConsentPlan k;
        k.child = static_cast<int>(i);
        k.jd = std::clamp(c.createdJd, c.birthJd, today);
        const DemoHouseholdPlan* home = c.household >= 0 ? &city.households[static_cast<std::size_t>(c.household)] : nullptr;
        const QString mother = home && !home->motherName.isEmpty() ? home->motherName : c.motherName;
        if (!mother.trimmed().isEmpty() && rng.chance(0.9)) {
            k.guardianName = mother;
            k.relation = GuardianRelation::Mother;
        } else if (home && !home->fatherName.trimmed().isEmpty()) {
            k.guardianName = home->fatherName;
            k.relation = GuardianRelation::Father;
        } else {
            k.guardianName = DemoNames::adultName(rng, growth::Sex::Female);
            k.relation = rng.chance(0.5) ? GuardianRelation::Guardian : GuardianRelation::Other;
        }
        k.forMonitoring = true;
        const bool all = draw >= 0.06;
        k.forReporting = all;
        k.forReferral = all;
        const QStringList& kaders = city.posyandu[static_cast<std::size_t>(c.posyandu)].kaders;
        if (!kaders.isEmpty())
            k.recordedBy = kaders.at(rng.between(0, static_cast<int>(kaders.size()) - 1));
        if (all && today - k.jd > 30)
            withdrawable.push_back(out.size());
        out.push_back(std::move(k));
    }
    // One or two families withdraw later: one from everything, one from the
    // reporting and referral only.
    DemoRandom rng(seed, kWithdrawStream);
    const std::size_t withdrawals = withdrawable.size() >= 50 ? 2 : withdrawable.size();
    std::vector<DemoConsentPlan> later;
    for (std::size_t n = 0; n < std::min<std::size_t>(withdrawals, 2); ++n) {
        const std::size_t at = static_cast<std::size_t>(rng.between(0, static_cast<int>(withdrawable.size()) - 1));
        const DemoConsentPlan& given = out[withdrawable[at]];
        withdrawable.erase(withdrawable.begin() + static_cast<std::ptrdiff_t>(at));
        DemoConsentPlan w = given;
        w.jd = rng.between(given.jd + 1, today);
        w.withdrawal = true;
        w.forMonitoring = n == 1;
        w.forReporting = false;
        w.forReferral = false;
        later.push_back(std::move(w));
    }
    out.insert(out.end(), later.begin(), later.end());
    std::stable_sort(out.begin(), out.end(), [](const DemoConsentPlan& a, const DemoConsentPlan& b) { return a.jd < b.jd; });
    return out;
}

} // namespace tumbuh::records
