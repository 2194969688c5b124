#include "store/auditwriter.h"

#include "store/auditjson.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"
#include "store/uidbytes.h"

#include <QJsonObject>
#include <QUuid>

#include <sqlite3.h>

namespace tumbuh::store {
namespace {

void bindText(sqlite3_stmt* s, int index, const QByteArray& utf8)
{
    sqlite3_bind_text(s, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

// The object's JSON (reusing the buffer), or NULL when it is empty.
void bindJson(sqlite3_stmt* s, int index, QByteArray& buffer, const QJsonObject& o)
{
    if (o.isEmpty()) {
        sqlite3_bind_null(s, index);
        return;
    }
    buffer.clear();
    appendCompactJson(buffer, o);
    sqlite3_bind_text(s, index, buffer.constData(), static_cast<int>(buffer.size()), SQLITE_STATIC);
}

} // namespace

AuditWriter::AuditWriter(Database& db) : db_(db), handle_(static_cast<sqlite3*>(db.nativeHandle())) { }

AuditWriter::~AuditWriter()
{
    sqlite3_finalize(insert_);
}

Error AuditWriter::error() const
{
    return msg::sqliteError(handle_ ? sqlite3_extended_errcode(handle_) : SQLITE_MISUSE,
                            QString::fromUtf8(handle_ ? sqlite3_errmsg(handle_) : "no connection"));
}

Result<RowId> AuditWriter::record(UserId who, const QString& table, const QUuid& rowUid, AuditAction action,
                                  const QJsonObject& before, const QJsonObject& after)
{
    if (!handle_)
        return error();
    if (!insert_) {
        static const char kSql[] = "INSERT INTO audit_log (uid, created_at, user_id, table_name, row_uid, action, "
                                   "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v3(handle_, kSql, sizeof kSql - 1, SQLITE_PREPARE_PERSISTENT, &insert_, nullptr) != SQLITE_OK) {
            Error e = error();
            sqlite3_finalize(insert_);
            insert_ = nullptr;
            return e;
        }
    }
    sqlite3_stmt* s = insert_;
    const UidBytes uid(QUuid::createUuid());
    sqlite3_bind_blob(s, 1, uid.data(), UidBytes::size(), SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, sql::timestampMs(Database::now()));
    if (who != 0)
        sqlite3_bind_int64(s, 3, who);
    else
        sqlite3_bind_null(s, 3);
    bindText(s, 4, table.toUtf8());
    if (rowUid.isNull()) {
        sqlite3_bind_null(s, 5);
    } else {
        const UidBytes row(rowUid);
        sqlite3_bind_blob(s, 5, row.data(), UidBytes::size(), SQLITE_TRANSIENT);
    }
    bindText(s, 6, codes::auditActionText(action).toUtf8());
    bindJson(s, 7, before_, before);
    bindJson(s, 8, after_, after);
    const int rc = sqlite3_step(s);
    Result<RowId> out = rc == SQLITE_DONE ? Result<RowId>(static_cast<RowId>(sqlite3_last_insert_rowid(handle_))) : Result<RowId>(error());
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return out;
}

} // namespace tumbuh::store
