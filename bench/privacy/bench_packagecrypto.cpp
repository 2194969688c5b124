// bench_packagecrypto [--children N] [--months M]
//
// The encrypted posyandu package (records/package/packagecrypto.h) on a
// city-size package: a demo city of N children (default 20,000, 24 months)
// registered at one posyandu, so that its package holds the whole city.
// Prints:
//   1. the key derivation (Argon2id at the cost new files get), five runs;
//   2. encrypt and decrypt throughput in MB/s of the stream alone (the
//      package sealed with the cheapest key cost, so the KDF does not count);
//   3. `package --encrypt` and the decryption before `merge` as a user waits
//      for them: the default cost, KDF included.
// Wall time and CPU time of this process; on a shared machine the wall time
// also measures the neighbours. Figures only, never part of the test suite.
#include "records/demo/demogenerator.h"
#include "records/package/packagecrypto.h"
#include "records/package/packagewriter.h"
#include "store/database.h"
#include "store/posyandurepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <sodium.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace tumbuh::store;
using namespace tumbuh::records;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

struct Lap {
    double wall = 0;
    double cpu = 0;
};

template <typename F>
Lap timed(F&& f)
{
    const double cpu = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    f();
    return {static_cast<double>(wall.nsecsElapsed()) / 1e9, cpuSeconds() - cpu};
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_packagecrypto: %s\n", message.toUtf8().constData());
    std::exit(2);
}

template <typename R>
void check(const R& r)
{
    if (!r.ok())
        die(r.error().message);
}

int option(const QStringList& args, const QString& name, int fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int children = option(args, QStringLiteral("--children"), 20000);
    const int months = option(args, QStringLiteral("--months"), 24);
    if (sodium_init() < 0)
        die(QStringLiteral("libsodium does not start"));
    QTemporaryDir dir;
    const QString city = dir.filePath(QStringLiteral("kota.db"));
    const QString plain = dir.filePath(QStringLiteral("kota.pkg"));
    const QString sealed = dir.filePath(QStringLiteral("kota.tpkg"));
    const QString opened = dir.filePath(QStringLiteral("kota.plain"));
    const QString passphrase = QStringLiteral("kunci-posyandu-2024");

    DemoOptions demo;
    demo.children = children;
    demo.months = months;
    demo.posyandu = 1; // one posyandu: its package is the whole city
    demo.today = QDate(2024, 6, 15);
    check(generateDemo(city, demo));
    {
        auto db = Database::open(city);
        check(db);
        auto all = PosyanduRepository(**db).list();
        check(all);
        if (all->empty())
            die(QStringLiteral("the demo city has no posyandu"));
        check(PackageWriter(**db).write(all->front().meta.id, plain));
    }
    const double mb = static_cast<double>(QFileInfo(plain).size()) / 1e6;
    std::printf("city-size package: %d children, %d months, %.1f MB\n", children, months, mb);

    // 1. The KDF alone, at the cost new files get.
    const packagecrypto::KdfCost cost = packagecrypto::defaultCost();
    std::vector<double> kdf;
    for (int i = 0; i < 5; ++i) {
        std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
        randombytes_buf(salt.data(), salt.size());
        std::array<unsigned char, 32> key{};
        const QByteArray utf8 = passphrase.toUtf8();
        kdf.push_back(timed([&] {
                          if (crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                            salt.data(), cost.opslimit, static_cast<std::size_t>(cost.memlimit),
                                            crypto_pwhash_ALG_ARGON2ID13)
                              != 0)
                              die(QStringLiteral("out of memory"));
                      }).wall);
    }
    std::sort(kdf.begin(), kdf.end());
    std::printf("KDF Argon2id (opslimit %llu, memlimit %llu MiB): median %.3f s, min %.3f s, max %.3f s\n",
                static_cast<unsigned long long>(cost.opslimit), static_cast<unsigned long long>(cost.memlimit >> 20), kdf[2],
                kdf[0], kdf[4]);

    // 2. The stream alone: the cheapest cost, best of three.
    const packagecrypto::KdfCost cheap{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    Lap enc{1e9, 0};
    Lap dec{1e9, 0};
    for (int i = 0; i < 3; ++i) {
        const Lap e = timed([&] { check(packagecrypto::encryptFile(plain, sealed, passphrase, cheap)); });
        const Lap d = timed([&] { check(packagecrypto::decryptFile(sealed, opened, passphrase)); });
        if (e.wall < enc.wall)
            enc = e;
        if (d.wall < dec.wall)
            dec = d;
    }
    std::printf("encrypt (stream only): %.3f s wall, %.3f s cpu, %.0f MB/s\n", enc.wall, enc.cpu, mb / enc.wall);
    std::printf("decrypt (stream only): %.3f s wall, %.3f s cpu, %.0f MB/s\n", dec.wall, dec.cpu, mb / dec.wall);

    // 3. As a user waits: the default cost, KDF included.
    const Lap fullEnc = timed([&] { check(packagecrypto::encryptFile(plain, sealed, passphrase)); });
    const Lap fullDec = timed([&] { check(packagecrypto::decryptFile(sealed, opened, passphrase)); });
    std::printf("encrypt with KDF: %.3f s wall, %.3f s cpu\n", fullEnc.wall, fullEnc.cpu);
    std::printf("decrypt with KDF: %.3f s wall, %.3f s cpu\n", fullDec.wall, fullDec.cpu);
    std::printf("sealed size: %lld bytes for %lld plain (+%lld)\n", static_cast<long long>(QFileInfo(sealed).size()),
                static_cast<long long>(QFileInfo(plain).size()),
                static_cast<long long>(QFileInfo(sealed).size() - QFileInfo(plain).size()));
    return 0;
}
