#pragma once
#include "records/storenames.h"
// Writes a planned DemoCity into an empty database with bulk prepared
// statements inside the caller's transaction: the per-row repository path
// (validation queries, one audit entry per row) would take many minutes for
// a city. The plan only holds values the repositories accept (tests check
// them with the repositories' validate()); the whole demo gets one audit
// entry, "demo data generated", written by DemoGenerator.
#include "records/demo/democity.h"
#include "records/demo/demorandom.h"
#include "store/result.h"
#include "store/user.h"

#include <QString>
#include <QUuid>

#include <functional>
#include <utility>
#include <vector>

namespace tumbuh::records {

class DemoWriter {
public:
    DemoWriter(Database& db, const DemoCity& city, std::uint64_t seed);

    // `progress` gets 0-100 and may return false to stop (ErrorCode::Sql with
    // a "cancelled" message; the caller rolls back).
    Result<void> write(const std::function<bool(int)>& progress);

private:
    Result<void> writeUsers();
    Result<void> writeUserAccess(); // the demo users' PIN and home posyandu
    Result<void> writePosyandu();
    Result<void> writeHouseholds();
    Result<void> writeChildren();
    Result<void> writeVisits(const std::function<bool(int)>& progress);
    Result<void> writeReferrals(); // with their history (referral_events)
    Result<void> writeCounselling();
    Result<void> writeConsents();

    Database& db_;
    const DemoCity& city_;
    DemoRandom uids_;
    std::vector<std::pair<QUuid, Role>> usersWritten_; // the demo users' uids (records/demo/demousers.h)
};

} // namespace tumbuh::records
