#pragma once
// Internal helpers of the store: how values travel between the value structs
// and SQLite columns (see src/store/README.md, "Storage conventions", for the
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

// Schema 5 stores a moment as INTEGER milliseconds since 1970-01-01T00:00:00Z,
// a calendar date as INTEGER days since 1970-01-01 and a uid as a 16-byte
// BLOB (RFC 4122 order); schemas 1-4 stored them as text (src/store/README.md,
// "Storage conventions"). Writers write the numbers only; every reader here
// takes both forms, so that a package of an older schema still reads.

// UTC, ISO-8601 with milliseconds and 'Z': the text form (audit JSON, files
// the program writes, schemas 1-4).
QString timestampText(const QDateTime& t);
qint64 timestampMs(const QDateTime& t); // milliseconds since the epoch, UTC
QDateTime timestampFromMs(qint64 ms);   // UTC
QDateTime timestampFrom(const QVariant& v);
QDateTime timestampFromText(const QString& s);
QDateTime timestampFromUtf8(const char* p, qsizetype n);
QVariant timestampValue(const QDateTime& t); // for binding: the milliseconds
QVariant timestampOrNull(const std::optional<QDateTime>& t);
std::optional<QDateTime> optionalTimestamp(const QVariant& v);

// Days since 1970-01-01; a null QDate is SQL NULL.
qint64 dayNumber(const QDate& d);
QDate dateFromDayNumber(qint64 days);
QVariant dateOrNull(const QDate& d);
QDate dateFrom(const QVariant& v);
QDate dateFromText(const QString& s);
QDate dateFromUtf8(const char* p, qsizetype n);

// The text form: lower case, no braces.
QString uidText(const QUuid& uid);
QByteArray uidBytes(const QUuid& uid); // the 16 bytes, RFC 4122 order
QVariant uidValue(const QUuid& uid);   // for binding: the 16 bytes; a null QUuid is NULL
QUuid uidFrom(const QVariant& v);
QUuid uidFromText(const QString& s);             // text only, as uidFrom reads it
QUuid uidFromLatin1(const char* p, qsizetype n); // text only
QUuid uidFromBytes(const char* p, qsizetype n);  // 16 bytes, or text
// Only 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' (either case); nullopt else.
std::optional<QUuid> uidFromCanonicalText(const char* p, qsizetype n);

// A column's value in the text form of schemas 1-4, by the column's name
// (uid/row_uid, *_on/birth_date/status_date, *_at/locked_until): for
// whatever shows or exports raw rows (the child's data export, a package's
// JSON) and must read as before. Other columns' values come back as they are.
QVariant textForm(QStringView column, const QVariant& v);

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
