// tumbuh-cli import (its usage is written in the command table, commandtable.cpp)
//
// Import (records/import/csvimporter.h) of a CSV, an e-PPGBM ".xls" (a web
// page with a table) or an .xlsx: children, measurements or the combined
// e-PPGBM layout, recognised from the header.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/import/csvimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli",
    "  Imports children, measurements, or one row per measurement with the child's columns "
    "(e-PPGBM lists); the columns are recognised from the header.\n"
    "  --create          make FILE.db as a new database when it does not exist (without it, a "
    "missing FILE.db is refused: a mistyped name does not start a new, empty database)\n"
    "  --dry-run         report what would be added, changed and rejected; save nothing\n"
    "  --rejects OUT.csv write the rejected rows with the reason (alasan, reason)\n"
    "  --map             name columns explicitly, e.g. \"Berat Badan=weight_kg,Kol 7=ignore\"\n"
    "  --all-or-nothing  save nothing when any row is rejected\n"
    "  --posyandu        the posyandu for files without a posyandu column\n"
    "  --update-by-nik   change the child a NIK finds even when its name, birth date and "
    "mother's name all differ (otherwise such a row is refused as a mistyped NIK)\n"
    "  Exit status: 0 all rows accepted, 1 some rows rejected, 2 failed.");

QString layoutName(records::ImportLayout l)
{
    switch (l) {
    case records::ImportLayout::Children: return tr("children");
    case records::ImportLayout::Measurements: return tr("measurements");
    case records::ImportLayout::Combined: return tr("one row per measurement with the child's columns");
    }
    return {};
}

} // namespace

int runImport(Args args)
{
    RecordsCommand cmd("import", kDetails, {"--db", "--rejects", "--map", "--posyandu"},
                       {"--dry-run", "--all-or-nothing", "--create", "--update-by-nik"});
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto dbPath = cmd.database();
    if (!dbPath || p.positional().size() != 1)
        return cmd.missingArguments();
    records::ImportOptions options;
    options.dryRun = p.has("--dry-run");
    options.allOrNothing = p.has("--all-or-nothing");
    options.updateByNik = p.has("--update-by-nik");
    options.rejectsPath = p.value("--rejects").value_or(QString());
    options.defaultPosyandu = p.value("--posyandu").value_or(QString());
    if (const auto map = p.value("--map")) {
        for (const QString& pair : map->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
            if (eq <= 0)
                return cmd.fail(tr("A mapping is written column=field, not \"%1\".").arg(pair));
            options.mapping.emplace_back(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
    }
    if (!p.has("--create") && !QFileInfo::exists(*dbPath)) {
        return cmd.fail(tr("The database file %1 does not exist. Check its name and folder; to start a new "
                           "database with this import, add --create.")
                            .arg(QDir::toNativeSeparators(*dbPath)));
    }
    auto db = cmd.open(p.has("--create"));
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::EditRegister))
        return *refused;
    if (const auto refused = cmd.require(store::Permission::EditMeasurements))
        return *refused;

    QElapsedTimer timer;
    timer.start();
    options.user = cmd.user().id;
    records::CsvImporter importer(*db, options);
    auto report = importer.run(p.positional().front());
    if (!report)
        return cmd.fail(report.error().message);
    const records::ImportReport& r = *report;
    console::say(tr("Layout: %1.").arg(layoutName(r.layout)));
    console::say(tr("Columns: %1.").arg(r.columns.join(QStringLiteral(", "))));
    if (!r.ignoredColumns.isEmpty())
        console::say(tr("Columns not used: %1.").arg(r.ignoredColumns.join(QStringLiteral(", "))));
    console::say(tr("Rows read: %1.").arg(r.rows));
    if (r.ignoredRows > 0)
        console::say(tr("Totals rows skipped: %1.").arg(r.ignoredRows));
    if (r.layout != records::ImportLayout::Measurements)
        console::say(tr("Children: %1 added, %2 changed, %3 unchanged.").arg(r.children.added).arg(r.children.updated).arg(r.children.unchanged));
    if (r.layout != records::ImportLayout::Children)
        console::say(tr("Measurements: %1 added, %2 changed, %3 unchanged.")
                         .arg(r.measurements.added)
                         .arg(r.measurements.updated)
                         .arg(r.measurements.unchanged));
    if (r.posyanduAdded > 0 || r.householdsAdded > 0)
        console::say(tr("New posyandu: %1; new households: %2.").arg(r.posyanduAdded).arg(r.householdsAdded));
    if (r.warningCount > 0) {
        console::say(tr("Saved with a warning: %1 (first ones below).").arg(r.warningCount));
        for (std::size_t i = 0; i < r.warnings.size() && i < 10; ++i)
            console::say(QStringLiteral("  ") + r.warnings[i].text.current());
    }
    console::say(tr("Rows rejected: %1.").arg(r.rejectedRows));
    for (std::size_t i = 0; i < r.rejected.size() && i < 20; ++i)
        console::say(tr("  line %1: %2").arg(r.rejected[i].line).arg(r.rejected[i].text.current()));
    if (r.rejectedRows > 20)
        console::say(tr("  ... and %1 more%2.")
                         .arg(r.rejectedRows - 20)
                         .arg(options.rejectsPath.isEmpty() ? QString() : tr(" (all in %1)").arg(options.rejectsPath)));
    if (options.dryRun)
        console::say(tr("Dry run: nothing was saved."));
    else if (!r.committed)
        console::say(tr("Nothing was saved, because rows were rejected and --all-or-nothing was given."));
    else
        console::say(tr("Saved in %1 s.").arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return r.rejectedRows > 0 ? kExitRejected : kExitOk;
}

} // namespace tumbuh::cli
