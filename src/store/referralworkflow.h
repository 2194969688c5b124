#pragma once
// Referrals followed to closure: the one place that makes a referral and moves
// it along its history (dirujuk -> diterima -> selesai, or tidak datang /
// dibatalkan). Each step writes a referral_events row and the referral's
// status and dates in one transaction, both audited.
//
// Allowed steps (everything else is refused with a message naming both
// statuses in words):
//
// | from                 | to                      |
// |----------------------|-------------------------|
// | referred (dirujuk)   | arrived (diterima)      |
// | referred (dirujuk)   | no_show (tidak datang)  |
// | referred (dirujuk)   | cancelled (dibatalkan)  |
// | arrived (diterima)   | completed (selesai)     |
// | arrived (diterima)   | cancelled (dibatalkan)  |
//
// completed, no_show and cancelled are closed: no step leaves them.
// A step's date is not before the referral's date, not before the previous
// step's date and not in the future (Database::today()).
#include "store/referral.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>
#include <span>
#include <vector>

namespace tumbuh::store {

class Database;

// The follow-up date, when the caller gives none: the referral's date plus
// this many days (the program's setting; the store keeps only the date).
inline constexpr int DefaultFollowUpDays = 14;

struct ReferralStep {
    ReferralStatus from;
    ReferralStatus to;
};

// The table above, in that order.
std::span<const ReferralStep> allowedReferralSteps();
bool isAllowedStep(ReferralStatus from, ReferralStatus to);
// The statuses a referral in `from` may move to (empty for a closed one).
std::vector<ReferralStatus> nextSteps(ReferralStatus from);
// Referred or Arrived.
bool isOpen(ReferralStatus status);
// The status in words, translated (tumbuh::store): "referred" / dirujuk,
// "arrived" / diterima, "completed" / selesai, "did not come" / tidak datang,
// "cancelled" / dibatalkan.
QString statusWord(ReferralStatus status);

// A referral whose reasons include familyreason::Kekerasan: never on a
// printed list, a report or an export with its reasons or note. Every
// printer and exporter asks here.
bool isConfidential(const QStringList& reasons);
bool isConfidential(const Referral& referral);

// Days past the follow-up date on `asOf` of a referral still Referred; 0 when
// not overdue (closed, arrived, no follow-up date, or not yet past it).
int daysOverdue(const Referral& referral, const QDate& asOf);

// One referral as a list shows it: the referral, its child and the last note.
struct ReferralListRow {
    Referral referral;
    QString childName;
    QUuid childUid;
    RowId posyanduId = 0;
    QString posyanduName;
    QString lastNote; // the newest event's note that is not empty
};

class ReferralWorkflow {
public:
    explicit ReferralWorkflow(Database& db) : db_(db) { }

    // Makes the referral (status Referred, no arrival or closing date) and its
    // first event `referred` (on referredOn, with `note`), in one transaction.
    // A null followUpOn becomes referredOn + followUpDays. recordedBy of the
    // event is the referral's referredBy. Refused: validation of
    // ReferralRepository (destination required, at least one reason, dates).
    Result<Referral> refer(Referral referral, const QString& note, UserId who,
                           int followUpDays = DefaultFollowUpDays);

    // Moves a live referral to `to` on `on`: refused unless the step is
    // allowed and the date fits (see above). Sets arrivedOn (arrived) or
    // closedOn (completed, no-show, cancelled); writes the event with `note`
    // and `recordedBy`. One transaction; both rows audited.
    Result<Referral> transition(RowId referralId, ReferralStatus to, const QDate& on, const QString& note,
                                UserId who, const QString& recordedBy = {});

    // Live referrals of live children still Referred after their follow-up
    // date (follow_up_on < asOf), oldest follow-up first; of one posyandu
    // (the child's) or of all.
    Result<std::vector<Referral>> overdue(const QDate& asOf, std::optional<RowId> posyanduId = std::nullopt) const;

    // Every live referral of live children with its child, posyandu and last
    // note, by referral date then id; of one posyandu or all; only the
    // overdue ones on `asOf` when `overdueOnly`.
    Result<std::vector<ReferralListRow>> list(const QDate& asOf, bool overdueOnly,
                                              std::optional<RowId> posyanduId = std::nullopt) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
