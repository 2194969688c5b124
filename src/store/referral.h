#pragma once
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tumbuh::store {

// dirujuk -> diterima -> selesai, or tidak datang / dibatalkan.
enum class ReferralStatus : std::uint8_t { Referred,
                                           Arrived,
                                           Completed,
                                           NoShow,
                                           Cancelled };

// A referral of a child, or of the child's household (cross-sector), to a
// destination of the destinations file (health first, then social
// assistance, economic empowerment, education, child protection).
struct Referral {
    RowMeta meta;
    RowId childId = 0;         // the child, or the child the household was referred from
    bool forHousehold = false; // the family is referred, not only the child
    QDate referredOn;
    QStringList reasons;         // reason codes (rules file and family reasons), a JSON array
    std::optional<bool> consent; // the family agreed to the referral; none: not recorded
    QString destination;         // a destination code, or free text
    QString referredBy;
    ReferralStatus status = ReferralStatus::Referred; // the latest step of the history
    QDate followUpOn;                                 // overdue when still Referred after this day
    QDate arrivedOn;                                  // null until the destination confirms the visit
    QDate closedOn;                                   // set when completed, no-show or cancelled
    QString notes;
};

// One step of a referral's history: what happened, on which day, and the
// note (the outcome: "PMT 90 hari", "rujuk RS").
struct ReferralEvent {
    RowMeta meta;
    RowId referralId = 0;
    ReferralStatus status = ReferralStatus::Referred;
    QDate happenedOn;
    QString note;
    QString recordedBy;
};

// Counselling (edukasi) given to a child's family: a topic of the rules file.
struct Counselling {
    RowMeta meta;
    RowId childId = 0;
    QDate counselledOn;
    QString topic; // topic code of the rules file
    QString counselledBy;
    QString notes;
};

} // namespace tumbuh::store
