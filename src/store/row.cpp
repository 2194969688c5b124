#include "store/row.h"

#include "store/sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace tumbuh::store {

std::optional<QDateTime> Row::optionalTimestamp(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return timestamp(column);
}

std::optional<RowId> Row::optionalId(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

RowMeta Row::meta(int first) const
{
    RowMeta m;
    m.id = integer(first);
    m.uid = uid(first + 1);
    m.createdAt = timestamp(first + 2);
    m.updatedAt = timestamp(first + 3);
    m.deletedAt = optionalTimestamp(first + 4);
    return m;
}

bool QtRow::isNull(int column) const
{
    return q_.isNull(column);
}

qint64 QtRow::integer(int column) const
{
    return q_.value(column).toLongLong();
}

QString QtRow::text(int column) const
{
    const QVariant v = q_.value(column);
    return v.isNull() ? QString() : v.toString();
}

QDate QtRow::date(int column) const
{
    return sql::dateFrom(q_.value(column));
}

QDateTime QtRow::timestamp(int column) const
{
    return sql::timestampFrom(q_.value(column));
}

QUuid QtRow::uid(int column) const
{
    return sql::uidFrom(q_.value(column));
}

bool NativeRow::isNull(int column) const
{
    return sqlite3_column_type(st_, column) == SQLITE_NULL;
}

qint64 NativeRow::integer(int column) const
{
    return sqlite3_column_int64(st_, column);
}

QString NativeRow::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(st_, column));
}

} // namespace tumbuh::store

namespace tumbuh::store {

QDate NativeRow::date(int column) const
{
    switch (sqlite3_column_type(st_, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return sql::dateFromDayNumber(sqlite3_column_int64(st_, column));
    default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        return p ? sql::dateFromUtf8(p, sqlite3_column_bytes(st_, column)) : QDate();
    }
    }
}

QDateTime NativeRow::timestamp(int column) const
{
    switch (sqlite3_column_type(st_, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return sql::timestampFromMs(sqlite3_column_int64(st_, column));
    default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        return p ? sql::timestampFromUtf8(p, sqlite3_column_bytes(st_, column)) : QDateTime();
    }
    }
}

QUuid NativeRow::uid(int column) const
{
    switch (sqlite3_column_type(st_, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB: {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(st_, column));
        return sql::uidFromBytes(p, sqlite3_column_bytes(st_, column));
    }
    default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        return p ? sql::uidFromLatin1(p, sqlite3_column_bytes(st_, column)) : QUuid();
    }
    }
}

} // namespace tumbuh::store
