#pragma once
// The posyandu table's own columns, written once: the select list, reading,
// writing and the audit JSON all follow from this list (store/entity.h). A
// new column: a migration, the member in store/posyandu.h and a line here.
#include "store/entity.h"
#include "store/posyandu.h"

namespace tumbuh::store {

template <>
inline const Entity<Posyandu>& table<Posyandu>()
{
    static const Entity<Posyandu> e{QStringLiteral("posyandu"), QStringLiteral("posyandu_id"), {
                                                                                                   column<&Posyandu::name, RequiredText>("name"),
                                                                                                   column<&Posyandu::rw>("rw"),
                                                                                                   column<&Posyandu::kelurahan>("kelurahan"),
                                                                                                   column<&Posyandu::kecamatan>("kecamatan"),
                                                                                                   column<&Posyandu::kabupaten>("kabupaten"),
                                                                                                   column<&Posyandu::province>("province"),
                                                                                                   column<&Posyandu::regionCode>("region_code"),
                                                                                                   column<&Posyandu::regionCodeVersion>("region_code_version"),
                                                                                                   column<&Posyandu::notes>("notes"),
                                                                                               }};
    return e;
}

} // namespace tumbuh::store
