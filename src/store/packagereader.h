#pragma once
// Opens a posyandu package read-only (packageformat.h), checks that it is
// one this program understands, and reads its rows.
#include "child.h"
#include "household.h"
#include "measurement.h"
#include "packageformat.h"
#include "posyandu.h"
#include "referral.h"
#include "result.h"

#include <QString>

#include <vector>

namespace tumbuh::store {

struct PackageContents {
    PackageInfo info;
    // Ids (and the ids rows refer to) are the package's own.
    std::vector<Posyandu> posyandu;
    std::vector<Household> households;
    std::vector<Child> children;
    std::vector<Measurement> measurements;
    std::vector<Referral> referrals;
};

class PackageReader {
public:
    // Refused with a translated message: not a Tumbuh package, damaged, or
    // written by a version with another format or schema.
    static Result<PackageContents> read(const QString& path);
};

} // namespace tumbuh::store
