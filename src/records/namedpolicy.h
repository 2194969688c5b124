#pragma once
#include "records/storenames.h"
// What one by-name output (CSV export, at-risk CSV, referrals list, the
// monthly report's by-name list, growth card, referral slip) may show, made
// once per run from the database and the signed-in user (issue 12 points 2
// and 3):
//
//  - NIKs full only when the user's role may SeeFullNik AND the user asked
//    for them (--full-nik, the "NIK lengkap" checkbox); otherwise masked
//    (store::maskNik: 6471••••••••0001).
//  - Only the children whose consent in force (ConsentRepository::current)
//    allows ConsentPurpose::Reporting are listed by name; the others are
//    left out and counted (leftOut()), and the output carries note().
//    Aggregate tables still count every child.
//
// Asking for full NIKs with a role that may not see them is refused
// (ErrorCode::NotAllowed, store::refusalText) before anything is written.
#include "store/access.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QString>

#include <unordered_set>

namespace tumbuh::records {

class NamedPolicy {
public:
    // For a by-name export: reads the children allowing Reporting.
    static Result<NamedPolicy> make(Database& db, const SignedInUser& user, bool fullNikAsked);
    // For what is printed for the family (growth card, referral slip): NIK
    // masking only, every child included.
    static Result<NamedPolicy> forFamily(const SignedInUser& user, bool fullNikAsked);

    bool fullNik() const { return fullNik_; }
    // May this user see children by name at all (Permission::ExportByName)?
    bool byName() const { return byName_; }
    // The NIK as this output may show it.
    QString nik(const QString& nik) const;
    // May child `childId` be listed by name? Counts the child as left out
    // when not (count each child once: call it once per child).
    bool includes(RowId childId);
    // Without counting.
    bool allows(RowId childId) const;
    int leftOut() const { return leftOut_; }
    void addLeftOut(int n) { leftOut_ += n; }
    // "%n anak tidak disertakan karena belum/tidak ada persetujuan orang tua
    // untuk pelaporan.", translated; empty when nobody was left out.
    QString note() const { return noteFor(leftOut_); }
    static QString noteFor(int leftOut);

private:
    bool fullNik_ = false;
    bool byName_ = false;
    bool filtered_ = false;
    std::unordered_set<RowId> allowed_;
    int leftOut_ = 0;
};

} // namespace tumbuh::records
