#pragma once
// The children table's own columns, written once: the select list, reading,
// writing and the audit JSON all follow from this list (store/entity.h). A
// new column: a migration, the member in store/child.h and a line here.
#include "store/entity.h"
#include "store/child.h"

namespace tumbuh::store {

template <>
inline const Entity<Child>& table<Child>()
{
    static const Entity<Child> e{QStringLiteral("children"), QStringLiteral("child_id"), {
                                                                                             column<&Child::nik>("nik"),
                                                                                             column<&Child::name, RequiredText>("name"),
                                                                                             column<&Child::sex>("sex"),
                                                                                             column<&Child::birthDate>("birth_date"),
                                                                                             column<&Child::birthDateApproximate>("birth_date_approximate"),
                                                                                             column<&Child::birthWeight>("birth_weight_g"),
                                                                                             column<&Child::birthLength>("birth_length_mm"),
                                                                                             column<&Child::motherName>("mother_name"),
                                                                                             column<&Child::householdId>("household_id"),
                                                                                             column<&Child::posyanduId>("posyandu_id"),
                                                                                             column<&Child::status>("status"),
                                                                                             column<&Child::statusDate>("status_date"),
                                                                                             column<&Child::notes>("notes"),
                                                                                             column<&Child::hasKia>("has_kia"),
                                                                                         }};
    return e;
}

} // namespace tumbuh::store
