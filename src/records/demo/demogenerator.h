#pragma once
#include "records/storenames.h"
// The demo city: a synthetic but lifelike set of posyandu, families, children
// and years of monthly measurements, for the desktop program's first start
// ("open demo database"), for `tumbuh-cli demo` and for every benchmark.
//
// Lifelike: each child grows along individual WHO z-score tracks (computed
// with the compiled WHO tables), about a fifth stunted, some faltering,
// wasted or overweight; months missed, some lengths measured in the wrong
// position, some birth dates only approximate, some children moved away or
// died, a few slips of the pen that WHO's flags catch, a few double entries
// deleted, referrals of children at risk. Synthetic: every name, place and
// NIK is invented (the region code 64.79 does not exist), nothing comes from
// real people. Deterministic: the same options give the same rows, byte for
// byte (the audit entry excepted, which records when it was made, and the
// demo users' PIN hashes, each salted at random: records/demo/demousers.h).
//
// Written with bulk prepared statements in one transaction, not through the
// per-row repository path; the whole demo gets ONE audit entry, table
// "demo", action bulk_insert, "demo data generated" with the options and
// counts.
#include "store/database.h"
#include "records/demo/demooptions.h"
#include "store/result.h"

#include <QString>

namespace tumbuh::records {

class DemoGenerator {
public:
    explicit DemoGenerator(DemoOptions options);

    // Fills an open database that has no posyandu, households, children,
    // measurements or referrals yet (refused otherwise; users may exist).
    // All or nothing.
    Result<DemoSummary> run(Database& db) const;

private:
    DemoOptions options_;
};

// Fills an open, empty database.
Result<DemoSummary> generateDemo(Database& db, const DemoOptions& options = {});

// Creates a new database file at `path` and fills it. Refused when a
// non-empty file is already there. The file appears only when complete
// (written as "<path>.part", then renamed), so an interrupted run leaves
// nothing that could be mistaken for a demo database.
Result<DemoSummary> generateDemo(const QString& path, const DemoOptions& options = {});

} // namespace tumbuh::records
