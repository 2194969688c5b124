#pragma once
#include "records/storenames.h"
// The database side of one CSV import, row by row inside the importer's
// transaction: finds or creates the posyandu and the household
// (PlaceResolver), finds the child (ChildMatcher) or adds it, edits it when
// the row says something new (ChildResolver), then adds or edits the
// measurement (MeasurementResolver). This class runs them for each row and
// keeps the row's savepoint, the counts and the report.
//
// Rules live in the repositories: every row is checked with their
// validate(). Households and posyandu are added, and any existing row is
// edited, through the repositories (one audit entry per row, before and
// after). New children and new measurements are inserted with prepared
// statements after validate(), because a million rows must take seconds;
// they get one bulk_insert audit entry per table and import (count, id
// range, file name), as the repositories' addMany(AuditDetail::Summary). A row that creates something runs in a savepoint, so a
// rejected row leaves nothing behind (no posyandu or family without its child).
#include "records/import/childresolver.h"
#include "records/import/importcontext.h"
#include "records/import/importreport.h"
#include "records/import/importrow.h"
#include "records/import/importrowparser.h"
#include "records/import/measurementresolver.h"
#include "records/import/placeresolver.h"
#include "records/import/referencecheck.h"

#include <memory>
#include <optional>

namespace tumbuh::records {

class ImportSession {
public:
    // `checkReferences`: SQLite does not enforce the foreign keys during
    // this import (ForeignKeysOff); finish() then checks the references of
    // every row the import wrote (ReferenceCheck).
    static Result<std::unique_ptr<ImportSession>> start(Database& db, const ImportOptions& options,
                                                        ImportLayout layout, ImportReport& report,
                                                        bool checkReferences = false);

    // nullopt: the row was saved (or changed nothing). A problem: nothing of
    // the row was saved. An Error: the database failed; stop the import.
    Result<std::optional<ImportProblem>> process(const ImportRow& row);

    // The bulk audit entries, and the indexes rebuilt if they were set
    // aside; then the references checked when start() was asked to. `willCommit` false (dry run, all-or-nothing with rejected
    // rows): the transaction is about to be rolled back, which restores them.
    Result<void> finish(const QString& sourceName, bool willCommit);

private:
    ImportSession(Database& db, const ImportOptions& options, ImportLayout layout, ImportReport& report);
    Result<void> prepare(bool checkReferences);

    using Outcome = ImportContext::Outcome;
    Result<void> undoRow();
    void endRow(bool saved);

    ImportContext context_;
    ImportReport& report_;
    PlaceResolver places_;
    ChildResolver children_;
    MeasurementResolver measurements_;
    std::optional<ReferenceCheck> references_;
};

} // namespace tumbuh::records
