#pragma once
#include "records/storenames.h"
// The consent notice's input (report/consentnotice.h) from the records: the
// child, its posyandu, and the guardian of the consent in force (else the
// mother: the household's or the child's own record). The NIK is printed as
// the signed-in user may see it (SignedInUser::nik: masked for a kader). The
// one way the child's page and `tumbuh-cli consent-notice` make a notice.
#include "report/consentnotice.h"
#include "store/access.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

namespace tumbuh::records {

// A blank notice for the posyandu `posyanduId` (0: no posyandu printed).
Result<report::ConsentNoticeInput> blankConsentNotice(Database& db, RowId posyanduId);

// The notice of the live child `childId`.
Result<report::ConsentNoticeInput> consentNoticeFor(Database& db, RowId childId, const SignedInUser& user);

// The notice of the child `childUid`; NotFound (naming the UID) when there
// is no such live child.
Result<report::ConsentNoticeInput> consentNoticeFor(Database& db, const QUuid& childUid, const SignedInUser& user);

} // namespace tumbuh::records
