// tumbuh-cli restore --db FILE.db BACKUP
//
// Replaces the database with a checked backup (store/restore.h), keeping a
// copy of the file it replaces.
#include "cli/command.h"
#include "cli/console.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include "records/backup/restore.h"

#include <QCoreApplication>
#include <QDir>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "restore";

QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::cli", text);
}

} // namespace

int runRestore(Args args)
{
    QtSession session;
    OptionParser p({"--db"}, {});
    if (!p.parse(args)) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    if (p.helpRequested()) {
        console::say(tr("Usage: tumbuh-cli restore --db FILE.db BACKUP\n"
                        "  Checks the backup (integrity, schema version), keeps a copy of the database file it "
                        "replaces, then puts the backup in its place. Close the program before restoring.\n"
                        "  Exit status: 0 restored, 2 refused or failed (nothing replaced)."));
        return kExitOk;
    }
    const auto dbPath = p.value("--db");
    if (!dbPath || p.positional().size() != 1) {
        console::complain(kName, tr("Give --db FILE.db and one backup file (tumbuh-cli restore --help)."));
        return kExitFailure;
    }
    auto report = records::Restore::run(*dbPath, p.positional().front());
    if (!report) {
        console::complain(kName, report.error().message);
        return kExitFailure;
    }
    console::say(tr("Restored %1 from %2 (%3 children, %4 measurements).")
                     .arg(QDir::toNativeSeparators(*dbPath), QDir::toNativeSeparators(p.positional().front()))
                     .arg(report->backup.children)
                     .arg(report->backup.measurements));
    if (!report->replacedCopy.isEmpty())
        console::say(tr("The replaced file was kept as %1.").arg(QDir::toNativeSeparators(report->replacedCopy)));
    return kExitOk;
}

} // namespace tumbuh::cli
