#pragma once
#include "records/storenames.h"
// The measurement a CSV row gives: found (by its UID, or the same child on
// the same day) and edited through MeasurementRepository when the row says
// something new, or validated and inserted with a prepared statement (see
// ImportSession). Into a database without measurements, their secondary
// indexes are set aside for the import and built once at the end (a sort
// instead of a million random inserts: about twice as fast); the lookup
// "same child, same day" then uses ChildResolver::Entry::days.
#include "records/import/childresolver.h"
#include "records/import/importcontext.h"
#include "records/import/importrow.h"
#include "records/import/insertedrange.h"
#include "records/import/placeresolver.h"
#include "records/indexsetaside.h"
#include "store/measurementrepository.h"
#include "store/nameids.h"

#include <optional>
#include <vector>

namespace tumbuh::records {

class MeasurementResolver {
public:
    MeasurementResolver(ImportContext& context, PlaceResolver& places, ChildResolver& children);

    // The statements.
    Result<void> prepare();
    // Sets the indexes aside when the database has no measurements (and
    // the file has some).
    Result<void> setIndexesAside();
    // Rebuilds the indexes set aside (before the import commits).
    Result<void> rebuildIndexes();

    using Outcome = ImportContext::Outcome;
    Outcome measurementFor(const ImportRow& row, RowId childId);

    const InsertedRange& inserted() const { return inserted_; }
    // The measurements the import changed (those of rows rejected later
    // too: a row's savepoint undid those).
    const std::vector<RowId>& edited() const { return edited_; }

private:
    Result<std::optional<Measurement>> storedMeasurement(const ImportRow& row, RowId childId);
    Outcome updateMeasurement(const ImportRow& row, RowId childId, RowId posyanduId, bool rowNamesPosyandu,
                              const Measurement& old);

    ImportContext& context_;
    PlaceResolver& places_;
    ChildResolver& children_;
    MeasurementRepository measurements_;
    NameIds measurers_;

    std::optional<NativeStatement> insertMeasurement_;
    std::optional<NativeStatement> measurementByUid_;
    std::optional<NativeStatement> measurementByDay_;
    std::optional<NativeStatement> measurementById_;
    bool indexesDropped_ = false;
    std::optional<IndexSetAside> setAside_;
    InsertedRange inserted_;
    std::vector<RowId> edited_;
};

} // namespace tumbuh::records
