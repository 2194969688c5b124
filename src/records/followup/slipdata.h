#pragma once
#include "records/storenames.h"
// The referral slip's input (report/referralslip.h) from the records: the
// referral, its child, the household and the posyandu, and the child's last
// measurements on or before the referral day assessed by the growth engine
// (growth::assessVisit: the z-scores rounded as the engine gives them, the
// Permenkes labels of growth/permenkes.h). The one way the child's page, the
// Perlu perhatian list and `tumbuh-cli referral-slip` make a slip.
#include "report/referralslip.h"
#include "store/result.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace tumbuh::records {

// The Indonesian words for a reason code: the codes of the rules layer
// (severely_stunted, stunted, ..., sibling_at_risk) and the family reasons a
// cadre records by hand (ekonomi, bansos, kekerasan). An unknown code is
// returned as it is, so a code from a newer rules file still prints.
QString reasonWords(const QString& code);

// The slip of the referral `referralUid`. NotFound when there is no such
// live referral (or its child is gone); the error names the UID.
Result<report::SlipInput> referralSlipInput(Database& db, const QUuid& referralUid);

} // namespace tumbuh::records
