#pragma once
#include "store/auditentry.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <vector>

namespace tumbuh::store {

class Database;

// The append-only log of every change (UU 27/2022 asks that processing be
// recorded). The repositories write to it inside their own transactions;
// other writers in this layer (import, merge) do the same through record().
class AuditLog {
public:
    explicit AuditLog(Database& db) : db_(db) { }

    Result<RowId> record(UserId who, const QString& table, const QUuid& rowUid, AuditAction action,
                         const QJsonObject& before, const QJsonObject& after);

    // A row's history, oldest first.
    Result<std::vector<AuditEntry>> forRow(const QString& table, const QUuid& rowUid) const;
    // The latest entries, newest first.
    Result<std::vector<AuditEntry>> recent(int limit = 100) const;
    Result<qint64> count() const;

private:
    Database& db_;
};

} // namespace tumbuh::store
