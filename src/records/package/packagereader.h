#pragma once
#include "records/storenames.h"
// Opens a posyandu package read-only (packageformat.h), checks that it is
// one this program understands, and reads its rows.
#include "store/child.h"
#include "store/consent.h"
#include "store/household.h"
#include "store/measurement.h"
#include "records/package/packageformat.h"
#include "store/posyandu.h"
#include "store/referral.h"
#include "store/result.h"

#include <QString>

#include <vector>

namespace tumbuh::records {

struct PackageContents {
    PackageInfo info;
    // Ids (and the ids rows refer to) are the package's own.
    std::vector<Posyandu> posyandu;
    std::vector<Household> households;
    std::vector<Child> children;
    std::vector<Measurement> measurements;
    std::vector<Referral> referrals;
    std::vector<ReferralEvent> referralEvents; // empty in a schema 1 package
    std::vector<Counselling> counselling;      // empty in a schema 1 package
    std::vector<Consent> consents;             // empty in a schema 1 or 2 package
};

class PackageReader {
public:
    // Refused with a translated message: not a Tumbuh package, damaged, or
    // written by a version with another format or schema.
    static Result<PackageContents> read(const QString& path);
};

} // namespace tumbuh::records
