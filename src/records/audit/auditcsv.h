#pragma once
#include "records/storenames.h"
// The audit log for an inspector, as CSV (issue 12 point 5): every row that
// matches the filter, newest first, read page by page and streamed to the
// file (a million rows never sit in memory). Written through OutputGuard (not
// the database, not any SQLite file) and OutputFile (a temporary file
// renamed over the target only when complete).
//
// Columns: waktu_utc (ISO 8601, UTC), pengguna (the user's name; empty for
// the program itself), tabel (the table's noun), uid_baris, anak, tindakan,
// perubahan (the change in words, records/audit/auditwords.h), before_json,
// after_json (NIKs as the viewer may see them; a confidential referral
// without its reasons, destination and notes).
#include "records/audit/auditquery.h"
#include "store/result.h"

#include <QString>

namespace tumbuh::records {

class AuditWords;

class AuditCsv {
public:
    // The number of rows written.
    static Result<qint64> write(Database& db, const AuditFilter& filter, const AuditWords& words, const QString& path);
};

} // namespace tumbuh::records
