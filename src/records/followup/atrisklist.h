#pragma once
#include "records/storenames.h"
// The "Perlu perhatian" list (issue 10 points 2 and 7): every child of one
// posyandu, or of the whole file, who needs something in a month, with the
// reasons of growth/attention.h, the family's RT/RW and the follow-up done so
// far. Shared by the page (ui/followup) and `tumbuh-cli at-risk`.
//
// Which children: the live children born by the month's end who are active,
// or who moved away or died after the month started (they were there that
// month; they count as active when that happened after the month's end).
// Their visits up to the month's end come in two statements (the children,
// then the measurements: a plain scan of the table for a city, the children's
// index for one posyandu) and the rules run on two threads; the order of the
// result never depends on the threads.
//
// Added here, because the rules see one child at a time:
//  - sibling_at_risk: every under-five child (0-59 completed months at the
//    month's end) of a household in which another child of the list has a
//    stunting or wasting reason (severely_stunted, stunted, severely_wasted,
//    wasted). Only siblings inside the scope are looked at;
//  - the open referral: the child's latest live referral still `referred` or
//    `arrived`, as it is TODAY (a referral is followed in the present, whatever
//    month is looked at); overdue when still `referred` after its follow-up
//    date, as of `today`;
//  - counselled: a live counselling row dated in the month;
//  - confidential: a referral whose reasons hold `kekerasan` (violence or
//    neglect) is listed as a referral with neither its reasons nor its
//    destination (issue 10 point 3).
//
// Sorted: the strongest action class (rujuk, edukasi, pantau), then the
// highest severity of that class, then the name (case-insensitive), then the UID.
#include "growth/attention.h"
#include "store/referral.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace tumbuh::records {

// The child's open referral (see above).
struct OpenReferral {
    RowId id = 0;
    QString uid;
    ReferralStatus status = ReferralStatus::Referred; // Referred or Arrived
    QDate referredOn;
    QDate followUpOn; // may be null (no date set)
    bool overdue = false;
    bool forHousehold = false;
    // A `kekerasan` referral: reasons and destination are left empty.
    bool confidential = false;
    QStringList reasons;
    QString destination;
};

struct AtRiskChild {
    RowId childId = 0;
    QString uid;
    QString name;
    growth::Sex sex = growth::Sex::Male;
    QDate birthDate;
    int ageMonths = 0; // completed months at the month's end (or today, in the current month)
    RowId posyanduId = 0;
    QString posyanduName;
    std::optional<RowId> householdId;
    QString motherName; // the child's record, else the household's
    QString rt;
    QString rw;
    QDate measuredOn;                                         // the last visit up to the month's end; null when none
    std::vector<growth::AttentionReason> reasons;             // strongest first, never empty
    growth::ActionClass action = growth::ActionClass::Pantau; // the strongest
    int severity = 0;                                         // the highest severity among the reasons of that class
    std::optional<OpenReferral> referral;
    bool counselledThisMonth = false;

    // The reason codes joined by ';' ("stunted;T").
    QString reasonCodes() const;
};

struct AtRiskQuery {
    QDate month;                                   // any day of the month
    std::optional<RowId> posyanduId;               // none: every posyandu of the file
    QDate today;                                   // for ages and overdue referrals; null: Database::today()
    const growth::AttentionRules* rules = nullptr; // null: growth::defaultAttentionRules()
    growth::CadreSettings cadre;
    int threads = 2; // for the rules; 1 runs them on the calling thread
    // Called on the calling thread with 0..100 while the list is made.
    std::function<void(int percent)> progress;
};

class AtRiskList {
public:
    explicit AtRiskList(Database& db) : db_(db) { }

    Result<std::vector<AtRiskChild>> load(const AtRiskQuery& query) const;

    // The order of the list (see above), for views that add or replace a row.
    static bool before(const AtRiskChild& a, const AtRiskChild& b);

private:
    Database& db_;
};

} // namespace tumbuh::records
