#pragma once
// The register's list in one statement: each child with its latest live
// measurement, the weighings N/T/O/B and 2T need, and the RT/RW of its
// household. ChildRepository::listWithLastMeasurement gives the same
// children and measurements; this adds the household's RT/RW (so that a
// city's register need not read every household separately) and leaves the
// order to the caller (the register sorts by name itself).
#include "store/childrepository.h"
#include "store/result.h"

#include <QString>

#include <vector>

namespace tumbuh::store {

class Database;

struct RosterLine {
    ChildWithLastMeasurement entry;
    // Of the child's live household; empty when it has none (or the
    // household was deleted), as HouseholdRepository::list leaves it out.
    QString rt;
    QString rw;
};

class RosterQuery {
public:
    explicit RosterQuery(Database& db) : db_(db) { }

    // The children `filter` selects; in rowid order when for the whole file.
    Result<std::vector<RosterLine>> list(const ChildFilter& filter = {}) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
