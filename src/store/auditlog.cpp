#include "store/auditlog.h"

#include "store/auditjson.h"
#include "store/database.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QJsonDocument>

namespace tumbuh::store {
namespace {

QVariant jsonOrNull(const QJsonObject& o)
{
    if (o.isEmpty())
        return QVariant();
    return QString::fromUtf8(compactJson(o));
}

QJsonObject jsonFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QString kColumns = QStringLiteral(
    "id, uid, created_at, user_id, table_name, row_uid, action, before_json, after_json");

AuditEntry read(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.uid = sql::uidFrom(q.value(1));
    e.at = sql::timestampFrom(q.value(2));
    e.userId = sql::optionalId(q.value(3));
    e.table = q.value(4).toString();
    e.rowUid = sql::uidFrom(q.value(5));
    e.action = codes::auditActionFrom(q.value(6).toString()).value_or(AuditAction::Update);
    e.before = jsonFrom(q.value(7));
    e.after = jsonFrom(q.value(8));
    return e;
}

} // namespace

Result<RowId> AuditLog::record(UserId who, const QString& table, const QUuid& rowUid, AuditAction action,
                               const QJsonObject& before, const QJsonObject& after)
{
    auto q = sql::exec(db_,
                       QStringLiteral("INSERT INTO audit_log (uid, created_at, user_id, table_name, row_uid, action, "
                                      "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {sql::uidValue(QUuid::createUuid()), sql::timestampValue(Database::now()),
                        who != 0 ? QVariant(static_cast<qlonglong>(who)) : QVariant(), table,
                        sql::uidValue(rowUid), codes::auditActionText(action),
                        jsonOrNull(before), jsonOrNull(after)});
    if (!q)
        return q.error();
    const RowId id = (*q)->lastInsertId().toLongLong();
    (*q)->finish();
    return id;
}

Result<std::vector<AuditEntry>> AuditLog::forRow(const QString& table, const QUuid& rowUid) const
{
    auto q = sql::exec(db_,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM audit_log WHERE table_name = ? AND row_uid = ? ORDER BY id"),
                       {table, sql::uidValue(rowUid)});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<AuditEntry> out;
    while ((*q)->next())
        out.push_back(read(**q));
    return out;
}

Result<std::vector<AuditEntry>> AuditLog::recent(int limit) const
{
    auto q = sql::exec(db_, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<AuditEntry> out;
    while ((*q)->next())
        out.push_back(read(**q));
    return out;
}

Result<qint64> AuditLog::count() const
{
    auto v = sql::scalar(db_, QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace tumbuh::store
