// bench_backups CITY.db [--days N] [--rows-per-day N] [--work DIR]
//
// Ten "days" of backups of a city file (issue 14, item 4). CITY.db is copied
// into DIR (default: a temporary folder next to it) and left as it was. Each
// day adds about one posyandu-day of measurements (the children of whole
// posyandu until --rows-per-day, default 3,000, with one audit entry) and
// makes a backup (records::Backup::make, keep 10, as the program does).
// Printed: each backup's kind, size and time; the backup folder's total
// size against the file's (issue 14 target: <= 2.0); a restore of the last
// backup, cold (page cache dropped: `sync; echo 3 > /proc/sys/vm/drop_caches`,
// needs root, else "n/a") and warm; the process's peak resident memory; and,
// as the baseline in the same run, the plain `VACUUM INTO` copy earlier
// versions wrote each day (its size x 10 is what ten days took).
//
// Measured 2026-12-06 on the shared 2-core machine (load average ~20, so the
// wall times are mostly waiting; CPU time is this process's), demo city
// 50,000 children / 24 months (`tumbuh-cli demo`, 171 MB; 180 MB after the
// days), `bench_backups /tmp/city.db`:
//   ten days: folder 132.8 MB = 0.71 x the file (2 full backups of 59-60 MB,
//   8 deltas of 1.3-2.3 MB); plain VACUUM INTO copies kept 10: 9.63 x.
//   full backup 48-77 s wall, 4.7 s CPU; delta 54-124 s wall, 6.4-6.6 s CPU;
//   plain VACUUM INTO 10-23 s wall, ~1.1 s CPU.
//   restore of the newest delta: cold 130 s / warm 114 s wall (--days 3
//   run: cold 44 s wall, 8.4 s CPU; warm 38 s, 7.8 s CPU), integrity check
//   of the restored copy and the copy of the replaced file included.
//   peak resident memory 516 MB (the mapped database copies counted).
//
// Make the city once, for example:
//   build/src/cli/tumbuh-cli demo -o /tmp/city.db --children 50000 --months 24
// Figures only, never a timing asserted (a shared machine is no stopwatch).
#include "records/backup/backup.h"
#include "records/backup/restore.h"
#include "store/database.h"
#include "store/sqlutil.h"
#include "support/pagecache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

using namespace tumbuh::store;
using namespace tumbuh::records;

namespace {

double mb(qint64 bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

qint64 folderSize(const QString& dir)
{
    qint64 total = 0;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files))
        total += fi.size();
    return total;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_backups: %s\n", qPrintable(why));
    std::exit(1);
}

// One posyandu-day: a measurement for each child of whole posyandu until
// `rows`, and one audit entry, in one transaction.
int addDay(Database& db, int day, int rows)
{
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery children(c);
    children.setForwardOnly(true);
    // Posyandu taken in turn, day by day, as the cadres bring their books.
    children.prepare(QStringLiteral("SELECT id, posyandu_id FROM children WHERE deleted_at IS NULL AND posyandu_id IN "
                                    "(SELECT id FROM posyandu ORDER BY id LIMIT 20 OFFSET ?) ORDER BY posyandu_id, id"));
    children.addBindValue(day * 20);
    if (!children.exec())
        die(children.lastError().text());
    QSqlQuery ins(c);
    ins.prepare(QStringLiteral("INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, length_mm, "
                               "length_position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 2, ?, ?)"));
    // Schema 5's forms (store/sqlutil.h): a day number, milliseconds, 16 bytes.
    const QDate date = QDate(2026, 12, 1).addDays(day);
    const QVariant on = sql::dateOrNull(date);
    const QVariant at = sql::timestampValue(QDateTime(date, QTime(9, 0), Qt::UTC));
    auto* rng = QRandomGenerator::global();
    int n = 0;
    while (n < rows && children.next()) {
        ins.addBindValue(sql::uidValue(QUuid::createUuid()));
        ins.addBindValue(children.value(0));
        ins.addBindValue(children.value(1));
        ins.addBindValue(on);
        ins.addBindValue(7000 + rng->bounded(9000));
        ins.addBindValue(650 + rng->bounded(400));
        ins.addBindValue(at);
        ins.addBindValue(at);
        if (!ins.exec())
            die(ins.lastError().text());
        ++n;
    }
    QSqlQuery audit(c);
    audit.prepare(QStringLiteral("INSERT INTO audit_log (uid, created_at, table_name, action, after_json) "
                                 "VALUES (?, ?, 'measurements', 'bulk_insert', ?)"));
    audit.addBindValue(sql::uidValue(QUuid::createUuid()));
    audit.addBindValue(at);
    audit.addBindValue(QStringLiteral("{\"rows\":%1}").arg(n));
    if (!audit.exec())
        die(audit.lastError().text());
    c.commit();
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int days = 10;
    int rowsPerDay = 3000;
    QString work;
    QString city;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QStringLiteral("--days") && i + 1 < args.size())
            days = args[++i].toInt();
        else if (a == QStringLiteral("--rows-per-day") && i + 1 < args.size())
            rowsPerDay = args[++i].toInt();
        else if (a == QStringLiteral("--work") && i + 1 < args.size())
            work = args[++i];
        else
            city = a;
    }
    if (city.isEmpty() || !QFileInfo(city).isFile())
        die(QStringLiteral("usage: bench_backups CITY.db [--days N] [--rows-per-day N] [--work DIR]"));
    std::unique_ptr<QTemporaryDir> temp;
    if (work.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QFileInfo(city).absoluteDir().filePath(QStringLiteral("bench-backups-XXXXXX")));
        work = temp->path();
    }
    QDir().mkpath(work);
    const QString path = QDir(work).filePath(QStringLiteral("city.db"));
    const QString dir = QDir(work).filePath(QStringLiteral("backups"));
    const QString plainDir = QDir(work).filePath(QStringLiteral("plain"));
    QDir().mkpath(plainDir);
    QFile::remove(path);
    if (!QFile::copy(city, path))
        die(QStringLiteral("cannot copy %1").arg(city));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    OpenOptions options;
    options.quickCheck = false; // the bench's own copy, just made
    auto opened = Database::open(path, options);
    if (!opened)
        die(opened.error().message);
    std::unique_ptr<Database> db = std::move(*opened);

    std::printf("city %s: %.1f MB; %d days, ~%d rows a day\n", qPrintable(city), mb(QFileInfo(path).size()), days, rowsPerDay);
    std::printf("%-4s %-6s %-42s %10s %9s %9s %10s %9s %10s %9s\n", "day", "rows", "backup", "size MB", "wall s", "cpu s", "folder MB", "folder/x",
                "plain s", "plain cpu");
    QElapsedTimer t;
    QString last;
    qint64 plainSize = 0;
    double plainSeconds = 0;
    for (int day = 1; day <= days; ++day) {
        const int rows = addDay(*db, day, rowsPerDay);
        const QDateTime when(QDate(2026, 12, 1).addDays(day), QTime(17, 0));
        t.start();
        double cpu = cpuSeconds();
        auto made = Backup::make(*db, dir, 10, when);
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        cpu = cpuSeconds() - cpu;
        if (!made)
            die(made.error().message);
        last = made->path;
        // The baseline: what earlier versions wrote, a plain VACUUM INTO copy.
        const QString plain = QDir(plainDir).filePath(QStringLiteral("city-%1.db").arg(day));
        t.start();
        double plainCpu = cpuSeconds();
        QSqlQuery vacuum(db->connection());
        if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(plain)))
            die(vacuum.lastError().text());
        const double ps = static_cast<double>(t.nsecsElapsed()) / 1e9;
        plainCpu = cpuSeconds() - plainCpu;
        plainSeconds += ps;
        plainSize = QFileInfo(plain).size();
        QFile::remove(plain);
        const qint64 fileSize = QFileInfo(path).size();
        const qint64 total = folderSize(dir);
        std::printf("%-4d %-6d %-42s %10.2f %9.2f %9.2f %10.1f %9.2f %10.2f %9.2f\n", day, rows, qPrintable(QFileInfo(made->path).fileName()),
                    mb(QFileInfo(made->path).size()), seconds, cpu, mb(total), static_cast<double>(total) / static_cast<double>(fileSize), ps,
                    plainCpu);
        std::fflush(stdout);
    }
    const qint64 fileSize = QFileInfo(path).size();
    const qint64 total = folderSize(dir);
    std::printf("\nbackup folder after %d days: %.1f MB = %.2f x the file (%.1f MB); %lld files\n", days, mb(total),
                static_cast<double>(total) / static_cast<double>(fileSize), mb(fileSize),
                static_cast<long long>(QDir(dir).entryList(QDir::Files).size()));
    std::printf("baseline, plain VACUUM INTO copies kept 10: %d x %.1f MB = %.2f x the file; %.2f s a copy on average\n",
                std::min(days, 10), mb(plainSize), static_cast<double>(std::min(days, 10)) * static_cast<double>(plainSize) / static_cast<double>(fileSize),
                plainSeconds / days);
    std::printf("peak resident memory while backing up: %.1f MB\n", static_cast<double>(peakKb()) / 1024.0);
    db.reset();

    // Restore of the last backup, cold then warm.
    for (const char* mode : {"cold", "warm"}) {
        const bool cold = std::string_view(mode) == "cold";
        if (cold && !tumbuh::bench::dropPageCache()) {
            std::printf("restore %s: n/a (dropping the page cache needs root)\n", mode);
            continue;
        }
        t.start();
        double cpu = cpuSeconds();
        auto r = Restore::run(path, last);
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        cpu = cpuSeconds() - cpu;
        if (!r)
            die(r.error().message);
        QFile::remove(r->replacedCopy);
        std::printf("restore %s of %s: %.2f s wall, %.2f s cpu (%lld children, %lld measurements)\n", mode, qPrintable(QFileInfo(last).fileName()), seconds, cpu,
                    static_cast<long long>(r->backup.children), static_cast<long long>(r->backup.measurements));
    }
    std::printf("peak resident memory overall: %.1f MB\n", static_cast<double>(peakKb()) / 1024.0);
    return 0;
}
