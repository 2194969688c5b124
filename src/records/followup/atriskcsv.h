#pragma once
#include "records/storenames.h"
// The "Perlu perhatian" list as CSV (`tumbuh-cli at-risk`): one row per child
// of the list, in its order, written through OutputGuard and OutputFile.
//
// Columns: child_uid, name, sex (L/P), birth_date, posyandu, measured_on (the
// last visit up to the month's end), reasons (the codes of
// growth/attention.h joined by ';'), action (the strongest class: rujuk,
// edukasi or pantau), age_months (completed, at the month's end),
// mother, rt, rw, referral_status (the open referral: referred or arrived;
// empty when none), referral_overdue (1 when still referred past its
// follow-up date), counselled (1 when counselled in the month). No reason or
// destination of a referral is ever written, and a confidential (kekerasan)
// referral not at all: its columns stay empty, as for a child with none.
//
// By name (records/namedpolicy.h): only the children the policy includes
// (consent for reporting); when some were left out the last line is
// "# " + policy.note().
#include "records/followup/atrisklist.h"
#include "records/namedpolicy.h"
#include "store/result.h"

#include <QString>

#include <span>

namespace tumbuh::records {

class AtRiskCsv {
public:
    // Writes `rows` to `path`. Refused (nothing written) when `path` is the
    // database `databasePath` or one of its files. The number of rows
    // written.
    static Result<qint64> write(std::span<const AtRiskChild> rows, const QString& path, const QString& databasePath,
                                NamedPolicy& policy);
};

} // namespace tumbuh::records
