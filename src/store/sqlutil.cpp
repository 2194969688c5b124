#include "sqlutil.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace tumbuh::store::sql {

QString timestampText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QVariant timestampOrNull(const std::optional<QDateTime>& t)
{
    return t ? QVariant(timestampText(*t)) : QVariant();
}

std::optional<QDateTime> optionalTimestamp(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return timestampFrom(v);
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString uidText(const QUuid& uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QUuid uidFrom(const QVariant& v)
{
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString textFrom(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

QVariant idOrNull(const std::optional<RowId>& id)
{
    return id && *id != 0 ? QVariant(static_cast<qlonglong>(*id)) : QVariant();
}

std::optional<RowId> optionalId(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Error errorFrom(const QSqlError& e)
{
    const QString native = e.nativeErrorCode();
    // SQLITE_READONLY is 8; extended codes keep it in the low byte.
    if (!native.isEmpty() && (native.toInt() & 0xff) == 8) {
        return Error{ErrorCode::ReadOnly, {},
                     QCoreApplication::translate("tumbuh::store",
                                                 "The database is read-only: the change was not saved."),
                     {}, {}};
    }
    return Error{ErrorCode::Sql, {},
                 QCoreApplication::translate("tumbuh::store", "Database error: %1").arg(e.text()), {}, {}};
}

Result<QSqlQuery*> exec(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    return exec(db, sql, QVariantList(values));
}

Result<QSqlQuery*> exec(Database& db, const QString& sql, const QVariantList& values)
{
    auto prepared = db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    if (!q.exec()) {
        Error e = errorFrom(q.lastError());
        q.finish();
        return e;
    }
    return &q;
}

Result<QVariant> scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    Finisher done(*q);
    if (!(*q)->next())
        return QVariant();
    return (*q)->value(0);
}

void stampInsert(RowMeta& meta, Stamp stamp)
{
    const QDateTime now = Database::now();
    if (stamp == Stamp::Now) {
        if (meta.uid.isNull())
            meta.uid = QUuid::createUuid();
        meta.createdAt = now;
        meta.updatedAt = now;
        meta.deletedAt.reset();
        return;
    }
    // Keep: fill only what is missing, so a half-filled meta still yields a row.
    if (meta.uid.isNull())
        meta.uid = QUuid::createUuid();
    if (!meta.createdAt.isValid())
        meta.createdAt = now;
    if (!meta.updatedAt.isValid())
        meta.updatedAt = meta.createdAt;
}

void stampUpdate(RowMeta& meta, const RowMeta& stored, Stamp stamp)
{
    meta.id = stored.id;
    meta.uid = stored.uid;  // a row's uid never changes
    if (stamp == Stamp::Now) {
        meta.createdAt = stored.createdAt;
        meta.updatedAt = Database::now();
        meta.deletedAt = stored.deletedAt;
        return;
    }
    if (!meta.createdAt.isValid())
        meta.createdAt = stored.createdAt;
    if (!meta.updatedAt.isValid())
        meta.updatedAt = Database::now();
}

RowMeta readMeta(const QSqlQuery& q, int first)
{
    RowMeta m;
    m.id = q.value(first).toLongLong();
    m.uid = uidFrom(q.value(first + 1));
    m.createdAt = timestampFrom(q.value(first + 2));
    m.updatedAt = timestampFrom(q.value(first + 3));
    m.deletedAt = optionalTimestamp(q.value(first + 4));
    return m;
}

} // namespace tumbuh::store::sql
