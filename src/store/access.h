#pragma once
// Who may see and do what: the one table of roles and permissions
// (UU 27/2022: access limited to what each person's work needs). Every
// screen, printout, export and tumbuh-cli command asks here; the same table
// is written out in src/store/README.md ("Roles") and tested row by row.
//
//   permission          kader  nutritionist  admin
//   SeeFullNik            -        yes        yes    (kader: 6471••••••••0001)
//   EditRegister         own       yes        yes    children, households (kader: own posyandu)
//   EditMeasurements     own       yes        yes
//   MakeReferral         yes       yes        yes    refer, record "diterima"
//   CloseReferral         -        yes        yes    selesai, tidak datang, dibatalkan
//   RecordCounselling    yes       yes        yes
//   RecordConsent        yes       yes        yes    give, change, withdraw
//   PrintForFamily       yes       yes        yes    growth card, referral slip, consent notice
//   AggregateReport      yes       yes        yes    monthly report (by-name parts need ExportByName)
//   ExportByName          -        yes        yes    CSV export, at-risk CSV, by-name lists
//   MakePackage          yes       yes        yes    the posyandu package for the puskesmas
//   MergePackage          -        yes        yes
//   MakeBackup           yes       yes        yes
//   RestoreBackup         -         -         yes
//   ViewAudit             -        yes        yes    the audit log and its CSV
//   ExportChildData       -        yes        yes    everything held on one child (PDF, JSON)
//   Anonymise             -         -         yes
//   ManageUsers           -         -         yes    add, reset PIN, deactivate, change role
//
// "own": a kader with a home posyandu (users.posyandu_id) may change only
// that posyandu's children and measurements; without one, any posyandu.
#include "store/result.h"
#include "store/rowmeta.h"
#include "store/user.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace tumbuh::store {

enum class Permission : std::uint8_t {
    SeeFullNik,
    EditRegister,
    EditMeasurements,
    MakeReferral,
    CloseReferral,
    RecordCounselling,
    RecordConsent,
    PrintForFamily,
    AggregateReport,
    ExportByName,
    MakePackage,
    MergePackage,
    MakeBackup,
    RestoreBackup,
    ViewAudit,
    ExportChildData,
    Anonymise,
    ManageUsers,
};

// Every permission, in the order of the table above.
std::span<const Permission> allPermissions();
// The table: may `role` do `permission` (for "own", at least in its posyandu).
bool allows(Role role, Permission permission);
// "export data with children's names", translated: the object of "may not".
QString permissionText(Permission permission);
// The refusal, translated, a complete sentence naming the role and what it
// may not do, and who can: "Peran kader tidak boleh mengekspor data dengan
// nama anak. Minta ahli gizi atau admin."
QString refusalText(Role role, Permission permission);

// The person signed in to this program or tumbuh-cli run.
struct SignedInUser {
    UserId id = 0;
    QString name;
    Role role = Role::Kader;
    std::optional<RowId> posyanduId; // a kader's own posyandu

    bool may(Permission permission) const { return allows(role, permission); }
    // ErrorCode::NotAllowed with refusalText() when not allowed.
    Result<void> require(Permission permission) const;
    // EditRegister/EditMeasurements for a row of `posyanduId`: also refused
    // (NotAllowed) for a kader of another posyandu.
    Result<void> requireFor(Permission permission, RowId posyanduId) const;
    // The NIK as this user may see it: full, or masked (maskNik).
    QString nik(const QString& nik) const;
};

class Database;

// The SignedInUser of users.id `id`, for code that is handed a UserId (the
// pages, the dialogs, the tests). 0 = the program itself (a test, a tool
// that works before anyone signs in): role admin, no posyandu. NotFound when
// there is no such live user.
Result<SignedInUser> signedInAs(Database& db, UserId id);

// 6471••••••••0001: the first four digits (the province and kabupaten) and
// the last four, the eight between as U+2022. Anything that is not a
// 16-digit NIK is masked whole ("••••") unless empty.
QString maskNik(const QString& nik);
// True when `text` contains a full 16-digit run that is not masked (tests
// and export checks).
bool containsFullNik(const QString& text);

} // namespace tumbuh::store
