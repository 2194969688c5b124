// tumbuh-cli demo (its usage is written in the command table, commandtable.cpp)
//
// Writes the synthetic demo city (store/demogenerator.h) into a new file.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "records/demo/demogenerator.h"
#include "records/demo/demousers.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  Writes a synthetic demo city (invented names and NIKs) into a new database file, with the users "
                                                                  "admin, kader and gizi (nutritionist), each with the PIN 123456.\n"
                                                                  "  --children  number of children (default 600)\n"
                                                                  "  --months    months of history up to today (default 24)\n"
                                                                  "  --seed      the same seed gives the same data (default 1)\n"
                                                                  "  --today     the last posyandu day (default: the current date)\n"
                                                                  "  --posyandu  number of posyandu (default: about one per 110 children)\n"
                                                                  "  Exit status: 0 done, 2 failed.");

} // namespace

int runDemo(Args args)
{
    RecordsCommand cmd("demo", kDetails, {"-o", "--output", "--children", "--months", "--seed", "--today", "--posyandu"},
                       {});
    if (const auto done = cmd.start(args))
        return *done;
    OptionParser& p = cmd.options();
    const auto output = cmd.output();
    if (!output || output->isEmpty() || !p.positional().isEmpty())
        return cmd.missingArguments();
    records::DemoOptions options;
    bool bad = false;
    if (auto n = p.number("--children", 0, 10'000'000, bad))
        options.children = static_cast<int>(*n);
    if (auto n = p.number("--months", 0, 240, bad))
        options.months = static_cast<int>(*n);
    if (auto n = p.number("--posyandu", 1, 60'000, bad))
        options.posyandu = static_cast<int>(*n);
    if (const auto seed = p.value("--seed")) {
        bool ok = false;
        options.seed = seed->toULongLong(&ok);
        if (!ok)
            return cmd.fail(tr("The seed must be a whole number, not \"%1\".").arg(*seed));
    }
    if (const auto today = p.value("--today")) {
        options.today = QDate::fromString(*today, Qt::ISODate);
        if (!options.today.isValid())
            return cmd.fail(tr("The date \"%1\" is not a date of the form YYYY-MM-DD.").arg(*today));
    }
    if (bad)
        return cmd.fail(p.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = records::generateDemo(*output, options);
    if (!summary)
        return cmd.fail(summary.error().message);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const double mb = static_cast<double>(QFileInfo(*output).size()) / (1024.0 * 1024.0);
    console::say(tr("Demo database written: %1 (%2 posyandu, %3 households, %4 children, "
                    "%5 measurements, %6 referrals) in %7 s, %8 MB.")
                     .arg(*output)
                     .arg(summary->posyandu)
                     .arg(summary->households)
                     .arg(summary->children)
                     .arg(summary->measurements)
                     .arg(summary->referrals)
                     .arg(seconds, 0, 'f', 1)
                     .arg(mb, 0, 'f', 1));
    QStringList users;
    for (const records::DemoUser& u : records::demoUsers())
        users << QString::fromLatin1(u.name);
    console::say(tr("Demo users: %1 — PIN %2").arg(users.join(QStringLiteral(", ")), QString::fromLatin1(records::kDemoPin)));
    return kExitOk;
}

} // namespace tumbuh::cli
