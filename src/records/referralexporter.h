#pragma once
#include "records/storenames.h"
// The referrals as a CSV list for the puskesmas (tumbuh-cli referrals): one
// row per live referral of a live child, by referral date, with the columns
//
//   referral_uid, child_uid, child_name, posyandu, for_household, referred_on,
//   reasons, destination, consent, status, follow_up_on, days_overdue,
//   last_note
//
// reasons: the codes joined by ';'; for_household and consent 1/0 (consent
// empty: not recorded); status the stored code (referred, arrived,
// completed, no_show, cancelled); days_overdue the days past the follow-up
// date of a referral still referred on `asOf` (0 otherwise); last_note the
// newest note of its history. A confidential referral (store::isConfidential:
// kekerasan) is listed with reasons "rahasia" and no note. Text cells as
// spreadsheettext.h writes them; UTF-8, ',', LF; written under a temporary
// name and renamed when complete (outputguard.h, outputfile.h).
//
// By name (records/namedpolicy.h): only the referrals of children the policy
// allows (consent for reporting); when some children were left out the last
// line is "# " + policy.note().
#include "records/namedpolicy.h"
#include "store/database.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tumbuh::records {

struct ReferralExportOptions {
    QDate asOf;                    // for days_overdue and overdueOnly
    bool overdueOnly = false;      // only referrals still referred past their follow-up date
    std::optional<RowId> posyandu; // only the children of this posyandu
};

class ReferralExporter {
public:
    explicit ReferralExporter(Database& db) : db_(db) { }

    // The number of rows written; policy.leftOut() counts the children left
    // out.
    Result<qint64> write(const QString& path, const ReferralExportOptions& options, NamedPolicy& policy);

private:
    Database& db_;
};

} // namespace tumbuh::records
