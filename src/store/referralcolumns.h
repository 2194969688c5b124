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
                                                                                           column<&Referral::forHousehold>("for_household"),
                                                                                           column<&Referral::referredOn>("referred_on"),
                                                                                           column<&Referral::reasons>("reasons"),
                                                                                           column<&Referral::consent>("consent"),
                                                                                           column<&Referral::destination, RequiredText>("destination"),
                                                                                           column<&Referral::referredBy>("referred_by"),
                                                                                           column<&Referral::status>("status"),
                                                                                           column<&Referral::followUpOn>("follow_up_on"),
                                                                                           column<&Referral::arrivedOn>("arrived_on"),
                                                                                           column<&Referral::closedOn>("closed_on"),
                                                                                           column<&Referral::notes>("notes"),
                                                                                       }};
    return e;
}

template <>
inline const Entity<ReferralEvent>& table<ReferralEvent>()
{
    static const Entity<ReferralEvent> e{QStringLiteral("referral_events"), QStringLiteral("id"), {
                                                                                                      column<&ReferralEvent::referralId>("referral_id"),
                                                                                                      column<&ReferralEvent::status>("status"),
                                                                                                      column<&ReferralEvent::happenedOn>("happened_on"),
                                                                                                      column<&ReferralEvent::note>("note"),
                                                                                                      column<&ReferralEvent::recordedBy>("recorded_by"),
                                                                                                  }};
    return e;
}

template <>
inline const Entity<Counselling>& table<Counselling>()
{
    static const Entity<Counselling> e{QStringLiteral("counselling"), QStringLiteral("id"), {
                                                                                                column<&Counselling::childId>("child_id"),
                                                                                                column<&Counselling::counselledOn>("counselled_on"),
                                                                                                column<&Counselling::topic, RequiredText>("topic"),
                                                                                                column<&Counselling::counselledBy>("counselled_by"),
                                                                                                column<&Counselling::notes>("notes"),
                                                                                            }};
    return e;
}

} // namespace tumbuh::store
