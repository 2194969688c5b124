#pragma once
// A parent's or guardian's consent for one child (UU 27/2022 Pasal 25: a
// child's data are processed with the consent of the parent or guardian).
#include "store/rowmeta.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace tumbuh::store {

enum class GuardianRelation : std::uint8_t { Mother,
                                             Father,
                                             Guardian,
                                             Other }; // stored 'ibu', 'ayah', 'wali', 'lainnya'

enum class ConsentPurpose : std::uint8_t {
    Monitoring, // pemantauan pertumbuhan
    Reporting,  // pelaporan ke Dinkes / e-PPGBM: by-name exports need it
    Referral,   // rujukan lintas sektor
};

// One statement: consent given, changed or withdrawn on `givenOn`. The
// purposes are those that hold from that day; a withdrawal has
// `withdrawal` set and the purposes that remain (usually none).
struct Consent {
    RowMeta meta;
    RowId childId = 0;
    QDate givenOn;
    QString guardianName;
    GuardianRelation relation = GuardianRelation::Mother;
    bool forMonitoring = false;
    bool forReporting = false;
    bool forReferral = false;
    bool withdrawal = false;
    QString recordedBy;
    QString notes;

    bool allows(ConsentPurpose purpose) const
    {
        switch (purpose) {
        case ConsentPurpose::Monitoring: return forMonitoring;
        case ConsentPurpose::Reporting: return forReporting;
        case ConsentPurpose::Referral: return forReferral;
        }
        return false;
    }
};

} // namespace tumbuh::store
