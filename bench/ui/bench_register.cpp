// bench_ui CITY.db: the register as the program builds it on a big database.
//
//   tumbuh-cli demo -o /tmp/city.db --children 50000
//   QT_QPA_PLATFORM=offscreen bench_ui /tmp/city.db
//
// Prints: the time from the start of main() to the register shown and
// painted (open, the roster query, the rows, the first paint: the rows on
// screen are assessed then, the rest afterwards on the event loop, whose
// time until done is printed too),
// each search and filter the cadre uses (median of several runs, the sort by
// name kept on as in the program), a sort by another column, and the peak
// resident memory of the process.
#include "store/database.h"
#include "store/rosterquery.h"
#include "store/i18n.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/register/childfilterproxy.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/registerpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tumbuh;

namespace {

double medianMs(int runs, const std::function<void()>& setup, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        setup();
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// CPU time of the process: on a shared, busy machine the wall clock also
// counts other programs' turns; both are printed.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ui CITY.db   (make one with: tumbuh-cli demo -o CITY.db --children 50000)\n");
        return 2;
    }
    store::installTranslator(app, QStringLiteral("id"));

    QElapsedTimer step;
    step.start();
    double cpu = cpuMs();
    const double cpuAppMs = cpu;
    store::OpenOptions options;
    options.createIfMissing = false;
    auto opened = store::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::Database& db = **opened;
    const double openMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    const double cpuOpenMs = cpuMs() - cpu;

    // The parts of building the list, measured apart (and taken out of the
    // start-up figure below).
    double partsWallMs = 0;
    double partsCpuMs = 0;
    {
        QElapsedTimer whole;
        whole.start();
        const double cpuBefore = cpuMs();
        QElapsedTimer part;
        part.start();
        double partCpu = cpuMs();
        store::ChildFilter filter;
        filter.withEarlierWeighings = true; // as the register asks (T and 2T on the dot)
        auto list = store::RosterQuery(db).list(filter);
        const double listMs = static_cast<double>(part.nsecsElapsed()) / 1e6;
        const double listCpuMs = cpuMs() - partCpu;
        part.restart();
        partCpu = cpuMs();
        ui::ChildListModel model;
        model.load(std::move(*list), db.today());
        const double loadMs = static_cast<double>(part.nsecsElapsed()) / 1e6;
        const double loadCpuMs = cpuMs() - partCpu;
        part.restart();
        partCpu = cpuMs();
        model.assessAll();
        const double assessMs = static_cast<double>(part.nsecsElapsed()) / 1e6;
        const double assessCpuMs = cpuMs() - partCpu;
        std::printf("  (parts, wall/cpu ms: children with last visit and RT/RW %.1f/%.1f, rows %.1f/%.1f; "
                    "assessment of every row, deferred %.1f/%.1f)\n",
                    listMs, listCpuMs, loadMs, loadCpuMs, assessMs, assessCpuMs);
        partsWallMs = static_cast<double>(whole.nsecsElapsed()) / 1e6;
        partsCpuMs = cpuMs() - cpuBefore;
    }

    step.restart();
    cpu = cpuMs();
    ui::DataNotifier notifier;
    ui::CommandStack commands(&notifier);
    ui::RegisterPage page(db, notifier, commands, 0);
    const double buildMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    const double cpuBuildMs = cpuMs() - cpu;

    step.restart();
    page.resize(1280, 760);
    page.show();
    QApplication::processEvents();
    (void)page.grab(); // the first paint, rows included
    const double paintMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    const double usableMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    const double cpuUsableMs = cpuMs() - partsCpuMs;

    // What the background does after the first paint, until every row has
    // its dot (the list can be used meanwhile).
    step.restart();
    cpu = cpuMs();
    while (page.model()->unassessedCount() > 0)
        QApplication::processEvents();
    const double backgroundMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    const double cpuBackgroundMs = cpuMs() - cpu;

    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == u"--startup-only")
        return 0;
    auto* proxy = page.proxy();
    const int children = page.model()->rowCount();
    std::printf("register of %d children (%s)\n", children, argv[1]);
    std::printf("                              wall        cpu\n");
    std::printf("  QApplication             %8s    %8.1f ms\n", "", cpuAppMs);
    std::printf("  open database            %8.1f ms %8.1f ms\n", openMs, cpuOpenMs);
    std::printf("  read list + rows         %8.1f ms %8.1f ms\n", buildMs, cpuBuildMs);
    std::printf("  show + first paint       %8.1f ms\n", paintMs);
    std::printf("  start to usable register %8.1f ms %8.1f ms   (target <= 1500)\n", usableMs - partsWallMs,
                cpuUsableMs);
    std::printf("  then every row assessed  %8.1f ms %8.1f ms   (in the background)\n", backgroundMs,
                cpuBackgroundMs);

    using AgeGroup = ui::ChildFilterProxy::AgeGroup;
    using Status = ui::ChildFilterProxy::StatusFilter;
    const auto reset = [&] {
        proxy->setSearchText({});
        proxy->setAgeGroup(AgeGroup::M0To59);
        proxy->setStatus(Status::All);
        proxy->setSex(std::nullopt);
        proxy->setRtRw({});
        proxy->setPosyandu(std::nullopt);
    };
    struct Case {
        const char* name;
        std::function<void()> run;
    };
    const QString someNik = [&] {
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (!page.model()->rowAt(r).child.nik.isEmpty())
                return page.model()->rowAt(r).child.nik.left(8);
        return QStringLiteral("6479");
    }();
    const QString someRtRw = page.model()->rtRwValues().value(0);
    const store::RowId somePosyandu = page.model()->rowAt(0).child.posyanduId;
    const std::vector<Case> cases = {
        {"search \"a\" (most match)", [&] { proxy->setSearchText(QStringLiteral("a")); }},
        {"search \"siti\" (name or mother)", [&] { proxy->setSearchText(QStringLiteral("siti")); }},
        {"search \"putri sari\" (two words)", [&] { proxy->setSearchText(QStringLiteral("putri sari")); }},
        {"search NIK prefix (8 digits)", [&] { proxy->setSearchText(someNik); }},
        {"search, typed a key at a time", [&] {
             QString typed;
             for (const QChar c : QStringLiteral("rahma")) {
                 typed += c;
                 proxy->setSearchText(typed);
             }
         }},
        {"filter age 12-23 months", [&] { proxy->setAgeGroup(AgeGroup::M12To23); }},
        {"filter status: needs attention", [&] { proxy->setStatus(Status::AnyProblem); }},
        {"filter not weighed 2 months", [&] { proxy->setStatus(Status::NotWeighedTwoMonths); }},
        {"filter sex: girls", [&] { proxy->setSex(growth::Sex::Female); }},
        {"filter RT/RW", [&] { proxy->setRtRw(someRtRw); }},
        {"filter one posyandu", [&] { proxy->setPosyandu(somePosyandu); }},
        {"clear every filter", [&] {
             proxy->setAgeGroup(AgeGroup::M12To23);
             proxy->setStatus(Status::AnyProblem);
             QApplication::processEvents();
             reset();
         }},
        {"sort by age", [&] { proxy->sort(ui::ChildListModel::Age); }},
        {"sort by result (WFA z)", [&] { proxy->sort(ui::ChildListModel::Result); }},
        {"sort by name", [&] { proxy->sort(ui::ChildListModel::Name); }},
    };
    std::printf("search and filters (median of 7, the list sorted by name):\n");
    double worst = 0;
    for (const auto& c : cases) {
        const double ms = medianMs(
            7, [&] {
            reset();
            proxy->sort(ui::ChildListModel::Name); }, [&] {
            c.run();
            // What the user waits for: the view updated on screen.
            page.table()->viewport()->repaint(); });
        const double filterOnly = medianMs(
            7, [&] {
            reset();
            proxy->sort(ui::ChildListModel::Name);
            page.table()->viewport()->repaint(); }, [&] { c.run(); });
        std::printf("  %-36s %8.1f ms  filter alone\n", "", filterOnly);
        worst = std::max(worst, ms);
        std::printf("  %-36s %8.1f ms  (%d shown)\n", c.name, ms, proxy->rowCount());
    }
    std::printf("  worst                                %8.1f ms   (target <= 100)\n", worst);
    // A measurement saved elsewhere (posyandu day) while the list is shown:
    // the row is read again and re-sorted.
    {
        reset();
        const store::RowId child = page.model()->rowAt(page.model()->rowCount() / 2).child.meta.id;
        const double ms = medianMs(
            7, [] {}, [&] { emit notifier.measurementsChanged(child); });
        std::printf("  one child changed (list %s)       %8.1f ms\n", page.isVisible() ? "shown" : "hidden", ms);
    }
    std::printf("peak memory (RSS)          %8ld MB   (target <= 300)\n", peakRssMb());
    return 0;
}
