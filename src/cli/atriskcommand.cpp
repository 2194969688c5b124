// tumbuh-cli at-risk (its usage is written in the command table, commandtable.cpp)
//
// The "Perlu perhatian" list of a month as CSV (records/followup/atrisklist.h,
// atriskcsv.h): one row per child with at least one reason.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/followup/atriskcsv.h"
#include "records/followup/atrisklist.h"
#include "records/followup/attentionrulesfile.h"
#include "records/namedpolicy.h"
#include "records/package/packagewriter.h"

#include <QDate>
#include <QFileInfo>

#include <optional>
#include <string_view>
#include <utility>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli",
    "  One row per child who needs attention in the month (the Perlu perhatian list): the reason codes joined by "
    "\";\", the strongest action (rujuk, edukasi, pantau), age, mother, RT/RW and the open referral's status. "
    "Without --posyandu, every posyandu of the file. Without -o, the list is shown here (every role); a CSV file "
    "(-o) has the children's names and needs a role that may export them (nutritionist, admin).\n"
    "  Exit status: 0 done, 2 failed.");

} // namespace

int runAtRisk(Args args)
{
    RecordsCommand cmd("at-risk", kDetails, {"--db", "--month", "--posyandu", "-o", "--output"}, {"--full-nik"});
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto monthText = p.value("--month");
    const auto posyandu = p.value("--posyandu");
    const auto out = cmd.output();
    if (!cmd.database() || !monthText || (out && out->isEmpty()) || !p.positional().isEmpty())
        return cmd.missingArguments();
    const auto parsed = parseMonthOption(*monthText);
    const QDate month = parsed ? QDate(static_cast<int>(parsed->year()), static_cast<int>(static_cast<unsigned>(parsed->month())), 1) : QDate();
    if (!month.isValid())
        return cmd.fail(tr("--month is a year and a month as YYYY-MM (for example 2026-11), not \"%1\".").arg(*monthText));
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    // The list on the console is every role's work; written to a CSV file
    // with names it is a by-name export (records/namedpolicy.h: only children
    // with consent for reporting).
    std::optional<records::NamedPolicy> policy;
    if (out) {
        if (const auto refused = cmd.require(store::Permission::ExportByName))
            return *refused;
        auto made = records::NamedPolicy::make(*db, cmd.user(), p.has("--full-nik"));
        if (!made)
            return cmd.fail(made.error().message);
        policy = std::move(*made);
    }
    records::AtRiskQuery query;
    query.month = month;
    if (posyandu) {
        auto id = records::PackageWriter(*db).findPosyandu(*posyandu);
        if (!id)
            return cmd.fail(id.error().message);
        query.posyanduId = *id;
    }
    // The puskesmas's own rules (attention-rules.csv beside the database) when
    // there is a good copy; a broken copy is named and the built-in rules used.
    const records::LoadedAttentionRules rules = records::loadAttentionRules(QFileInfo(db->path()).absolutePath());
    if (!rules.error.isEmpty())
        console::complain("at-risk", rules.error);
    query.rules = rules.rules.get();
    auto rows = records::AtRiskList(*db).load(query);
    if (!rows)
        return cmd.fail(rows.error().message);
    if (!out) {
        console::say(tr("%1 children who need attention in %2:").arg(rows->size()).arg(month.toString(QStringLiteral("yyyy-MM"))));
        for (const records::AtRiskChild& c : *rows) {
            const std::string_view action = growth::actionText(c.action);
            console::say(tr("  %1 (%2 months, mother %3, RT %4/RW %5): %6, %7")
                             .arg(c.name)
                             .arg(c.ageMonths)
                             .arg(c.motherName, c.rt, c.rw, c.reasonCodes(), QString::fromLatin1(action.data(), static_cast<qsizetype>(action.size()))));
        }
        return kExitOk;
    }
    auto written = records::AtRiskCsv::write(*rows, *out, db->path(), *policy);
    if (!written)
        return cmd.fail(written.error().message);
    console::say(tr("%1 children who need attention in %2 written to %3.")
                     .arg(*written)
                     .arg(month.toString(QStringLiteral("yyyy-MM")), *out));
    if (const QString note = policy->note(); !note.isEmpty())
        console::say(note);
    return kExitOk;
}

} // namespace tumbuh::cli
