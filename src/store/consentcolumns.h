#pragma once
// The consents table's own columns, written once (store/entity.h).
#include "store/consent.h"
#include "store/entity.h"

namespace tumbuh::store {

template <>
inline const Entity<Consent>& table<Consent>()
{
    static const Entity<Consent> e{QStringLiteral("consents"), QStringLiteral("id"), {
                                                                                         column<&Consent::childId>("child_id"),
                                                                                         column<&Consent::givenOn>("given_on"),
                                                                                         column<&Consent::guardianName, RequiredText>("guardian_name"),
                                                                                         column<&Consent::relation>("guardian_relation"),
                                                                                         column<&Consent::forMonitoring>("for_monitoring"),
                                                                                         column<&Consent::forReporting>("for_reporting"),
                                                                                         column<&Consent::forReferral>("for_referral"),
                                                                                         column<&Consent::withdrawal>("withdrawal"),
                                                                                         column<&Consent::recordedBy>("recorded_by"),
                                                                                         column<&Consent::notes>("notes"),
                                                                                     }};
    return e;
}

} // namespace tumbuh::store
