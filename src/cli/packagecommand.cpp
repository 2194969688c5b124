// tumbuh-cli package --db FILE.db --posyandu NAME|UID -o FILE
//
// Writes one posyandu's package (store/packageformat.h) for `merge`.
#include "cli/command.h"
#include "cli/console.h"
#include "cli/databaseopener.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include "records/package/packagewriter.h"

#include <QCoreApplication>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "package";

QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::cli", text);
}

} // namespace

int runPackage(Args args)
{
    QtSession session;
    OptionParser p({"--db", "--posyandu", "-o", "--output"}, {});
    if (!p.parse(args)) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    if (p.helpRequested()) {
        console::say(tr("Usage: tumbuh-cli package --db FILE.db --posyandu NAME|UID -o FILE\n"
                        "  Writes one posyandu's data (its children with all their measurements and referrals, "
                        "families, deleted rows too) into one file, to merge elsewhere with tumbuh-cli merge.\n"
                        "  Exit status: 0 done, 2 failed."));
        return kExitOk;
    }
    const auto dbPath = p.value("--db");
    const auto posyandu = p.value("--posyandu");
    const auto out = p.value("-o") ? p.value("-o") : p.value("--output");
    if (!dbPath || !posyandu || !out || !p.positional().isEmpty()) {
        console::complain(kName, tr("Give --db FILE.db, --posyandu NAME|UID and -o FILE (tumbuh-cli package --help)."));
        return kExitFailure;
    }
    auto db = openDatabaseReadOnly(kName, *dbPath);
    if (!db)
        return kExitFailure;
    records::PackageWriter writer(*db);
    auto id = writer.findPosyandu(*posyandu);
    if (!id) {
        console::complain(kName, id.error().message);
        return kExitFailure;
    }
    auto info = writer.write(*id, *out);
    if (!info) {
        console::complain(kName, info.error().message);
        return kExitFailure;
    }
    console::say(tr("Package of %1 written to %2: %3 children, %4 measurements, %5 referrals, %6 households, "
                    "%7 posyandu.")
                     .arg(info->posyanduName, *out)
                     .arg(info->children)
                     .arg(info->measurements)
                     .arg(info->referrals)
                     .arg(info->households)
                     .arg(info->posyandu));
    return kExitOk;
}

} // namespace tumbuh::cli
