#pragma once
#include "records/storenames.h"
// The database side of one CSV import, row by row inside the importer's
// transaction: finds or creates the posyandu and the household, finds the
// child (ChildMatcher) or adds it, edits it when the row says something new,
// then adds or edits the measurement.
//
// Rules live in the repositories: every row is checked with their
// validate(). Households and posyandu are added, and any existing row is
// edited, through the repositories (one audit entry per row, before and
// after). New children and new measurements are inserted with prepared
// statements after validate(), because a million rows must take seconds;
// they get one bulk_insert audit entry per table and import (count, id
// range, file name), as the repositories' addMany(AuditDetail::Summary). A row that creates something runs in a savepoint, so a
// rejected row leaves nothing behind (no posyandu or family without its child).
#include "records/import/childmatcher.h"
#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "records/import/importreport.h"
#include "records/import/importrow.h"
#include "records/import/importrowparser.h"
#include "records/indexsetaside.h"
#include "store/measurementrepository.h"
#include "records/nativestatement.h"
#include "store/posyandurepository.h"
#include "records/timeuuid.h"
#include "store/transaction.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

#include <memory>
#include <optional>

namespace tumbuh::records {

class ImportSession {
public:
    static Result<std::unique_ptr<ImportSession>> start(Database& db, const ImportOptions& options,
                                                        ImportLayout layout, ImportReport& report);

    // nullopt: the row was saved (or changed nothing). A problem: nothing of
    // the row was saved. An Error: the database failed; stop the import.
    Result<std::optional<ImportProblem>> process(const ImportRow& row);

    // The bulk audit entries, and the indexes rebuilt if they were set
    // aside. `willCommit` false (dry run, all-or-nothing with rejected
    // rows): the transaction is about to be rolled back, which restores them.
    Result<void> finish(const QString& sourceName, bool willCommit);

private:
    ImportSession(Database& db, const ImportOptions& options, ImportLayout layout, ImportReport& report);
    Result<void> prepare();

    using Outcome = Result<std::optional<ImportProblem>>;
    // Resolving what a row refers to; `id` is set when found or created.
    Outcome posyanduFor(const QUuid& uid, const QString& name, const ImportRow& row, RowId& id);
    Outcome householdFor(const ImportRow& row, RowId posyanduId, std::optional<RowId>& id);
    Outcome childFor(const ImportRow& row, RowId& id);
    Outcome addChild(const ImportRow& row, RowId& id);
    Outcome updateChild(const ImportRow& row, RowId id);
    Outcome nikBelongsToAnother(const ImportRow& row, RowId id);
    Outcome recheckMeasurements(const Child& stored, const Child& changed);
    Outcome measurementFor(const ImportRow& row, RowId childId);
    Result<std::optional<Measurement>> storedMeasurement(const ImportRow& row, RowId childId);
    Outcome updateMeasurement(const ImportRow& row, RowId childId, RowId posyanduId, bool rowNamesPosyandu,
                              const Measurement& old);
    Result<const Child*> cachedChild(RowId id);

    Result<void> beginRowSavepoint();
    Result<void> undoRow();
    // A failed call as a row problem (validation) or an Error (database).
    Outcome refused(const Error& e, const std::function<Result<void>()>& revalidate);
    void warn(const std::vector<Warning>& warnings);

    Database& db_;
    const ImportOptions& options_;
    ImportLayout layout_;
    ImportReport& report_;
    ChildRepository children_;
    MeasurementRepository measurements_;
    HouseholdRepository households_;
    PosyanduRepository posyandu_;
    std::optional<ChildMatcher> matcher_;

    QHash<QString, RowId> posyanduByName_; // lower-case simplified name -> live posyandu
    QHash<QUuid, RowId> posyanduByUid_;
    QHash<QString, RowId> householdByKey_; // posyandu, address, RT, RW, mother
    QHash<QUuid, RowId> householdByUid_;
    // What the import knows of each child it touched, by id (dense: a
    // vector, not a hash, as a million rows look a child up twice each).
    struct ChildEntry {
        Child child;
        char outcome = 0; // over the whole import: 'a' added, 'u' updated, 'n' unchanged
        // Measurements inserted by this import (julian day, id), for "same
        // child, same day" while the measurement indexes are set aside.
        std::vector<std::pair<qint64, RowId>> days;
    };
    std::vector<std::unique_ptr<ChildEntry>> entries_;
    Result<ChildEntry*> entry(RowId id);
    RowId defaultPosyandu_ = 0;

    std::optional<NativeStatement> insertChild_;
    std::optional<NativeStatement> insertMeasurement_;
    std::optional<NativeStatement> measurementByUid_;
    std::optional<NativeStatement> measurementByDay_;
    std::optional<NativeStatement> measurementById_;
    // Into a database without measurements, their secondary indexes are set
    // aside for the import and built once at the end (a sort instead of a
    // million random inserts: about twice as fast). The lookup "same child,
    // same day" then uses ChildEntry::days.
    bool indexesDropped_ = false;
    std::optional<IndexSetAside> setAside_;

    QByteArray now_;
    TimeUuid uids_;
    struct Inserted {
        qint64 first = 0;
        qint64 last = 0;
        qint64 count = 0;
        void add(qint64 id)
        {
            if (count++ == 0)
                first = id;
            last = id;
        }
    };
    Inserted childrenInserted_;
    Inserted measurementsInserted_;

    // The current row's savepoint and what it added to the caches, undone
    // when the row is rejected.
    std::optional<Transaction> rowTx_;
    QList<QString> rowPosyanduNames_;
    QList<QUuid> rowPosyanduUids_;
    QList<QString> rowHouseholdKeys_;
    QList<QUuid> rowHouseholdUids_;
    QList<RowId> rowChildrenAdded_;
    QList<RowId> rowChildrenEdited_;
    struct RowCounts {
        qint64 posyandu = 0;
        qint64 households = 0;
        ImportCounts children;
        ImportCounts measurements;
    } row_;
    std::vector<Warning> rowWarnings_;
    std::optional<std::pair<RowId, char>> rowChild_; // 'a' added, 'u' updated, 'n' unchanged
    void endRow(bool saved);
};

} // namespace tumbuh::records
