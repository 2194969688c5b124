#pragma once
// Internal: the one way every repository writes a row. The row and its audit
// entry go into the same transaction (a savepoint inside the caller's, if
// any), so that a change is never saved without its record, nor half-saved.
#include "store/auditlog.h"
#include "store/database.h"
#include "store/rowjson.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tumbuh::store::rowwriter {

struct Table {
    QString name;
    QStringList columns;  // the entity's own columns, after the common ones
    QString insertSql;
    QString updateSql;
};

// Builds the INSERT (uid, created_at, updated_at, deleted_at, columns...) and
// UPDATE (created_at, updated_at, deleted_at, columns... WHERE id) texts.
Table makeTable(const QString& name, const QStringList& columns);

Result<RowId> insertRow(Database& db, const Table& t, const RowMeta& meta, const QVariantList& values);
Result<void> updateRow(Database& db, const Table& t, const RowMeta& meta, const QVariantList& values);

template <typename T>
Result<T> insert(Database& db, const Table& t, T row, const QVariantList& values, UserId who)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto id = insertRow(db, t, row.meta, values);
    if (!id)
        return id.error();
    row.meta.id = *id;
    if (auto a = AuditLog(db).record(who, t.name, row.meta.uid, AuditAction::Insert, {}, toJson(row)); !a)
        return a.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    return row;
}

// `action` is Update or Delete (a soft delete is an update of deleted_at).
template <typename T>
Result<T> update(Database& db, const Table& t, T row, const T& stored, const QVariantList& values, UserId who,
                 AuditAction action)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto u = updateRow(db, t, row.meta, values); !u)
        return u.error();
    if (auto a = AuditLog(db).record(who, t.name, row.meta.uid, action, toJson(stored), toJson(row)); !a)
        return a.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    return row;
}

// The soft delete every repository does once its own checks passed.
template <typename T>
Result<void> softDelete(Database& db, const Table& t, const T& stored, const QVariantList& values, UserId who)
{
    T row = stored;
    row.meta.deletedAt = Database::now();
    row.meta.updatedAt = *row.meta.deletedAt;
    auto r = update(db, t, row, stored, values, who, AuditAction::Delete);
    if (!r)
        return r.error();
    return {};
}

} // namespace tumbuh::store::rowwriter
