#pragma once
// Internal helpers of the store: how values travel between the value structs
// and SQLite columns (see resources/migrations/0001_initial.sql for the
// conventions), and running cached prepared statements.
#include "store/result.h"
#include "store/rowmeta.h"

#include "growth/types.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <optional>

class QSqlError;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::store::sql {

// UTC, ISO-8601 with milliseconds and 'Z': sorts as text.
QString timestampText(const QDateTime& t);
QDateTime timestampFrom(const QVariant& v);
QDateTime timestampFromText(const QString& s);
QDateTime timestampFromUtf8(const char* p, qsizetype n);
QVariant timestampOrNull(const std::optional<QDateTime>& t);
std::optional<QDateTime> optionalTimestamp(const QVariant& v);

// 'YYYY-MM-DD'; a null QDate is SQL NULL.
QVariant dateOrNull(const QDate& d);
QDate dateFrom(const QVariant& v);
QDate dateFromText(const QString& s);
QDate dateFromUtf8(const char* p, qsizetype n);

// Lower case, no braces.
QString uidText(const QUuid& uid);
QUuid uidFrom(const QVariant& v);
QUuid uidFromText(const QString& s);
QUuid uidFromLatin1(const char* p, qsizetype n);

QVariant textOrNull(const QString& s); // empty = NULL
QString textFrom(const QVariant& v);   // NULL = empty
QVariant idOrNull(const std::optional<RowId>& id);
std::optional<RowId> optionalId(const QVariant& v);

template <typename Unit>
QVariant unitOrNull(const std::optional<Unit>& u)
{
    return u ? QVariant(static_cast<qlonglong>(u->value)) : QVariant();
}

template <typename Unit>
std::optional<Unit> optionalUnit(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return Unit{static_cast<std::int32_t>(v.toLongLong())};
}

// An unexpected database error as an Error value (ErrorCode::Sql, or
// ErrorCode::ReadOnly when SQLite says the file cannot be written).
Error errorFrom(const QSqlError& e);

// Prepares `sql` once per connection (cached), binds `values` by position and
// executes. The statement stays cached: read it, then let a Finisher (or
// finish()) release it.
Result<QSqlQuery*> exec(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});
Result<QSqlQuery*> exec(Database& db, const QString& sql, const QVariantList& values);

// Runs a statement that returns one value (or none: a null QVariant).
Result<QVariant> scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});

class Finisher {
public:
    explicit Finisher(QSqlQuery* q) : q_(q) { }
    ~Finisher()
    {
        if (q_) q_->finish();
    }
    Finisher(const Finisher&) = delete;
    Finisher& operator=(const Finisher&) = delete;

private:
    QSqlQuery* q_;
};

// created_at, updated_at, deleted_at for a write, following `stamp`.
void stampInsert(RowMeta& meta, Stamp stamp);
void stampUpdate(RowMeta& meta, const RowMeta& stored, Stamp stamp);

} // namespace tumbuh::store::sql
