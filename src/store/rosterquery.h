#pragma once
// The register's list in one statement: each child with its latest live
// measurement, the weighings N/T/O/B and 2T need, and the RT/RW of its
// household (so that a city's register need not read every household
// separately). A register may read the list in brief and what the
// assessment needs later (ChildFilter::lastInBrief, assessmentInputs). The order is left to the caller:
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

struct AssessmentInput {
    Measurement last;
    std::vector<EarlierWeighing> earlierWeighings;
};

class RosterQuery {
public:
    explicit RosterQuery(Database& db) : db_(db) { }

    // The children `filter` selects; in rowid order when for the whole file.
    Result<std::vector<RosterLine>> list(const ChildFilter& filter = {}) const;

    // What the assessment of each given child (live or not) needs and a
    // list read with lastInBrief left out: the whole last measurement, and
    // the earlier weighings (as list() with withEarlierWeighings gives
    // them). A child without a live measurement, or not in the file, is left
    // out of the map. For a register that lists first and reads these only
    // for the rows it assesses: they are most of the cost of a city's list.
    Result<std::unordered_map<RowId, AssessmentInput>> assessmentInputs(std::span<const RowId> children) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
