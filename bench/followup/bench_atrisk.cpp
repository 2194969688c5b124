// The "Perlu perhatian" list on the demo city (issue 10: the whole 50,000-child
// city <= 1 s, one posyandu <= 50 ms, the page opened on the city <= 1.5 s).
// The city is made on the first run and kept:
//   TUMBUH_BENCH_CITY=/path/city.db QT_QPA_PLATFORM=offscreen bench_atrisk
//   (default: <temp>/tumbuh-bench-atrisk-city.db; 50,000 children, 24 months,
//   the last posyandu day 2026-11-30; the month looked at is November 2026)
// Prints milliseconds (wall and CPU); nothing here fails on time.
#include "records/demo/demogenerator.h"
#include "records/followup/atrisklist.h"
#include "store/database.h"
#include "store/i18n.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/attentionlistmodel.h"
#include "ui/followup/attentionpage.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <time.h>

#include <cstdio>
#include <memory>

using namespace tumbuh;

namespace {

const QDate kToday(2026, 11, 30);
const QDate kMonth(2026, 11, 1);
constexpr int kChildren = 50000;

std::unique_ptr<store::Database> g_db;

// CPU time of the whole process (every thread): on a shared, busy machine the
// wall clock also counts other programs' turns.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
store::RowId g_posyandu = 0;

std::unique_ptr<store::Database> open(const QString& path)
{
    auto r = store::Database::open(path);
    if (!r) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(r.error().message));
        std::exit(1);
    }
    auto db = std::move(r).value();
    db->setToday(kToday);
    return db;
}

void prepareCity()
{
    const QString path = qEnvironmentVariableIsSet("TUMBUH_BENCH_CITY")
                           ? qEnvironmentVariable("TUMBUH_BENCH_CITY")
                           : QDir::temp().filePath(QStringLiteral("tumbuh-bench-atrisk-city.db"));
    if (!QFile::exists(path)) {
        std::printf("making the demo city in %s ...\n", qPrintable(path));
        records::DemoOptions demo;
        demo.children = kChildren;
        demo.months = 24;
        demo.today = kToday;
        auto made = records::generateDemo(path, demo);
        if (!made) {
            std::fprintf(stderr, "demo failed: %s\n", qPrintable(made.error().message));
            std::exit(1);
        }
    }
    g_db = open(path);
    QSqlQuery q(g_db->connection());
    // The posyandu with the most children: the worst of "one posyandu".
    q.exec(QStringLiteral("SELECT posyandu_id, count(*) FROM children WHERE deleted_at IS NULL "
                          "GROUP BY posyandu_id ORDER BY 2 DESC LIMIT 1"));
    if (q.next())
        g_posyandu = q.value(0).toLongLong();
    QSqlQuery n(g_db->connection());
    n.exec(QStringLiteral("SELECT (SELECT count(*) FROM children WHERE deleted_at IS NULL), "
                          "(SELECT count(*) FROM measurements WHERE deleted_at IS NULL), "
                          "(SELECT count(*) FROM children WHERE posyandu_id = %1 AND deleted_at IS NULL)")
               .arg(g_posyandu));
    if (n.next())
        std::printf("city: %lld children, %lld measurements; largest posyandu %lld children\n",
                    n.value(0).toLongLong(), n.value(1).toLongLong(), n.value(2).toLongLong());
}

void list(benchmark::State& state, std::optional<store::RowId> posyandu, int threads)
{
    records::AtRiskQuery q;
    q.month = kMonth;
    q.today = kToday;
    q.posyanduId = posyandu;
    q.threads = threads;
    std::size_t rows = 0;
    const double cpu = processCpuMs();
    for (auto _ : state) {
        auto r = records::AtRiskList(*g_db).load(q);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
        rows = r->size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["children_listed"] = static_cast<double>(rows);
    state.counters["process_cpu_ms"] = (processCpuMs() - cpu) / static_cast<double>(state.iterations());
}

void BM_CityList(benchmark::State& state)
{
    list(state, std::nullopt, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_CityList)->Arg(2)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_OnePosyandu(benchmark::State& state)
{
    list(state, g_posyandu, 2);
}
BENCHMARK(BM_OnePosyandu)->Unit(benchmark::kMillisecond)->UseRealTime();

// From making the page to the list shown: its own read-only connection on the
// worker, the list, the model reset and one paint.
void BM_PageOpenCity(benchmark::State& state)
{
    ui::DataNotifier notifier;
    int rows = 0;
    const double cpu = processCpuMs();
    for (auto _ : state) {
        ui::AttentionPage page(*g_db, notifier);
        page.resize(1280, 760);
        page.show();
        if (!page.waitUntilLoaded(60000)) {
            state.SkipWithError("the list was not made within 60 s");
            return;
        }
        page.grab();
        rows = page.model()->rowCount();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["children_listed"] = rows;
    state.counters["process_cpu_ms"] = (processCpuMs() - cpu) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_PageOpenCity)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    store::installTranslator(app, QStringLiteral("id"));
    benchmark::Initialize(&argc, argv);
    prepareCity();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
