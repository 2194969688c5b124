// bench_report [--city FILE.db] [google benchmark flags]
//
// The monthly report of May 2024 on the demo city (records/demo: 50,000
// children, 48 months of posyandu days (about a million measurements) up to 15 June 2024, seed 1), made
// once at FILE.db (default: $TMPDIR/tumbuh-bench-report/city-48.db) and kept:
//   BM_Report/city        load + count, every posyandu, every table (<= 3 s)
//   BM_Report/posyandu    the same for one posyandu (<= 100 ms)
//   BM_Load/...           MonthlyLoader alone
//   BM_Compute/...        computeMonthlyReport alone (input loaded once)
//   BM_Csv/city           the eight CSV files of the city's report
// Times are printed in milliseconds; nothing is asserted (a shared machine
// is not a stopwatch).
#include "records/namedpolicy.h"
#include "records/demo/demogenerator.h"
#include "records/monthly/monthlycsv.h"
#include "records/monthly/monthlyloader.h"
#include "records/outputguard.h"
#include "report/monthly/monthlyreport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace tumbuh;
using namespace std::chrono;

namespace {

constexpr year_month kMonth = 2024y / 5;
std::unique_ptr<store::Database> g_db;
QString g_posyandu; // the first posyandu by name

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_report: %s\n", message.toUtf8().constData());
    std::exit(2);
}

// The whole report as the program itself makes it (every by-name row a
// consent allows, NIKs masked), read once per process.
const records::NamedPolicy& policy()
{
    static const records::NamedPolicy p = [] {
        auto user = store::signedInAs(*g_db, 0);
        auto made = user ? records::NamedPolicy::make(*g_db, *user, false) : store::Result<records::NamedPolicy>(user.error());
        if (!made)
            die(made.error().message);
        return *made;
    }();
    return p;
}

void prepareCity(const QString& path)
{
    if (!QFile::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        records::DemoOptions o;
        o.children = 50000;
        o.months = 48;
        o.seed = 1;
        o.today = QDate(2024, 6, 15);
        QElapsedTimer t;
        t.start();
        auto made = records::generateDemo(path, o);
        if (!made)
            die(made.error().message);
        std::printf("demo city made: %d children, %lld measurements in %.1f s -> %s\n", made->children,
                    static_cast<long long>(made->measurements), static_cast<double>(t.elapsed()) / 1000.0,
                    path.toUtf8().constData());
    }
    store::OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    auto db = store::Database::open(path, options);
    if (!db)
        die(db.error().message);
    g_db = std::move(*db);
    auto all = records::MonthlyLoader(*g_db, policy()).load(kMonth, {});
    if (!all || all->posyandu.empty())
        die(QStringLiteral("the city has no posyandu"));
    g_posyandu = all->posyandu.front().uid;
    qint64 visits = 0;
    for (const auto& c : all->children)
        visits += static_cast<qint64>(c.visits.size());
    std::printf("city: %zu posyandu, %zu children under 5 in the 12 months, %lld measurements up to May 2024\n",
                all->posyandu.size(), all->children.size(), static_cast<long long>(visits));
}

QStringList scope(const benchmark::State& state)
{
    return state.range(0) == 0 ? QStringList{} : QStringList{g_posyandu};
}

void label(benchmark::State& state) { state.SetLabel(state.range(0) == 0 ? "whole city" : "one posyandu"); }

report::MonthlyInput load(const QStringList& which)
{
    auto in = records::MonthlyLoader(*g_db, policy()).load(kMonth, which);
    if (!in)
        die(in.error().message);
    return std::move(*in);
}

void BM_Report(benchmark::State& state)
{
    const QStringList which = scope(state);
    std::size_t rows = 0;
    for (auto _ : state) {
        const report::MonthlyReport r = report::computeMonthlyReport(load(which));
        rows = r.daftarAnak.size();
        benchmark::DoNotOptimize(rows);
    }
    label(state);
    state.counters["weighed"] = static_cast<double>(rows);
}
BENCHMARK(BM_Report)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Load(benchmark::State& state)
{
    const QStringList which = scope(state);
    std::size_t children = 0;
    for (auto _ : state)
        children = load(which).children.size();
    label(state);
    state.counters["children"] = static_cast<double>(children);
}
BENCHMARK(BM_Load)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Compute(benchmark::State& state)
{
    const report::MonthlyInput in = load(scope(state));
    for (auto _ : state) {
        const report::MonthlyReport r = report::computeMonthlyReport(in);
        benchmark::DoNotOptimize(r.total.skdn[4][2].d);
    }
    label(state);
}
BENCHMARK(BM_Compute)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Csv(benchmark::State& state)
{
    const report::MonthlyReport r = report::computeMonthlyReport(load({}));
    QTemporaryDir dir;
    for (auto _ : state) {
        records::OutputGuard guard;
        guard.protectDatabase(g_db->path());
        auto written = records::MonthlyCsv::write(r, dir.filePath(QStringLiteral("csv")), guard);
        if (!written)
            die(written.error().message);
    }
    state.SetLabel("whole city");
}
BENCHMARK(BM_Csv)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString city = QDir::temp().filePath(QStringLiteral("tumbuh-bench-report/city-48.db"));
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--city") == 0) {
            city = QString::fromLocal8Bit(argv[i + 1]);
            for (int j = i; j + 2 < argc; ++j)
                argv[j] = argv[j + 2];
            argc -= 2;
            break;
        }
    }
    prepareCity(city);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
