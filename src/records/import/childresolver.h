#pragma once
#include "records/storenames.h"
// The child a CSV row is about: found by ChildMatcher (UID, NIK, name +
// birth date + mother's name) or added, then edited when the row says
// something new. Guards the child's identity (a NIK that finds somebody
// else is refused unless ImportOptions::updateByNik) and re-checks the
// child's saved measurements when a birth date, sex or status changes.
// New children are inserted with a prepared statement after validate()
// (see ImportSession); edits go through ChildRepository. Keeps what the
// import knows of each child it touched, by id.
#include "records/import/childmatcher.h"
#include "records/import/importcontext.h"
#include "records/import/importrow.h"
#include "records/import/insertedrange.h"
#include "records/import/placeresolver.h"
#include "store/childrepository.h"
#include "store/measurementrepository.h"

#include <QList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tumbuh::records {

class ChildResolver {
public:
    ChildResolver(ImportContext& context, PlaceResolver& places);

    // Reads the children (ChildMatcher).
    Result<void> load();
    // The insert statement for new children.
    Result<void> prepareInsert();

    using Outcome = ImportContext::Outcome;
    // `id` is set to the child found or added.
    Outcome childFor(const ImportRow& row, RowId& id);

    // What the import knows of each child it touched, by id (dense: a
    // vector, not a hash, as a million rows look a child up twice each).
    struct Entry {
        Child child;
        char outcome = 0; // over the whole import: 'a' added, 'u' updated, 'n' unchanged
        // Measurements inserted by this import (julian day, id), for "same
        // child, same day" while the measurement indexes are set aside.
        std::vector<std::pair<qint64, RowId>> days;
    };
    // Read from the database the first time.
    Result<Entry*> entry(RowId id);
    Result<const Child*> cachedChild(RowId id);
    // A child entry() already returned.
    Entry& known(RowId id) { return *entries_[static_cast<std::size_t>(id)]; }

    // The row was rejected, its savepoint rolled back: first the children it
    // inserted without a savepoint are deleted (eraseRowAdded), then the
    // memory forgets them and rereads the children it edited (undoRow).
    Result<void> eraseRowAdded();
    Result<void> undoRow();
    void endRow(bool saved);

    // Each child's outcome over the whole import.
    void countInto(ImportCounts& counts) const;
    const InsertedRange& inserted() const { return inserted_; }
    // The children that existed before the import and that it changed.
    std::vector<RowId> edited() const;

private:
    Outcome addChild(const ImportRow& row, RowId& id);
    Outcome updateChild(const ImportRow& row, RowId id);
    Outcome nikBelongsToAnother(const ImportRow& row, RowId id);
    Outcome recheckMeasurements(const Child& stored, const Child& changed);

    ImportContext& context_;
    PlaceResolver& places_;
    ChildRepository children_;
    MeasurementRepository measurements_;
    std::optional<ChildMatcher> matcher_;
    std::vector<std::unique_ptr<Entry>> entries_;
    std::optional<NativeStatement> insertChild_;
    InsertedRange inserted_;

    // The current row's children.
    QList<RowId> rowChildrenAdded_;
    QList<RowId> rowChildrenEdited_;
    std::optional<std::pair<RowId, char>> rowChild_; // 'a' added, 'u' updated, 'n' unchanged
};

} // namespace tumbuh::records
