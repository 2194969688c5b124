#pragma once
#include "records/storenames.h"
// Merges a posyandu package (packageformat.h) into a database, row by row
// by UUID, in one transaction:
//   - a row the database does not have is added (soft-deleted rows too, so
//     that a later, older copy cannot bring them back);
//   - a row it has is replaced when the package's updated_at is newer (the
//     newer edit wins, deletions included); otherwise it is left alone (a
//     tie keeps this database's row);
//   - so merging the same package twice changes nothing the second time.
// Every write goes through the repositories (their validation, one audit
// entry per changed row, timestamps kept as in the package). A row that the
// rules refuse (e.g. a child whose NIK another child here already has) is
// skipped with its reason, and so are the rows that depend on it; the rest
// is merged. A referral's history unites: each event is a row of its own
// (by UUID); a package of schema 1 has no history, so a referral of it gets
// the events its dates imply (referred, arrived, closed), with UUIDs derived
// from the referral's, so a second merge adds none. Consent statements
// (schema 3 on) merge like the other rows: by UUID, the newer updated_at wins. Parents deleted in the package (posyandu, families, children)
// are written live first and deleted after their measurements and
// referrals, so that those can still be checked against them.
#include "store/database.h"
#include "records/package/packageformat.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QString>
#include <QUuid>

#include <vector>

namespace tumbuh::records {

struct MergeCounts {
    qint64 added = 0;
    qint64 updated = 0;   // replaced by a newer row (deletions included)
    qint64 deleted = 0;   // of the updated: now deleted, live before
    qint64 unchanged = 0; // this database had the same or a newer row
    qint64 skipped = 0;   // refused by the rules, or depends on a refused row
};

struct MergeIssue {
    QString table;
    QUuid uid;
    QString reason; // translated
};

struct MergeReport {
    PackageInfo package;
    MergeCounts posyandu;
    MergeCounts households;
    MergeCounts children;
    MergeCounts measurements;
    MergeCounts referrals;
    MergeCounts referralEvents; // with the history written for a schema 1 package's referrals
    MergeCounts counselling;
    MergeCounts consents; // none from a package of schema 1 or 2
    std::vector<MergeIssue> skipped;

    qint64 changed() const;
};

class PackageMerger {
public:
    explicit PackageMerger(Database& db, UserId user = 0) : db_(db), user_(user) { }

    // Once committed, the whole file is checked (Database::checkNow,
    // CheckReason::AfterMerge) before anyone works on: damage is
    // ErrorCode::Corrupt (the merge is kept) and stops further writes.
    Result<MergeReport> merge(const QString& packagePath);
    // An encrypted package (packagecrypto.h): decrypted into a private
    // temporary file, merged, the file removed. A wrong passphrase or a
    // changed file is refused before anything is merged.
    Result<MergeReport> mergeEncrypted(const QString& packagePath, const QString& passphrase);

private:
    Database& db_;
    UserId user_;
};

} // namespace tumbuh::records
