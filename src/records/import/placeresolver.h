#pragma once
#include "records/storenames.h"
// The places a CSV row names: finds or creates the posyandu (by UID, or by
// name compared case- and space-insensitively, or the import's default) and
// the household (by UID, or by posyandu, address, RT, RW and mother's name).
// The live ones are read once at the start and kept in memory for the whole
// import; the ones a rejected row created are forgotten again (undoRow).
#include "records/import/importcontext.h"
#include "records/import/importrow.h"
#include "store/householdrepository.h"
#include "store/posyandurepository.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace tumbuh::records {

class PlaceResolver {
public:
    explicit PlaceResolver(ImportContext& context);

    // Reads the live posyandu and households.
    Result<void> load();

    using Outcome = ImportContext::Outcome;
    // `id` is set when found or created (0: no posyandu given and no default).
    Outcome posyanduFor(const QUuid& uid, const QString& name, const ImportRow& row, RowId& id);
    Outcome householdFor(const ImportRow& row, RowId posyanduId, std::optional<RowId>& id);

    // The row was rejected: deletes the households it added outside a
    // savepoint (their audit entries were never written); then undoRow().
    Result<void> eraseRowAdded();
    // The row was rejected (its savepoint rolled back): forget what it added.
    void undoRow();
    void endRow();

private:
    ImportContext& context_;
    HouseholdRepository households_;
    PosyanduRepository posyandu_;

    QHash<QString, RowId> posyanduByName_; // lower-case simplified name -> live posyandu
    QHash<QUuid, RowId> posyanduByUid_;
    QHash<QString, RowId> householdByKey_; // posyandu, address, RT, RW, mother
    QHash<QUuid, RowId> householdByUid_;
    // The posyandu name of the last row found by name (a file is mostly a
    // run of rows from one posyandu): its key is not made again.
    QString lastPosyanduName_;
    RowId lastPosyanduId_ = 0;
    // New households: inserted as HouseholdRepository::add() would (same
    // rules, same row, same audit entry), without its per-call statements.
    std::optional<NativeStatement> insertHousehold_;
    Result<RowId> addHousehold(Household& h);

    // What the current row added to the caches.
    QList<QString> rowPosyanduNames_;
    QList<QUuid> rowPosyanduUids_;
    QList<QString> rowHouseholdKeys_;
    QList<QUuid> rowHouseholdUids_;
    QList<RowId> rowHouseholdsUnguarded_; // added outside the row's savepoint
};

} // namespace tumbuh::records
