#pragma once
#include "records/storenames.h"
// "Anonimkan": the subject's right to erasure (UU 27/2022) for one child,
// while its measurements stay for the statistics. Admin only
// (Permission::Anonymise); anyone else is refused with refusalText() and
// nothing is written.
//
// In one transaction:
//   * the child: name -> "Anak anonim " + the first 8 characters of its uid;
//     NIK, mother's name and notes NULL. Kept: birth date, sex, posyandu,
//     status, birth weight/length, KIA: with the measurements (kept, notes
//     cleared) they still count in every report, by age, sex and area;
//   * its household: when no other live child belongs to it, the father's
//     and mother's names and NIKs, the address, phone, No. KK and notes are
//     cleared (RT/RW and kelurahan kept, for counts by area); when siblings
//     remain, the child is detached (household_id NULL) and the household
//     stays as it is for them;
//   * free text that may name people: measurement notes, referral notes,
//     referral destinations that are not a code of the destinations list
//     (-> "lainnya"), referral event notes, counselling notes; consents keep
//     their dates and purposes, the guardian's name becomes "—", notes NULL;
//   * the audit rows of all these rows (and of the household when it was
//     cleared) are redacted: before_json and after_json NULL, redacted 1,
//     the only change the audit_log trigger allows; one new audit row
//     records the anonymisation itself (who, when, the child's uid, no
//     names: after_json {"event": "anonymised"}).
// Every changed row gets a new updated_at, so an older copy of the child in
// a posyandu package loses a merge against the anonymous one.
// The old text is then made unrecoverable from the file: PRAGMA
// secure_delete = ON while the work is done (freed space is overwritten with
// zeros) and a WAL checkpoint (TRUNCATE) after it. Backups made before keep
// the old data until they age out; packages already handed on keep it too.
#include "store/access.h"
#include "store/result.h"

#include <QString>

namespace tumbuh::records {

struct Anonymised {
    QString name;                  // "Anak anonim 1a2b3c4d"
    bool householdCleared = false; // false: detached from a household that siblings keep (or none)
    int auditRowsRedacted = 0;
    // The write-ahead log was copied into the file and emptied. False when
    // another connection kept reading throughout: the old pages then stay in
    // the log until the next checkpoint (at the latest when the program
    // closes the file).
    bool logEmptied = false;
};

// The anonymous name of a child with this uid text.
QString anonymousName(const QString& uid);

// NotAllowed for a role without Anonymise, NotFound for no such child,
// ReadOnly for a file opened read-only; nothing changed then.
Result<Anonymised> anonymiseChild(Database& db, const SignedInUser& user, RowId childId);

} // namespace tumbuh::records
