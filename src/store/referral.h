#pragma once
#include "store/rowmeta.h"

#include <QDate>
#include <QLatin1String>
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

// The family reasons a cadre records by hand (not from the growth rules):
// stored as these codes among Referral::reasons. The rules layer
// (growth/attention.h) has the rule reason codes; the store keeps every code
// as text and does not check it against either list.
namespace familyreason {
inline constexpr QLatin1String Ekonomi{"ekonomi"};     // work, income
inline constexpr QLatin1String Bansos{"bansos"};       // needs social assistance (PKH, BPNT)
inline constexpr QLatin1String Kekerasan{"kekerasan"}; // violence or neglect: the referral is confidential
} // namespace familyreason

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
