// tumbuh-cli referrals (its usage is written in the command table, commandtable.cpp)
//
// The referrals as CSV (records/referralexporter.h), all or only the overdue ones.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/package/packagewriter.h"
#include "records/namedpolicy.h"
#include "records/referralexporter.h"
#include "store/database.h"

#include <QDate>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli", "  One row per referral (of a child or its household), oldest first: its status, follow-up date, "
                   "days overdue and last note. --overdue: only those still referred after their follow-up date; "
                   "--today sets the day to count from (default: today).\n"
                   "  A referral for violence or neglect (kekerasan) is listed with the reasons \"rahasia\" and no "
                   "note.\n"
                   "  Exit status: 0 done, 2 failed.");

} // namespace

int runReferrals(Args args)
{
    RecordsCommand cmd("referrals", kDetails, {"--db", "--posyandu", "--today", "-o", "--output"}, {"--overdue"});
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto out = cmd.output();
    if (!cmd.database() || !out || out->isEmpty() || !p.positional().isEmpty())
        return cmd.missingArguments();
    records::ReferralExportOptions options;
    options.overdueOnly = p.has("--overdue");
    if (const auto today = p.value("--today")) {
        options.asOf = QDate::fromString(*today, Qt::ISODate);
        if (!options.asOf.isValid())
            return cmd.fail(tr("The date \"%1\" is not a date of the form YYYY-MM-DD.").arg(*today));
    }
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    // Listing referrals is every role's work (store/access.h): signed in is enough.
    // Only the referrals of children with consent for reporting (records/namedpolicy.h).
    auto policy = records::NamedPolicy::make(*db, cmd.user(), false);
    if (!policy)
        return cmd.fail(policy.error().message);
    if (!options.asOf.isValid())
        options.asOf = db->today();
    if (const auto posyandu = p.value("--posyandu")) {
        auto id = records::PackageWriter(*db).findPosyandu(*posyandu);
        if (!id)
            return cmd.fail(id.error().message);
        options.posyandu = *id;
    }
    auto rows = records::ReferralExporter(*db).write(*out, options, *policy);
    if (!rows)
        return cmd.fail(rows.error().message);
    console::say(tr("%1 rows written to %2.").arg(*rows).arg(*out));
    if (const QString note = policy->note(); !note.isEmpty())
        console::say(note);
    return kExitOk;
}

} // namespace tumbuh::cli
