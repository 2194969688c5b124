// tumbuh-cli restore (its usage is written in the command table, commandtable.cpp)
//
// Replaces the database with a checked backup (records/backup/restore.h), a
// plain or a compressed one, keeping a copy of the file it replaces.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/databaseopener.h"
#include "cli/recordscommand.h"

#include "records/backup/restore.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  Checks the backup (integrity, schema version), keeps a copy of the database file it "
                                                                  "replaces, then puts the backup in its place. Close the program before restoring.\n"
                                                                  "  Restoring needs the admin role. --user signs in to the current database when it "
                                                                  "opens; when it is damaged, to the backup being restored.\n"
                                                                  "  Exit status: 0 restored, 2 refused or failed (nothing replaced).");

} // namespace

int runRestore(Args args)
{
    RecordsCommand cmd("restore", kDetails, {"--db"}, {});
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto dbPath = cmd.database();
    if (!dbPath || p.positional().size() != 1)
        return cmd.missingArguments();
    // The current file may be damaged (the reason to restore): then the
    // user signs in to the backup, once Restore has checked it (and
    // decompressed it, for a compressed one).
    bool signedIn = false;
    {
        store::OpenOptions options;
        options.createIfMissing = false;
        options.readOnly = true;
        if (auto current = store::Database::open(*dbPath, options)) {
            if (!cmd.signIn(**current))
                return kExitFailure;
            if (const auto refused = cmd.require(store::Permission::RestoreBackup))
                return *refused;
            signedIn = true;
        }
    }
    bool refusedSaid = false;
    const auto mayUse = [&](const QString& checkedCopy) -> store::Result<void> {
        if (signedIn)
            return {};
        auto db = openDatabaseReadOnly(cmd.name(), checkedCopy);
        if (db && cmd.signIn(*db) && !cmd.require(store::Permission::RestoreBackup))
            return {};
        refusedSaid = true;
        return store::Error{store::ErrorCode::NotAllowed, {}, {}, {}, {}};
    };
    auto report = records::Restore::run(*dbPath, p.positional().front(), QDateTime::currentDateTime(), mayUse);
    if (!report && refusedSaid)
        return kExitFailure;
    if (!report)
        return cmd.fail(report.error().message);
    console::say(tr("Restored %1 from %2 (%3 children, %4 measurements).")
                     .arg(QDir::toNativeSeparators(*dbPath), QDir::toNativeSeparators(p.positional().front()))
                     .arg(report->backup.children)
                     .arg(report->backup.measurements));
    if (!report->replacedCopy.isEmpty())
        console::say(tr("The replaced file was kept as %1.").arg(QDir::toNativeSeparators(report->replacedCopy)));
    return kExitOk;
}

} // namespace tumbuh::cli
