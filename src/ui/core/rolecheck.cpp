#include "ui/core/rolecheck.h"

#include "store/childrepository.h"
#include "store/database.h"

namespace tumbuh::ui {

store::Result<void> requireFor(store::Database& db, store::UserId who, store::Permission permission,
                               store::RowId posyanduId)
{
    auto user = store::signedInAs(db, who);
    if (!user)
        return user.error();
    return user->requireFor(permission, posyanduId);
}

store::Result<void> requireForChild(store::Database& db, store::UserId who, store::Permission permission,
                                    store::RowId childId)
{
    auto user = store::signedInAs(db, who);
    if (!user)
        return user.error();
    if (user->may(permission) && !user->posyanduId)
        return {}; // any posyandu: no need to read the child
    auto child = store::ChildRepository(db).get(childId);
    if (!child)
        return child.error();
    return user->requireFor(permission, child->posyanduId);
}

} // namespace tumbuh::ui
