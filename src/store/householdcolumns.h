#pragma once
// The households table's own columns, written once: the select list, reading,
// writing and the audit JSON all follow from this list (store/entity.h). A
// new column: a migration, the member in store/household.h and a line here.
#include "store/entity.h"
#include "store/household.h"

namespace tumbuh::store {

template <>
inline const Entity<Household>& table<Household>()
{
    static const Entity<Household> e{QStringLiteral("households"), QStringLiteral("household_id"), {
                                                                                                       column<&Household::posyanduId>("posyandu_id"),
                                                                                                       column<&Household::address>("address"),
                                                                                                       column<&Household::rt>("rt"),
                                                                                                       column<&Household::rw>("rw"),
                                                                                                       column<&Household::kelurahan>("kelurahan"),
                                                                                                       column<&Household::kkNumber>("kk_number"),
                                                                                                       column<&Household::fatherName>("father_name"),
                                                                                                       column<&Household::fatherNik>("father_nik"),
                                                                                                       column<&Household::motherName>("mother_name"),
                                                                                                       column<&Household::motherNik>("mother_nik"),
                                                                                                       column<&Household::phone>("phone"),
                                                                                                       column<&Household::notes>("notes"),
                                                                                                   }};
    return e;
}

} // namespace tumbuh::store
