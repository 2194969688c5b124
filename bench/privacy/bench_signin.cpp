// Signing in costs one Argon2id hash (libsodium's "interactive" limits,
// 64 MiB): the wait a kader sees after typing the PIN. Target: at most one
// second on an old two-core laptop. Timed: hashPin (setting a PIN), a right
// attempt and a wrong attempt on a real file (the wrong one also writes the
// count; the lock is set high so that it never starts here).
//   build/bench/privacy/bench_signin
#include "store/database.h"
#include "store/pin.h"
#include "store/signin.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

using namespace tumbuh::store;

const QString kPin = QStringLiteral("123456");

struct File {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    File()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("bench.db")));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            std::abort();
        }
        db = std::move(*opened);
        if (!SignIn(*db).createFirstAdmin(QStringLiteral("admin"), kPin)) {
            std::fprintf(stderr, "cannot make the user\n");
            std::abort();
        }
    }
};

void BM_HashPin(benchmark::State& state)
{
    for (auto _ : state) {
        auto hash = hashPin(kPin);
        benchmark::DoNotOptimize(hash);
    }
}
BENCHMARK(BM_HashPin)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_SignInRightPin(benchmark::State& state)
{
    File f;
    SignIn signIn(*f.db);
    for (auto _ : state) {
        auto who = signIn.attempt(QStringLiteral("admin"), kPin);
        if (!who)
            state.SkipWithError("the right PIN was refused");
        benchmark::DoNotOptimize(who);
    }
}
BENCHMARK(BM_SignInRightPin)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_SignInWrongPin(benchmark::State& state)
{
    File f;
    SignInPolicy neverLock;
    neverLock.maxWrongPins = 1000000;
    SignIn signIn(*f.db, neverLock);
    for (auto _ : state) {
        auto who = signIn.attempt(QStringLiteral("admin"), QStringLiteral("000000"));
        if (who)
            state.SkipWithError("a wrong PIN was accepted");
        benchmark::DoNotOptimize(who);
    }
}
BENCHMARK(BM_SignInWrongPin)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
