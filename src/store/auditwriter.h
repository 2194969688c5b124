#pragma once
// Internal: AuditLog::record for a writer that records many entries in one
// transaction (an import adds one per household). Its INSERT is prepared once
// on the sqlite3 handle under the Database's Qt connection, and the JSON is
// written by appendCompactJson; the rows are the same as record()'s.
#include "store/auditentry.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QByteArray>

struct sqlite3;
struct sqlite3_stmt;

class QJsonObject;
class QString;
class QUuid;

namespace tumbuh::store {

class Database;

class AuditWriter {
public:
    explicit AuditWriter(Database& db);
    ~AuditWriter();
    AuditWriter(const AuditWriter&) = delete;
    AuditWriter& operator=(const AuditWriter&) = delete;

    // As AuditLog::record: an empty object is stored as NULL.
    Result<RowId> record(UserId who, const QString& table, const QUuid& rowUid, AuditAction action,
                         const QJsonObject& before, const QJsonObject& after);

private:
    Error error() const;

    Database& db_;
    sqlite3* handle_ = nullptr;
    sqlite3_stmt* insert_ = nullptr;
    QByteArray before_;
    QByteArray after_;
};

} // namespace tumbuh::store
