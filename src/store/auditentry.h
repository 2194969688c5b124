#pragma once
#include "store/rowmeta.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>

namespace tumbuh::store {

enum class AuditAction : std::uint8_t { Insert,
                                        Update,
                                        Delete,
                                        BulkInsert };

// One row of the append-only audit log. `before`/`after` hold the row's
// columns as JSON (empty for an insert's before and a delete keeps both).
struct AuditEntry {
    RowId id = 0;
    QUuid uid;
    QDateTime at;                 // UTC
    std::optional<UserId> userId; // nullopt = the program itself
    QString table;
    QUuid rowUid; // null for a bulk entry
    AuditAction action = AuditAction::Insert;
    QJsonObject before;
    QJsonObject after;
};

} // namespace tumbuh::store
