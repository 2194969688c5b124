// How long opening a database takes, cold (the page cache dropped, as on a
// laptop's first start of the morning) and warm, with the full check at
// every open (CheckPolicy::Always: the program before issue 14) and with the
// check only when it matters (CheckPolicy::Auto: after a clean close, none).
// Prints figures, asserts nothing.
//
//   bench_open FILE [ROUNDS]      (as root to drop the page cache; else warm only)
//   bench_open FILE 1 always|auto one warm open with that policy (for
//                                 valgrind --tool=callgrind: instruction counts)
//
// FILE is opened for writing, as the program opens it (a copy is not made:
// use a file you can spare, e.g. tumbuh-cli demo -o /tmp/city.db --children 50000).
#include "store/database.h"
#include "support/pagecache.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

using namespace tumbuh::store;

namespace {

double cpuSeconds()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

const char* policyName(CheckPolicy p)
{
    switch (p) {
    case CheckPolicy::Always: return "Always (before)";
    case CheckPolicy::Never: return "Never";
    case CheckPolicy::Auto: break;
    }
    return "Auto (after)";
}

bool openOnce(const QString& path, CheckPolicy policy, bool cold)
{
    if (cold && !tumbuh::bench::dropPageCache())
        return false;
    OpenOptions options;
    options.createIfMissing = false;
    options.check = policy;
    options.deferScheduledCheck = true; // as the program: the schedule runs in the background
    const double cpu0 = cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    auto opened = Database::open(path, options);
    const auto t1 = std::chrono::steady_clock::now();
    const double cpu1 = cpuSeconds();
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
        std::exit(1);
    }
    const OpenCheck& check = (*opened)->openCheck();
    std::printf("%-16s %-5s open %8.1f ms wall %8.1f ms CPU   check ran: %-3s reason: %s\n", policyName(policy),
                cold ? "cold" : "warm", std::chrono::duration<double, std::milli>(t1 - t0).count(), (cpu1 - cpu0) * 1000.0,
                check.ran ? "yes" : "no", qPrintable(checkReasonCode(check.reason)));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open FILE [ROUNDS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::printf("%s: %.1f MB\n", qPrintable(path), static_cast<double>(QFileInfo(path).size()) / 1e6);
    if (argc > 3) {
        const bool always = QByteArray(argv[3]) == "always";
        openOnce(path, always ? CheckPolicy::Always : CheckPolicy::Auto, false);
        return 0;
    }
    // One plain open first: a file from elsewhere gets its record (and its check) here.
    openOnce(path, CheckPolicy::Auto, false);
    const bool canDrop = ::geteuid() == 0;
    if (!canDrop)
        std::printf("not root: the page cache cannot be dropped, warm figures only\n");
    for (int r = 0; r < rounds; ++r) {
        for (CheckPolicy policy : {CheckPolicy::Always, CheckPolicy::Auto}) {
            if (canDrop)
                openOnce(path, policy, true);
            openOnce(path, policy, false);
        }
    }
    return 0;
}
