#pragma once
// Internal: an entity's table described once (store/<entity>columns.h), and
// what follows from it: the select list, reading a row into the struct, the
// values bound for a write, the INSERT and UPDATE texts and the JSON the
// audit log keeps as before/after. Every stored row starts with the common
// columns "id, uid, created_at, updated_at, deleted_at" (RowMeta).
#include "store/column.h"
#include "store/rowmeta.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <initializer_list>
#include <utility>
#include <vector>

namespace tumbuh::store {

// The common columns, in the order every select list starts with.
inline constexpr std::array<const char*, 5> kMetaColumns{"id", "uid", "created_at", "updated_at", "deleted_at"};
inline constexpr int kMetaColumnCount = static_cast<int>(kMetaColumns.size());

template <typename T>
class Entity {
public:
    // `idField` names a missing row in errors ("household_id").
    Entity(QString table, QString idField, std::initializer_list<Column<T>> columns)
        : table_(std::move(table)), idField_(std::move(idField)), columns_(columns)
    {
        QStringList names;
        for (const Column<T>& c : columns_)
            names << c.name;
        const QStringList inserted = QStringList{QStringLiteral("uid"), QStringLiteral("created_at"),
                                                 QStringLiteral("updated_at"), QStringLiteral("deleted_at")}
                                   + names;
        insertSql_ = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table_, inserted.join(QStringLiteral(", ")), marks(inserted.size()));
        QStringList sets;
        for (const QString& n : QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                            QStringLiteral("deleted_at")}
                                    + names)
            sets << n + QStringLiteral(" = ?");
        updateSql_ = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table_, sets.join(QStringLiteral(", ")));
    }

    const QString& table() const { return table_; }
    const QString& idField() const { return idField_; }
    // The common columns and the entity's own: where a second struct read
    // from the same row starts.
    int columnCount() const { return kMetaColumnCount + static_cast<int>(columns_.size()); }

    // "a.id, a.uid, ..., a.notes" (no alias: "id, uid, ...").
    QString selectList(const QString& alias = {}) const
    {
        const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
        QStringList out;
        for (const char* meta : kMetaColumns)
            out << prefix + QLatin1String(meta);
        for (const Column<T>& c : columns_)
            out << c.select(prefix);
        return out.join(QStringLiteral(", "));
    }

    // By column index, from `first` on: no name lookups per row.
    T read(const Row& r, int first = 0) const
    {
        T out;
        out.meta = r.meta(first);
        int i = first + kMetaColumnCount;
        for (const Column<T>& c : columns_)
            c.read(r, i++, out);
        return out;
    }

    // The entity's own columns, in order (after the common ones).
    const std::vector<Column<T>>& columns() const { return columns_; }

    // The values of the entity's own columns, in order; a named column's
    // (Column::names) is its text, which the writer turns into the id
    // (Crud, store/nameids.h).
    QVariantList values(const T& row) const
    {
        QVariantList out;
        out.reserve(static_cast<qsizetype>(columns_.size()));
        for (const Column<T>& c : columns_)
            out << c.value(row);
        return out;
    }

    // Keyed by column name; what the audit log keeps.
    QJsonObject json(const T& row) const
    {
        QJsonObject o;
        const RowMeta& m = row.meta;
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("uid"), sql::uidText(m.uid));
        o.insert(QStringLiteral("created_at"), sql::timestampText(m.createdAt));
        o.insert(QStringLiteral("updated_at"), sql::timestampText(m.updatedAt));
        o.insert(QStringLiteral("deleted_at"),
                 m.deletedAt ? QJsonValue(sql::timestampText(*m.deletedAt)) : QJsonValue());
        for (const Column<T>& c : columns_)
            o.insert(c.jsonKey(), c.json(row));
        return o;
    }

    // INSERT (uid, created_at, updated_at, deleted_at, columns...) and
    // UPDATE (created_at, updated_at, deleted_at, columns... WHERE id).
    const QString& insertSql() const { return insertSql_; }
    const QString& updateSql() const { return updateSql_; }

    // The column that stores `Member`, for writers that bind their own values
    // (the demo city): name(&Household::fatherNik) is "father_nik".
    template <auto Member>
    QString name() const
    {
        const Column<T>* c = columnOf<Member>();
        return c ? c->name : QString();
    }

    // The table of names a named column's ids refer to (Column::names):
    // namesOf(&Measurement::measuredBy) is "measurers".
    template <auto Member>
    QString namesOf() const
    {
        const Column<T>* c = columnOf<Member>();
        return c ? c->names : QString();
    }

    // "INSERT INTO t (id, uid, <the members' columns>, created_at, updated_at,
    // deleted_at) VALUES (?, ...)", for bulk writers that choose the columns
    // they fill (`withId`: the writer gives the ids too).
    template <auto... Members>
    QString bulkInsertSql(bool withId) const
    {
        QStringList all = withId ? QStringList{QStringLiteral("id"), QStringLiteral("uid")}
                                 : QStringList{QStringLiteral("uid")};
        all += QStringList{name<Members>()...};
        all += {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table_, all.join(QStringLiteral(", ")), marks(all.size()));
    }

private:
    // The column that stores `Member`, or null.
    template <auto Member>
    const Column<T>* columnOf() const
    {
        for (const Column<T>& c : columns_) {
            if (c.member == &memberKey<Member>)
                return &c;
        }
        return nullptr;
    }

    static QString marks(qsizetype n)
    {
        QStringList out;
        for (qsizetype i = 0; i < n; ++i)
            out << QStringLiteral("?");
        return out.join(QStringLiteral(", "));
    }

    QString table_;
    QString idField_;
    std::vector<Column<T>> columns_;
    QString insertSql_;
    QString updateSql_;
};

// The description of T's table: table<Household>(), specialised in
// store/householdcolumns.h and its siblings.
template <typename T>
const Entity<T>& table();

} // namespace tumbuh::store
