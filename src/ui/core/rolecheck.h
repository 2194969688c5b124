#pragma once
// The role table (store/access.h) asked where the UI writes: the commands
// check again what the dialogs already checked, so that a change reached by
// another way (a shortcut, a direct call) is refused too, nothing written.
#include "store/access.h"
#include "store/result.h"
#include "store/rowmeta.h"

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

// users.id `who` may do `permission` for a row of `posyanduId` (requireFor).
store::Result<void> requireFor(store::Database& db, store::UserId who, store::Permission permission,
                               store::RowId posyanduId);
// The same for a row of the child `childId` (its posyandu as stored).
store::Result<void> requireForChild(store::Database& db, store::UserId who, store::Permission permission,
                                    store::RowId childId);

} // namespace tumbuh::ui
