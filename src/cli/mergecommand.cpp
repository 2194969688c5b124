// tumbuh-cli merge (its usage is written in the command table, commandtable.cpp)
//
// Merges a posyandu package by UUID (store/packagemerger.h).
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/package/packagemerger.h"

#include <QElapsedTimer>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  Merges a posyandu package by UUID: new rows are added, the newer edit wins, deletions "
                                                                  "are carried; merging the same package again changes nothing.\n"
                                                                  "  Exit status: 0 merged, 1 merged but some rows skipped, 2 failed.");

QString line(const QString& what, const records::MergeCounts& c)
{
    return tr("%1: %2 added, %3 updated (%4 deleted), %5 unchanged, %6 skipped.")
        .arg(what)
        .arg(c.added)
        .arg(c.updated)
        .arg(c.deleted)
        .arg(c.unchanged)
        .arg(c.skipped);
}

} // namespace

int runMerge(Args args)
{
    RecordsCommand cmd("merge", kDetails, {"--db"}, {});
    if (const auto done = cmd.start(args))
        return *done;
    if (!cmd.database() || cmd.options().positional().size() != 1)
        return cmd.missingArguments();
    auto db = cmd.open(true);
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::MergePackage))
        return *refused;
    QElapsedTimer timer;
    timer.start();
    auto report = records::PackageMerger(*db, cmd.user().id).merge(cmd.options().positional().front());
    if (!report)
        return cmd.fail(report.error().message);
    const records::MergeReport& r = *report;
    console::say(tr("Package of %1 (from %2, %3).")
                     .arg(r.package.posyanduName, r.package.source, r.package.createdAt.toString(Qt::ISODate)));
    console::say(line(tr("Posyandu"), r.posyandu));
    console::say(line(tr("Households"), r.households));
    console::say(line(tr("Children"), r.children));
    console::say(line(tr("Measurements"), r.measurements));
    console::say(line(tr("Referrals"), r.referrals));
    console::say(line(tr("Referral steps"), r.referralEvents));
    console::say(line(tr("Counselling"), r.counselling));
    for (std::size_t i = 0; i < r.skipped.size() && i < 20; ++i)
        console::say(tr("  skipped %1 %2: %3").arg(r.skipped[i].table, r.skipped[i].uid.toString(QUuid::WithoutBraces), r.skipped[i].reason));
    console::say(tr("%1 rows changed in %2 s.").arg(r.changed()).arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return r.skipped.empty() ? kExitOk : kExitRejected;
}

} // namespace tumbuh::cli
