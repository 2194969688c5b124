// bench_records [--dir DIR] [--children N] [--months M] [--import-rows N] [--quick]
//               [--import-only]
//
// Times, on real files in DIR (default: a temporary folder):
//   1. demo: the demo city (default 50,000 children, 60 months of history);
//      measurements made, file size, size per million measurements;
//   2. import: a CSV of measurements (the combined layout, as `export`
//      writes it) from a second demo city sized to about --import-rows rows,
//      into an empty database, then the same file again into that database
//      (every row found unchanged), and into a copy of the demo city;
//   3. merge: the package of the posyandu nearest 150 children, into an
//      empty database, then again (nothing changes), and into the city it
//      came from (all unchanged).
// --import-only: the import into an empty database alone (for a profiler:
// `valgrind --tool=callgrind`), from DIR/measurements.csv when a run before
// left it there (the same --dir and sizes), else made as above.
// Wall time and CPU time (user + system) of this process are printed for
// each step: on a shared machine the wall time also measures the neighbours.
#include "records/namedpolicy.h"
#include "records/csvexporter.h"
#include "records/import/csvimporter.h"
#include "records/demo/demogenerator.h"
#include "store/i18n.h"
#include "records/package/packagemerger.h"
#include "records/package/packagewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <string>

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

class Timer {
public:
    Timer() : cpu_(cpuSeconds()) { wall_.start(); }
    void print(const char* what) const
    {
        std::printf("%-58s wall %7.2f s   cpu %7.2f s\n", what, static_cast<double>(wall_.elapsed()) / 1000.0,
                    cpuSeconds() - cpu_);
        std::fflush(stdout);
    }

private:
    QElapsedTimer wall_;
    double cpu_;
};

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_records: %s\n", message.toUtf8().constData());
    std::exit(2);
}

template <typename R>
auto take(R&& r)
{
    if (!r.ok())
        die(r.error().message);
    return std::move(r).value();
}

double megabytes(const QString& path)
{
    return static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslator(app, QStringLiteral("en"));
    QString dir;
    int children = 50000;
    int months = 60;
    long long importRows = 1000000;
    bool importOnly = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == u"--dir")
            dir = next();
        else if (a == u"--children")
            children = next().toInt();
        else if (a == u"--months")
            months = next().toInt();
        else if (a == u"--import-rows")
            importRows = next().toLongLong();
        else if (a == u"--quick") {
            children = 3000;
            months = 24;
            importRows = 50000;
        } else if (a == u"--import-only")
            importOnly = true;
        else
            die(QStringLiteral("unknown argument %1").arg(a));
    }
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    QDir().mkpath(dir);
    const QDir d(dir);
    const QDate today(2024, 6, 15);

    // 1. The demo city.
    const QString city = d.filePath(QStringLiteral("city.db"));
    QFile::remove(city);
    DemoOptions demo;
    demo.children = children;
    demo.months = months;
    demo.seed = 1;
    demo.today = today;
    DemoSummary made;
    if (!importOnly) {
        const Timer t;
        made = take(generateDemo(city, demo));
        t.print(qPrintable(QStringLiteral("demo: %1 children, %2 months").arg(children).arg(months)));
    }
    if (!importOnly) {
        const double cityMb = megabytes(city);
        std::printf("  %d posyandu, %d households, %d children, %lld measurements, %d referrals\n", made.posyandu,
                    made.households, made.children, static_cast<long long>(made.measurements), made.referrals);
        std::printf("  file %.1f MB, %.1f MB per million measurements\n", cityMb,
                    cityMb / (static_cast<double>(made.measurements) / 1e6));
    }

    // 2. Import: a second city of about the asked number of measurements.
    const QString source = d.filePath(QStringLiteral("import-source.db"));
    const QString csv = d.filePath(QStringLiteral("measurements.csv"));
    DemoOptions other = demo;
    other.seed = 2;
    other.months = 60;
    // About 18.7 measurements per child over five years of history.
    other.children = static_cast<int>(static_cast<double>(importRows) / 18.7);
    if (importOnly && QFileInfo::exists(csv)) {
        std::printf("import file: %s (made by an earlier run), %.1f MB\n", qPrintable(csv), megabytes(csv));
    } else {
        QFile::remove(source);
        take(generateDemo(source, other));
        auto db = take(Database::open(source));
        // As a nutritionist asking for full NIKs: the file imports back.
        auto policy = take(NamedPolicy::make(*db, take(signedInAs(*db, 0)), true));
        const qint64 csvRows = take(CsvExporter(*db).write(ExportWhat::Measurements, csv, policy));
        std::printf("import file: %lld measurements of %d children, %.1f MB\n", static_cast<long long>(csvRows),
                    other.children, megabytes(csv));
    }
    const QString imported = d.filePath(QStringLiteral("imported.db"));
    QFile::remove(imported);
    {
        auto db = take(Database::open(imported));
        db->setToday(today);
        const Timer t;
        const ImportReport r = take(CsvImporter(*db, {}).run(csv));
        t.print("import into an empty database");
        std::printf("  children added %lld, measurements added %lld, rejected %lld\n",
                    static_cast<long long>(r.children.added), static_cast<long long>(r.measurements.added),
                    static_cast<long long>(r.rejectedRows));
    }
    if (importOnly)
        return 0;
    {
        auto db = take(Database::open(imported));
        db->setToday(today);
        const Timer t;
        const ImportReport r = take(CsvImporter(*db, {}).run(csv));
        t.print("the same file again (every row unchanged)");
        std::printf("  measurements unchanged %lld\n", static_cast<long long>(r.measurements.unchanged));
    }

    {
        // Into a filled database: the city above (its indexes stay, every
        // lookup goes to them). A copy, so that the package below is the city's.
        const QString filled = d.filePath(QStringLiteral("city-plus-import.db"));
        QFile::remove(filled);
        QFile::copy(city, filled);
        auto db = take(Database::open(filled));
        db->setToday(today);
        const Timer t;
        const ImportReport r = take(CsvImporter(*db, {}).run(csv));
        t.print("import into the demo city (a filled database)");
        std::printf("  children added %lld, measurements added %lld\n", static_cast<long long>(r.children.added),
                    static_cast<long long>(r.measurements.added));
    }

    // 3. The package of the posyandu nearest 150 children.
    RowId posyanduId = 0;
    long long packageChildren = 0;
    {
        auto db = take(Database::open(city));
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT posyandu_id, count(*) FROM children WHERE deleted_at IS NULL GROUP BY posyandu_id "
                              "ORDER BY abs(count(*) - 150), posyandu_id LIMIT 1"));
        if (!q.next())
            die(QStringLiteral("no posyandu"));
        posyanduId = q.value(0).toLongLong();
        packageChildren = q.value(1).toLongLong();
        q.finish();
        const QString package = d.filePath(QStringLiteral("posyandu.pkg"));
        const Timer t;
        const PackageInfo info = take(PackageWriter(*db).write(posyanduId, package));
        t.print(qPrintable(QStringLiteral("package: %1 children, %2 measurements").arg(info.children).arg(info.measurements)));
    }
    const QString package = d.filePath(QStringLiteral("posyandu.pkg"));
    const QString target = d.filePath(QStringLiteral("puskesmas.db"));
    QFile::remove(target);
    for (const char* what : {"merge into an empty database", "merge the same package again (no change)"}) {
        auto db = take(Database::open(target));
        db->setToday(today);
        const Timer t;
        const MergeReport r = take(PackageMerger(*db).merge(package));
        t.print(what);
        std::printf("  rows changed %lld, skipped %zu\n", static_cast<long long>(r.changed()), r.skipped.size());
    }
    {
        auto db = take(Database::open(city));
        db->setToday(today);
        const Timer t;
        const MergeReport r = take(PackageMerger(*db).merge(package));
        t.print("merge into the city it came from (all unchanged)");
        std::printf("  rows changed %lld\n", static_cast<long long>(r.changed()));
    }
    std::printf("(posyandu %lld: %lld live children)\n", static_cast<long long>(posyanduId), packageChildren);
    return 0;
}
