#pragma once
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tumbuh::store {

enum class ReferralStatus : std::uint8_t { Referred,
                                           Arrived,
                                           Completed,
                                           Cancelled };

// A referral of a child to the puskesmas or across sectors (used by the
// referrals issue; the store only keeps it).
struct Referral {
    RowMeta meta;
    RowId childId = 0;
    QDate referredOn;
    QStringList reasons; // reason codes, stored as a JSON array
    QString destination;
    QString referredBy;
    ReferralStatus status = ReferralStatus::Referred;
    QDate arrivedOn; // null until the destination confirms the visit
    QDate closedOn;  // set when completed or cancelled
    QString notes;
};

} // namespace tumbuh::store
