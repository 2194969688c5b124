// tumbuh-cli backup --db FILE.db [--dir DIR] [--keep N]
//
// A backup now (store/backup.h), keeping the newest N.
#include "cli/command.h"
#include "cli/console.h"
#include "cli/databaseopener.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include "records/backup/backup.h"

#include <QCoreApplication>
#include <QDir>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "backup";

QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::cli", text);
}

} // namespace

int runBackup(Args args)
{
    QtSession session;
    OptionParser p({"--db", "--dir", "--keep"}, {});
    if (!p.parse(args)) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    if (p.helpRequested()) {
        console::say(tr("Usage: tumbuh-cli backup --db FILE.db [--dir DIR] [--keep N]\n"
                        "  Writes a backup NAME-yyyyMMdd-HHmmss.db into DIR (default: the folder \"backups\" next "
                        "to the database) and keeps the newest N (default 10).\n"
                        "  Only backups this program wrote into DIR are removed, oldest first as recorded in "
                        "DIR/tumbuh-backups.json; other files are never touched.\n"
                        "  Exit status: 0 done, 2 failed."));
        return kExitOk;
    }
    const auto dbPath = p.value("--db");
    bool bad = false;
    const auto keep = p.number("--keep", 1, 100000, bad);
    if (bad) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    if (!dbPath || !p.positional().isEmpty()) {
        console::complain(kName, tr("Give the database with --db FILE.db (tumbuh-cli backup --help)."));
        return kExitFailure;
    }
    auto db = openDatabaseReadOnly(kName, *dbPath);
    if (!db)
        return kExitFailure;
    const QString dir = p.value("--dir").value_or(QString());
    auto made = records::Backup::make(*db, dir, keep ? static_cast<int>(*keep) : 10);
    if (!made) {
        console::complain(kName, made.error().message);
        return kExitFailure;
    }
    console::say(tr("Backup written: %1").arg(QDir::toNativeSeparators(made->path)));
    for (const QString& old : made->removed)
        console::say(tr("Old backup removed: %1").arg(QDir::toNativeSeparators(old)));
    console::say(tr("Backups kept: %1.").arg(records::Backup::list(*dbPath, dir).size()));
    return kExitOk;
}

} // namespace tumbuh::cli
