#pragma once
#include "records/storenames.h"
// Reads the store into report::MonthlyInput (report/monthly/monthlyreport.h)
// for a month and a scope, with one query per table: the posyandu; the
// children of the scope young enough to be under 60 months in one of the
// twelve trend months, each with its latest weighing before the 13 months
// preceding the report's month; their measurements of those 13 months and of
// the month itself; and the referral and counselling counts of the month per
// posyandu. The letter of a weighing depends only on the latest weighing of
// an earlier month, and 2T on that weighing's letter, so this is exactly the
// history the trend's twelve months need. The queries use
// native statements (records/nativestatement.h): the city of 50,000 children
// and a million measurements loads in well under the report's 3 s.
//
// Referrals belong to the posyandu of their child. Only counts are read: a
// referral whose reasons contain `kekerasan` (violence) is counted like any
// other, and no referral is ever tied to a name in the report.
//
// By name (issue 12, records/namedpolicy.h): every child is counted; a child
// the policy does not allow (no consent for reporting) is marked
// ChildForReport::byName = false and left out of the by-name list; NIKs are
// as the policy shows them (masked unless full NIKs are allowed and asked);
// for a user who may not export by name (kader) the list is left out
// entirely (MonthlyInput::byNameList).
#include "records/namedpolicy.h"
#include "store/result.h"

#include "growth/cadre.h"
#include "report/monthly/monthlyreport.h"

#include <QStringList>

#include <chrono>

namespace tumbuh::records {

class MonthlyLoader {
public:
    MonthlyLoader(Database& db, const NamedPolicy& policy) : db_(db), policy_(policy) { }

    // `posyandu`: names (case and spaces ignored) or UIDs; empty = every
    // posyandu of the file (MonthlyInput::wholeFile). Fails with NotFound for
    // an unknown posyandu, InvalidFormat for a name several posyandu share.
    Result<report::MonthlyInput> load(std::chrono::year_month month, const QStringList& posyandu,
                                      const growth::CadreSettings& settings = {});

private:
    Database& db_;
    const NamedPolicy& policy_;
};

} // namespace tumbuh::records
