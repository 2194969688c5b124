// tumbuh-cli consent-notice (its usage is written in the command table, commandtable.cpp)
//
// The consent notice (surat persetujuan orang tua / wali) as an A4 PDF: blank,
// or with one child's name, birth date, NIK (as the user may see it) and
// guardian printed (records/consentnoticedata.h builds it,
// report/consentnotice.h paints it). The database is opened read-only.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/consentnoticedata.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "report/consentnotice.h"
#include "store/database.h"

#include <QDir>
#include <QUuid>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "consent-notice";

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli",
    "  Writes the consent notice for parents (surat persetujuan orang tua / wali) as a PDF, A4 portrait, in "
    "Indonesian: who keeps the data, what is recorded, the three purposes with boxes to tick, how long the "
    "data are kept, the parent's rights, and lines to sign. Blank, or with --child the child's name, birth "
    "date, NIK (masked unless your role may see full NIKs) and guardian filled in.\n"
    "  Exit status: 0 done, 2 failed.");

} // namespace

int runConsentNotice(Args args)
{
    // Painting text needs a GUI application (offscreen when there is no display).
    RecordsCommand cmd(kName, kDetails, {"--db", "--child", "-o", "--output"}, {}, QtSession::Kind::Widgets);
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto dbPath = cmd.database();
    const auto child = p.value("--child");
    const auto out = cmd.output();
    if (!dbPath || !out || out->isEmpty() || !p.positional().isEmpty())
        return cmd.missingArguments();
    QUuid uid;
    if (child) {
        uid = QUuid::fromString(child->trimmed());
        if (uid.isNull())
            return cmd.fail(tr("\"%1\" is not a child's UID.").arg(*child));
    }

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
    // The NIK as the signed-in user may see it.
    auto notice = child ? records::consentNoticeFor(*db, uid, cmd.user()) : records::blankConsentNotice(*db, 0);
    if (!notice)
        return cmd.fail(notice.error().message);

    records::OutputFile file(*out);
    if (auto created = file.create(); !created)
        return cmd.fail(created.error().message);
    QString why;
    if (!report::writeConsentNoticePdf(*notice, file.temporaryPath(), &why))
        return cmd.fail(tr("The consent notice was not written (%1): %2").arg(QDir::toNativeSeparators(*out), why));
    if (auto moved = file.commit(); !moved)
        return cmd.fail(moved.error().message);
    console::say(tr("Consent notice written to %1.").arg(QDir::toNativeSeparators(*out)));
    return kExitOk;
}

} // namespace tumbuh::cli
