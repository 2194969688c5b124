#pragma once
// The users table's own columns, written once: the select list, reading,
// writing and the audit JSON all follow from this list (store/entity.h). A
// new column: a migration, the member in store/user.h and a line here.
#include "store/entity.h"
#include "store/user.h"

namespace tumbuh::store {

template <>
inline const Entity<User>& table<User>()
{
    static const Entity<User> e{QStringLiteral("users"), QStringLiteral("user_id"), {
                                                                                        column<&User::name, RequiredText>("name"),
                                                                                        column<&User::role>("role"),
                                                                                        column<&User::active>("active"),
                                                                                        column<&User::posyanduId>("posyandu_id"),
                                                                                    }};
    return e;
}

} // namespace tumbuh::store
