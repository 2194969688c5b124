#pragma once
// Internal: one result row, whichever way it was read (a QSqlQuery, or a
// native statement for the long lists), with the conversions from the
// storage conventions (src/store/README.md): date(), timestamp() and uid()
// read schema 5's numbers and blobs, and the text of schemas 1-4.
#include "store/rowmeta.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>

class QSqlQuery;
struct sqlite3_stmt;

namespace tumbuh::store {

class Row {
public:
    virtual ~Row() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0; // NULL = empty

    // Either form (a number or a blob of schema 5, text of schemas 1-4);
    // NativeRow reads SQLite's values directly, sparing a QString per value
    // on long lists.
    virtual QDate date(int column) const = 0;
    virtual QDateTime timestamp(int column) const = 0;
    virtual QUuid uid(int column) const = 0;
    std::optional<QDateTime> optionalTimestamp(int column) const;
    std::optional<RowId> optionalId(int column) const;
    // "id, uid, created_at, updated_at, deleted_at" from `first` on.
    RowMeta meta(int first) const;

    template <typename Unit>
    std::optional<Unit> unit(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return Unit{static_cast<std::int32_t>(integer(column))};
    }
};

class QtRow final : public Row {
public:
    explicit QtRow(const QSqlQuery& q) : q_(q) { }
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QDate date(int column) const override;
    QDateTime timestamp(int column) const override;
    QUuid uid(int column) const override;

private:
    const QSqlQuery& q_;
};

class NativeRow final : public Row {
public:
    explicit NativeRow(sqlite3_stmt* st) : st_(st) { }
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QDate date(int column) const override;
    QDateTime timestamp(int column) const override;
    QUuid uid(int column) const override;

private:
    sqlite3_stmt* st_;
};

} // namespace tumbuh::store
