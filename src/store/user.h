#pragma once
#include "store/rowmeta.h"

#include <QString>

#include <cstdint>

namespace tumbuh::store {

enum class Role : std::uint8_t { Kader,
                                 Nutritionist,
                                 Admin };

struct User {
    RowMeta meta;
    QString name;
    Role role = Role::Kader;
};

} // namespace tumbuh::store
