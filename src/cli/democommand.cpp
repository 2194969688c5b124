// tumbuh-cli demo -o FILE.db [--children N] [--months M] [--seed S] [--today YYYY-MM-DD] [--posyandu N]
//
// Writes the synthetic demo city (store/demogenerator.h) into a new file.
#include "cli/command.h"
#include "cli/console.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include "records/demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace tumbuh::cli {
namespace {

constexpr std::string_view kName = "demo";

void usage()
{
    console::say(QCoreApplication::translate(
        "tumbuh::cli",
        "Usage: tumbuh-cli demo -o FILE.db [--children N] [--months M] [--seed S] [--today YYYY-MM-DD] "
        "[--posyandu N]\n"
        "  Writes a synthetic demo city (invented names and NIKs) into a new database file.\n"
        "  --children  number of children (default 600)\n"
        "  --months    months of history up to today (default 24)\n"
        "  --seed      the same seed gives the same data (default 1)\n"
        "  --today     the last posyandu day (default: the current date)\n"
        "  --posyandu  number of posyandu (default: about one per 110 children)\n"
        "  Exit status: 0 done, 2 failed."));
}

} // namespace

int runDemo(Args args)
{
    QtSession session;
    OptionParser p({"-o", "--output", "--children", "--months", "--seed", "--today", "--posyandu"}, {});
    if (!p.parse(args)) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    if (p.helpRequested()) {
        usage();
        return kExitOk;
    }
    const auto output = p.value("-o") ? p.value("-o") : p.value("--output");
    if (!output || output->isEmpty() || !p.positional().isEmpty()) {
        console::complain(kName, QCoreApplication::translate("tumbuh::cli", "Give the new database file with -o FILE.db (tumbuh-cli demo --help)."));
        return kExitFailure;
    }
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
        if (!ok) {
            console::complain(kName, QCoreApplication::translate("tumbuh::cli", "The seed must be a whole number, not \"%1\".").arg(*seed));
            return kExitFailure;
        }
    }
    if (const auto today = p.value("--today")) {
        options.today = QDate::fromString(*today, Qt::ISODate);
        if (!options.today.isValid()) {
            console::complain(kName, QCoreApplication::translate("tumbuh::cli", "The date \"%1\" is not a date of the form YYYY-MM-DD.").arg(*today));
            return kExitFailure;
        }
    }
    if (bad) {
        console::complain(kName, p.error());
        return kExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = records::generateDemo(*output, options);
    if (!summary) {
        console::complain(kName, summary.error().message);
        return kExitFailure;
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const double mb = static_cast<double>(QFileInfo(*output).size()) / (1024.0 * 1024.0);
    console::say(QCoreApplication::translate("tumbuh::cli",
                                             "Demo database written: %1 (%2 posyandu, %3 households, %4 children, "
                                             "%5 measurements, %6 referrals) in %7 s, %8 MB.")
                     .arg(*output)
                     .arg(summary->posyandu)
                     .arg(summary->households)
                     .arg(summary->children)
                     .arg(summary->measurements)
                     .arg(summary->referrals)
                     .arg(seconds, 0, 'f', 1)
                     .arg(mb, 0, 'f', 1));
    return kExitOk;
}

} // namespace tumbuh::cli
