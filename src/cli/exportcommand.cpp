// tumbuh-cli export (its usage is written in the command table, commandtable.cpp)
//
// CSV export in the columns the importer reads back (store/csvexporter.h).
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/csvexporter.h"
#include "records/namedpolicy.h"

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  children: one row per child with its UUID; measurements: one row per measurement "
                                                                  "with the child's UUID, NIK, name, sex, birth date and the posyandu.\n"
                                                                  "  What is exported imports back unchanged (tumbuh-cli import).\n"
                                                                  "  NIKs are masked unless --full-nik (nutritionist, admin); children without consent for reporting are left out.\n"
                                                                  "  Exit status: 0 done, 2 failed.");

} // namespace

int runExport(Args args)
{
    RecordsCommand cmd("export", kDetails, {"--db", "--what", "-o", "--output"}, {"--full-nik"});
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto what = p.value("--what");
    const auto out = cmd.output();
    if (!cmd.database() || !what || !out || !p.positional().isEmpty())
        return cmd.missingArguments();
    records::ExportWhat kind = records::ExportWhat::Children;
    if (*what == u"children" || *what == u"anak") {
        kind = records::ExportWhat::Children;
    } else if (*what == u"measurements" || *what == u"pengukuran") {
        kind = records::ExportWhat::Measurements;
    } else {
        return cmd.fail(tr("--what is children or measurements, not \"%1\".").arg(*what));
    }
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::ExportByName))
        return *refused;
    auto policy = records::NamedPolicy::make(*db, cmd.user(), p.has("--full-nik"));
    if (!policy)
        return cmd.fail(policy.error().message);
    auto rows = records::CsvExporter(*db).write(kind, *out, *policy);
    if (!rows)
        return cmd.fail(rows.error().message);
    console::say(tr("%1 rows written to %2.").arg(*rows).arg(*out));
    if (const QString note = policy->note(); !note.isEmpty())
        console::say(note);
    return kExitOk;
}

} // namespace tumbuh::cli
