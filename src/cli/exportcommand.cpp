// tumbuh-cli export --db FILE.db --what children|measurements -o OUT.csv
//
// CSV export in the columns the importer reads back (store/csvexporter.h).
#include "cli/command.h"
#include "cli/console.h"
#include "cli/databaseopener.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include "records/csvexporter.h"

#include <QCoreApplication>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "export";

QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::cli", text);
}

} // namespace

int runExport(Args args)
{
    QtSession session;
    OptionParser p({"--db", "--what", "-o", "--output"}, {});
    if (!p.parse(args)) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    if (p.helpRequested()) {
        console::say(tr("Usage: tumbuh-cli export --db FILE.db --what children|measurements -o OUT.csv\n"
                        "  children: one row per child with its UUID; measurements: one row per measurement "
                        "with the child's UUID, NIK, name, sex, birth date and the posyandu.\n"
                        "  What is exported imports back unchanged (tumbuh-cli import).\n"
                        "  Exit status: 0 done, 2 failed."));
        return kExitOk;
    }
    const auto dbPath = p.value("--db");
    const auto what = p.value("--what");
    const auto out = p.value("-o") ? p.value("-o") : p.value("--output");
    if (!dbPath || !what || !out || !p.positional().isEmpty()) {
        console::complain(kName, tr("Give --db FILE.db, --what children|measurements and -o OUT.csv (tumbuh-cli export --help)."));
        return kExitFailure;
    }
    records::ExportWhat kind = records::ExportWhat::Children;
    if (*what == u"children" || *what == u"anak") {
        kind = records::ExportWhat::Children;
    } else if (*what == u"measurements" || *what == u"pengukuran") {
        kind = records::ExportWhat::Measurements;
    } else {
        console::complain(kName, tr("--what is children or measurements, not \"%1\".").arg(*what));
        return kExitFailure;
    }
    auto db = openDatabaseReadOnly(kName, *dbPath);
    if (!db)
        return kExitFailure;
    auto rows = records::CsvExporter(*db).write(kind, *out);
    if (!rows) {
        console::complain(kName, rows.error().message);
        return kExitFailure;
    }
    console::say(tr("%1 rows written to %2.").arg(*rows).arg(*out));
    return kExitOk;
}

} // namespace tumbuh::cli
