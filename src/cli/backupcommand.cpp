// tumbuh-cli backup (its usage is written in the command table, commandtable.cpp)
//
// A backup now (records/backup/backup.h), keeping the newest N.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/backup/backup.h"

#include <QDir>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  Writes a compressed backup into DIR (default: the folder \"backups\" next to the "
                                                                  "database): a full one, NAME-yyyyMMdd-HHmmss.db.zst, or one with only the changes "
                                                                  "since the newest full one, NAME-yyyyMMdd-HHmmss.db.delta.zst. Keeps the newest N "
                                                                  "(default 10) and the full backups they need.\n"
                                                                  "  Only backups this program wrote into DIR are removed, oldest first as recorded in "
                                                                  "DIR/tumbuh-backups.json; other files are never touched.\n"
                                                                  "  Exit status: 0 done, 2 failed.");

} // namespace

int runBackup(Args args)
{
    RecordsCommand cmd("backup", kDetails, {"--db", "--dir", "--keep"}, {});
    if (const auto done = cmd.start(args))
        return *done;
    OptionParser& p = cmd.options();
    const auto dbPath = cmd.database();
    bool bad = false;
    const auto keep = p.number("--keep", 1, 100000, bad);
    if (bad)
        return cmd.fail(p.error());
    if (!dbPath || !p.positional().isEmpty())
        return cmd.missingArguments();
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::MakeBackup))
        return *refused;
    const QString dir = p.value("--dir").value_or(QString());
    auto made = records::Backup::make(*db, dir, keep ? static_cast<int>(*keep) : 10);
    if (!made)
        return cmd.fail(made.error().message);
    console::say(tr("Backup written: %1").arg(QDir::toNativeSeparators(made->path)));
    for (const QString& old : made->removed)
        console::say(tr("Old backup removed: %1").arg(QDir::toNativeSeparators(old)));
    console::say(tr("Backups kept: %1.").arg(records::Backup::list(*dbPath, dir).size()));
    return kExitOk;
}

} // namespace tumbuh::cli
