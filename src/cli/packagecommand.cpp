// tumbuh-cli package (its usage is written in the command table, commandtable.cpp)
//
// Writes one posyandu's package (store/packageformat.h) for `merge`.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/package/packagewriter.h"

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  Writes one posyandu's data (its children with all their measurements and referrals, "
                                                                  "families, deleted rows too) into one file, to merge elsewhere with tumbuh-cli merge.\n"
                                                                  "  Exit status: 0 done, 2 failed.");

} // namespace

int runPackage(Args args)
{
    RecordsCommand cmd("package", kDetails, {"--db", "--posyandu", "-o", "--output"}, {});
    if (const auto done = cmd.start(args))
        return *done;
    const auto posyandu = cmd.options().value("--posyandu");
    const auto out = cmd.output();
    if (!cmd.database() || !posyandu || !out || !cmd.options().positional().isEmpty())
        return cmd.missingArguments();
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::MakePackage))
        return *refused;
    records::PackageWriter writer(*db);
    auto id = writer.findPosyandu(*posyandu);
    if (!id)
        return cmd.fail(id.error().message);
    auto info = writer.write(*id, *out);
    if (!info)
        return cmd.fail(info.error().message);
    console::say(tr("Package of %1 written to %2: %3 children, %4 measurements, %5 referrals (%8 steps), "
                    "%9 counselling records, %6 households, %7 posyandu.")
                     .arg(info->posyanduName, *out)
                     .arg(info->children)
                     .arg(info->measurements)
                     .arg(info->referrals)
                     .arg(info->households)
                     .arg(info->posyandu)
                     .arg(info->referralEvents)
                     .arg(info->counselling));
    return kExitOk;
}

} // namespace tumbuh::cli
