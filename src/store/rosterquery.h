#pragma once
// The register's list in one statement: each child with its latest live
// measurement, the weighings N/T/O/B and 2T need, and the RT/RW of its
// household (so that a city's register need not read every household
// separately). The order is left to the caller:
// ChildRepository::listWithLastMeasurement is this list by name.
#include "store/childrepository.h"
#include "store/result.h"

#include <QString>

#include <span>
#include <unordered_map>
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

    // The earlier weighings alone (ChildWithLastMeasurement::
    // earlierWeighings, as list() with withEarlierWeighings gives them) of
    // the given children, live or not; a child with none, or not in the
    // file, is left out of the map. For a register that lists first and
    // asks for these only for the rows it assesses: they are half the cost
    // of the city's list.
    Result<std::unordered_map<RowId, std::vector<EarlierWeighing>>> earlierWeighings(
        std::span<const RowId> children) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
