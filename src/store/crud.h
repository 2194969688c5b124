#pragma once
// Internal: what every repository does the same way, from the entity's
// description: read one row (by id, by uid), add, update and soft-remove,
// each write with its audit entry in the same transaction (a savepoint inside
// the caller's, if any), so that a change is never saved without its record,
// nor half-saved. The repositories keep their normalisation, validation and
// queries, and hand them in as `check`.
#include "store/auditlog.h"
#include "store/database.h"
#include "store/entity.h"
#include "store/messages.h"
#include "store/nameids.h"
#include "store/result.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

#include <QString>
#include <QUuid>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <vector>

namespace tumbuh::store {

template <typename T>
class Crud {
public:
    explicit Crud(Database& db) : db_(db), e_(table<T>()) { }

    // The row `where` selects ("WHERE uid = ?"), deleted or not.
    Result<std::optional<T>> fetch(const QString& where, const QVariant& key) const
    {
        auto q = sql::exec(db_, selectSql() + where, {key});
        if (!q)
            return q.error();
        sql::Finisher done(*q);
        if (!(*q)->next())
            return std::optional<T>();
        return std::optional<T>(e_.read(QtRow(**q)));
    }

    // Live rows only; else ErrorCode::NotFound on the entity's id field.
    Result<T> get(RowId id) const
    {
        auto r = fetch(QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), id);
        if (!r)
            return r.error();
        if (!*r)
            return msg::notFound(e_.idField());
        return **r;
    }

    // Deleted rows too.
    Result<std::optional<T>> findByUid(const QUuid& uid) const
    {
        return fetch(QStringLiteral("WHERE uid = ?"), sql::uidValue(uid));
    }

    // Every row `where` selects ("WHERE ... ORDER BY ...").
    Result<std::vector<T>> list(const QString& where, const QVariantList& values = {}) const
    {
        auto q = sql::exec(db_, selectSql() + where, values);
        if (!q)
            return q.error();
        sql::Finisher done(*q);
        std::vector<T> out;
        while ((*q)->next())
            out.push_back(e_.read(QtRow(**q)));
        return out;
    }

    // `check(T&)` normalises and validates the new row; its warnings travel
    // with the saved row.
    template <typename Check>
    Result<T> add(T row, UserId who, Stamp stamp, Check&& check)
    {
        if (auto w = db_.checkWritable(); !w)
            return w.error();
        if (stamp == Stamp::Now)
            row.meta.deletedAt.reset();
        row.meta.id = 0;
        auto v = check(row);
        if (!v)
            return v.error();
        sql::stampInsert(row.meta, stamp);
        auto saved = insert(std::move(row), who);
        if (saved)
            saved.addWarnings(v.warnings());
        return saved;
    }

    // `check(T&, const T& stored)` normalises and validates the row, already
    // stamped from the stored one (a deleted one only under Stamp::Keep).
    template <typename Check>
    Result<T> update(T row, UserId who, Stamp stamp, Check&& check)
    {
        if (auto w = db_.checkWritable(); !w)
            return w.error();
        auto stored = fetch(QStringLiteral("WHERE id = ?"), row.meta.id);
        if (!stored)
            return stored.error();
        if (!*stored || ((*stored)->meta.isDeleted() && stamp == Stamp::Now))
            return msg::notFound(e_.idField());
        sql::stampUpdate(row.meta, (*stored)->meta, stamp);
        auto v = check(row, **stored);
        if (!v)
            return v.error();
        auto saved = write(std::move(row), **stored, who, AuditAction::Update);
        if (saved)
            saved.addWarnings(v.warnings());
        return saved;
    }

    // The soft delete of a live row; `refuse(const T& stored)` may say why
    // not (a household that children still belong to).
    template <typename Refuse>
    Result<void> remove(RowId id, UserId who, Refuse&& refuse)
    {
        if (auto w = db_.checkWritable(); !w)
            return w.error();
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (auto r = refuse(*stored); !r)
            return r.error();
        T row = *stored;
        row.meta.deletedAt = Database::now();
        row.meta.updatedAt = *row.meta.deletedAt;
        auto r = write(std::move(row), *stored, who, AuditAction::Delete);
        if (!r)
            return r.error();
        return {};
    }

    Result<void> remove(RowId id, UserId who)
    {
        return remove(id, who, [](const T&) { return Result<void>(); });
    }

    // The INSERT alone, its meta already stamped (bulk writers audit as they choose).
    Result<RowId> insertRow(const T& row)
    {
        const RowMeta& m = row.meta;
        QVariantList all{sql::uidValue(m.uid), sql::timestampValue(m.createdAt), sql::timestampValue(m.updatedAt),
                         sql::timestampOrNull(m.deletedAt)};
        all += e_.values(row);
        if (auto n = namesToIds(all, 4); !n)
            return n.error();
        auto q = sql::exec(db_, e_.insertSql(), all);
        if (!q)
            return q.error();
        const RowId id = (*q)->lastInsertId().toLongLong();
        (*q)->finish();
        return id;
    }

private:
    // The named columns' texts (Column::names), from `first` on in `values`,
    // become the ids of their rows in the table of names, added when new
    // (inside the write's transaction: a failed write takes them back).
    Result<void> namesToIds(QVariantList& values, qsizetype first)
    {
        const auto& columns = e_.columns();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i].names.isEmpty())
                continue;
            QVariant& v = values[first + static_cast<qsizetype>(i)];
            auto id = NameIds(db_, columns[i].names).idOf(v.toString());
            if (!id)
                return id.error();
            v = *id;
        }
        return {};
    }

    const QString& selectSql() const
    {
        // One text per entity (the Entity lives as long as the program).
        static const QString s = QStringLiteral("SELECT ") + e_.selectList() + QStringLiteral(" FROM ")
                               + e_.table() + QLatin1Char(' ');
        return s;
    }

    Result<T> insert(T row, UserId who)
    {
        auto tx = Transaction::begin(db_);
        if (!tx)
            return tx.error();
        auto id = insertRow(row);
        if (!id)
            return id.error();
        row.meta.id = *id;
        if (auto a = AuditLog(db_).record(who, e_.table(), row.meta.uid, AuditAction::Insert, {}, e_.json(row)); !a)
            return a.error();
        if (auto c = tx->commit(); !c)
            return c.error();
        return row;
    }

    // `action` is Update or Delete (a soft delete is an update of deleted_at).
    Result<T> write(T row, const T& stored, UserId who, AuditAction action)
    {
        auto tx = Transaction::begin(db_);
        if (!tx)
            return tx.error();
        const RowMeta& m = row.meta;
        QVariantList all{sql::timestampValue(m.createdAt), sql::timestampValue(m.updatedAt),
                         sql::timestampOrNull(m.deletedAt)};
        all += e_.values(row);
        if (auto n = namesToIds(all, 3); !n)
            return n.error();
        all << m.id;
        auto q = sql::exec(db_, e_.updateSql(), all);
        if (!q)
            return q.error();
        (*q)->finish();
        if (auto a = AuditLog(db_).record(who, e_.table(), m.uid, action, e_.json(stored), e_.json(row)); !a)
            return a.error();
        if (auto c = tx->commit(); !c)
            return c.error();
        return row;
    }

    Database& db_;
    const Entity<T>& e_;
};

// For Crud::remove of a row that children refer to by `column` (a posyandu,
// a household): ErrorCode::InUse while live ones do.
inline Result<void> refuseWhileLiveChildren(Database& db, const QString& column, RowId id)
{
    auto children = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM children WHERE %1 = ? AND deleted_at IS NULL").arg(column), {id});
    if (!children)
        return children.error();
    if (children->toLongLong() > 0)
        return msg::inUse(column, children->toLongLong());
    return {};
}

} // namespace tumbuh::store
