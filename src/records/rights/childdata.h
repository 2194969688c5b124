#pragma once
#include "records/storenames.h"
// "Ekspor data anak": everything Tumbuh holds on one child, for the child's
// parent or guardian (UU 27/2022, the data subject's right of access), as
// JSON and as a PDF (report/childdatareport.h) made from that same JSON.
// Needs Permission::ExportChildData; the NIKs are full (the roles that may do
// this may see them). Soft-deleted rows are held too, so they are included,
// with their deleted_at.
//
// The JSON (UTF-8, keys stable; a row's keys are its table's column names in
// resources/migrations, so a new column adds a key and never renames one):
//
//   format        "tumbuh-child-data"
//   version       1
//   exported_at   UTC timestamp, as created_at
//   exported_by   {"name", "role"}
//   child         the children row
//   posyandu      the posyandu row of the child
//   household     the households row, or null
//   measurements  [rows, oldest first], each with "assessment": what the
//                 program shows for the visit (growth::assessVisit, as the
//                 child page): {"age_days", "age_months", "reference"
//                 ("who2006", "who2007", "none"), "weight_for_age",
//                 "length_for_age", "weight_for_length", "bmi_for_age",
//                 "head_for_age", "arm_for_age"}, each {"z": number or null,
//                 "status": Permenkes label in Indonesian or null,
//                 "flagged": WHO implausibility flag}; null for a deleted row
//   consents      [rows, oldest first]
//   referrals     [rows, oldest first], each with "events": [its
//                 referral_events rows, oldest first]
//   counselling   [rows, oldest first]
//   audit_log     [the audit rows of all the rows above, oldest first]:
//                 {"id", "uid", "created_at", "user_id", "user_name",
//                 "table_name", "row_uid", "action", "redacted", "before",
//                 "after"}; before/after are the stored JSON objects (null
//                 when empty or redacted)
// Values: SQL NULL is null, integers are numbers, text is a string.
#include "report/childdatareport.h"
#include "store/access.h"
#include "store/result.h"

#include <QJsonObject>
#include <QString>

namespace tumbuh::records {

// The JSON above for the child `childId` (live or not). NotFound when there
// is no such child; NotAllowed (refusalText) for a role without
// ExportChildData.
Result<QJsonObject> childDataJson(Database& db, const SignedInUser& user, RowId childId);

// The PDF's content (in Indonesian) from that JSON.
report::ChildDataReport childDataReport(const QJsonObject& data);

struct ChildDataFiles {
    QString pdf;
    QString json;
};

// Writes NAME.pdf and NAME.json, where NAME is `path` without a .pdf or .json
// ending. Both through OutputGuard (never over the database or each other)
// and OutputFile (a failed write leaves an old file as it was). Refused as
// childDataJson() is, with nothing written.
Result<ChildDataFiles> exportChildData(Database& db, const SignedInUser& user, RowId childId, const QString& path);

} // namespace tumbuh::records
