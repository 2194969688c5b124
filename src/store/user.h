#pragma once
#include "store/rowmeta.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tumbuh::store {

enum class Role : std::uint8_t { Kader,
                                 Nutritionist,
                                 Admin };

// A person who works with the program. The PIN hash and the wrong-PIN
// bookkeeping are not members: they never leave store/signin.cpp (nor go
// into the audit log's JSON).
struct User {
    RowMeta meta;
    QString name;
    Role role = Role::Kader;
    bool active = true;              // false = deactivated (never deleted: the audit log names them)
    std::optional<RowId> posyanduId; // a kader's own posyandu; nullopt = every posyandu
};

} // namespace tumbuh::store
