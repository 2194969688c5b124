#pragma once
// The referrals table's own columns, written once: the select list, reading,
// writing and the audit JSON all follow from this list (store/entity.h). A
// new column: a migration, the member in store/referral.h and a line here.
#include "store/entity.h"
#include "store/referral.h"

namespace tumbuh::store {

template <>
inline const Entity<Referral>& table<Referral>()
{
    static const Entity<Referral> e{QStringLiteral("referrals"), QStringLiteral("id"), {
                                                                                           column<&Referral::childId>("child_id"),
                                                                                           column<&Referral::referredOn>("referred_on"),
                                                                                           column<&Referral::reasons>("reasons"),
                                                                                           column<&Referral::destination, RequiredText>("destination"),
                                                                                           column<&Referral::referredBy>("referred_by"),
                                                                                           column<&Referral::status>("status"),
                                                                                           column<&Referral::arrivedOn>("arrived_on"),
                                                                                           column<&Referral::closedOn>("closed_on"),
                                                                                           column<&Referral::notes>("notes"),
                                                                                       }};
    return e;
}

} // namespace tumbuh::store
