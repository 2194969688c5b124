// tumbuh-cli referral-slip (its usage is written in the command table, commandtable.cpp)
//
// The referral slip (surat rujukan) of one referral as an A5 PDF: the same
// slip the child's page prints (records/followup/slipdata.h builds it,
// report/referralslip.h paints it). The database is opened read-only.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/followup/slipdata.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "report/referralslip.h"
#include "store/database.h"

#include <QDir>
#include <QUuid>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "referral-slip";

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli",
    "  Writes the referral slip (surat rujukan) of one referral as a PDF, A5 portrait, in Indonesian: "
    "the posyandu and the sender, the child (NIK masked but for its last 4 digits), the parents, the "
    "address, the last measurements with their z-scores, the reasons, the destination and a reply part "
    "to tear off. A referral for violence or neglect prints no reason, only the UPTD PPA / SAPA 129 "
    "contact.\n"
    "  Exit status: 0 done, 2 failed.");

} // namespace

int runReferralSlip(Args args)
{
    // Painting text needs a GUI application (offscreen when there is no display).
    RecordsCommand cmd(kName, kDetails, {"--db", "--referral", "-o", "--output"}, {}, QtSession::Kind::Widgets);
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto dbPath = cmd.database();
    const auto referral = p.value("--referral");
    const auto out = cmd.output();
    if (!dbPath || !referral || !out || out->isEmpty() || !p.positional().isEmpty())
        return cmd.missingArguments();
    const QUuid uid = QUuid::fromString(referral->trimmed());
    if (uid.isNull())
        return cmd.fail(tr("\"%1\" is not a referral's UID.").arg(*referral));

    // Never over the database, nor over any other database.
    records::OutputGuard guard;
    guard.protectDatabase(*dbPath);
    guard.protectEveryDatabase();
    if (auto free = guard.claim(*out); !free)
        return cmd.fail(free.error().message);

    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::PrintForFamily))
        return *refused;
    auto slip = records::referralSlipInput(*db, uid);
    if (!slip)
        return cmd.fail(slip.error().message);

    records::OutputFile file(*out);
    if (auto created = file.create(); !created)
        return cmd.fail(created.error().message);
    QString why;
    if (!report::writeReferralSlipPdf(*slip, file.temporaryPath(), &why))
        return cmd.fail(tr("The referral slip was not written (%1): %2").arg(QDir::toNativeSeparators(*out), why));
    if (auto moved = file.commit(); !moved)
        return cmd.fail(moved.error().message);
    console::say(tr("Referral slip of %1 written to %2.").arg(slip->childName, QDir::toNativeSeparators(*out)));
    return kExitOk;
}

} // namespace tumbuh::cli
