#pragma once
// What every stored row has besides its own fields.
#include <QDateTime>
#include <QUuid>
#include <QtGlobal>

#include <optional>

namespace tumbuh::store {

using RowId = qint64;  // INTEGER PRIMARY KEY: local to one database file
using UserId = qint64; // users.id of whoever makes a change; 0 = the program itself

struct RowMeta {
    RowId id = 0;                       // 0 = not stored yet
    QUuid uid;                          // null = let the repository make one
    QDateTime createdAt;                // UTC
    QDateTime updatedAt;                // UTC; the newer one wins a merge
    std::optional<QDateTime> deletedAt; // set = soft-deleted

    bool isDeleted() const { return deletedAt.has_value(); }
};

// How a repository stamps created_at/updated_at/deleted_at on a write.
enum class Stamp {
    Now,  // the normal case: now, from Database::now()
    Keep, // keep the RowMeta as given (merging a package, restoring a copy):
          // uid, created_at, updated_at and deleted_at are written verbatim
};

} // namespace tumbuh::store
