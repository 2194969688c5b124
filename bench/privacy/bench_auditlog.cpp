// bench_auditlog [FILE.db]: the audit log of a city file (issue 12: the
// first screen of a million audit rows within 1 s).
//
//   QT_QPA_PLATFORM=offscreen bench_auditlog /tmp/audit-city.db
//
// Makes FILE (default /tmp/tumbuh-audit-city.db) when it does not exist: a
// new database with two users, then 1,000,000 audit rows written with plain
// SQL inserts in one transaction (two years of changes, one a minute, by the
// two users and the program, measurements most of them, with before/after
// JSON as the repositories write it). Then prints, median of 5 runs (warm):
//   - Database::open with its quick_check (what the program's start costs);
//   - open (no quick_check) → the first page (200 rows) in the model;
//   - on the open database, Berkas ▸ Log audit…: the dialog shown and
//     painted (offscreen) with its first page: the "first screen";
//     the same after `echo 3 > /proc/sys/vm/drop_caches` when run as root;
//   - the first page of each filter (a user, the program, a table, a day);
//   - a CSV export of one user's rows.
#include "records/audit/auditcsv.h"
#include "records/audit/auditquery.h"
#include "records/audit/auditwords.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "support/pagecache.h"
#include "ui/audit/auditdialog.h"
#include "ui/audit/audittablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <vector>

using namespace tumbuh;

namespace {

constexpr int kRows = 1'000'000;

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool build(const QString& path)
{
    {
        auto db = store::Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return false;
        }
        store::UserRepository users(**db);
        if (!users.add(store::User{{}, QStringLiteral("Ani Admin"), store::Role::Admin, true, std::nullopt}, 0)
            || !users.add(store::User{{}, QStringLiteral("Budi Kader"), store::Role::Kader, true, std::nullopt}, 1))
            return false;
    }
    sqlite3* raw = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK)
        return false;
    sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO audit_log (uid, created_at, user_id, table_name, row_uid, action, before_json, "
                       "after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &st, nullptr);
    const QDateTime start(QDate(2023, 1, 1), QTime(7, 0), Qt::UTC);
    const char* const tables[] = {"measurements", "measurements", "measurements", "measurements", "measurements",
                                  "measurements", "measurements", "children", "children", "referrals",
                                  "households", "counselling", "consents", "users"};
    const int tableCount = static_cast<int>(std::size(tables));
    for (int i = 0; i < kRows; ++i) {
        // Schema 5's forms (store/sqlutil.h): 16 bytes, milliseconds; the
        // JSON keeps the text.
        const QByteArray uid = QUuid::createUuid().toRfc4122();
        const QUuid rowUuid = QUuid::createUuid();
        const QByteArray rowUidBytes = rowUuid.toRfc4122();
        const QByteArray rowUid = rowUuid.toByteArray(QUuid::WithoutBraces);
        const qint64 at = start.addSecs(i * 60LL).toMSecsSinceEpoch();
        const char* table = tables[i % tableCount];
        const bool update = i % 4 == 0;
        const QByteArray after = QStringLiteral("{\"child_id\":%1,\"id\":%2,\"length_mm\":%3,\"measured_by\":\"Kader\","
                                                "\"measured_on\":\"2024-05-%4\",\"uid\":\"%5\",\"weight_g\":%6}")
                                     .arg(i % 30000)
                                     .arg(i)
                                     .arg(650 + i % 300)
                                     .arg(10 + i % 18)
                                     .arg(QString::fromLatin1(rowUid))
                                     .arg(7000 + i % 5000)
                                     .toUtf8();
        const QByteArray before = update ? QByteArray(after).replace("\"weight_g\":", "\"weight_g\":1") : QByteArray();
        sqlite3_bind_blob(st, 1, uid.constData(), static_cast<int>(uid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, at);
        if (i % 3 == 2)
            sqlite3_bind_null(st, 3);
        else
            sqlite3_bind_int(st, 3, 1 + i % 3);
        sqlite3_bind_text(st, 4, table, -1, SQLITE_STATIC);
        sqlite3_bind_blob(st, 5, rowUidBytes.constData(), static_cast<int>(rowUidBytes.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 6, update ? "update" : "insert", -1, SQLITE_STATIC);
        if (update)
            sqlite3_bind_text(st, 7, before.constData(), static_cast<int>(before.size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(st, 7);
        sqlite3_bind_text(st, 8, after.constData(), static_cast<int>(after.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_DONE) {
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(raw));
            return false;
        }
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    const bool ok = sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(raw);
    return ok;
}

store::SignedInUser admin()
{
    return store::SignedInUser{1, QStringLiteral("Ani Admin"), store::Role::Admin, std::nullopt};
}

std::unique_ptr<store::Database> openDb(const QString& path, bool quickCheck)
{
    store::OpenOptions options;
    options.quickCheck = quickCheck;
    auto db = store::Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(db).value();
}

// Berkas ▸ Log audit… on an open database: the dialog shown and painted with
// its first page.
void showDialog(store::Database& db)
{
    ui::AuditDialog d(db, admin());
    d.show();
    d.repaint();
    QApplication::processEvents();
    if (d.model()->rowCount() != records::AuditQuery::kPageSize)
        std::exit(1);
}

// Open (without the start's quick_check) → the first page in the model.
void firstPage(const QString& path)
{
    auto db = openDb(path, false);
    ui::AuditTableModel model(*db, records::AuditWords(admin()));
    if (!model.setFilter({}) || model.rowCount() != records::AuditQuery::kPageSize)
        std::exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(QStringLiteral("tumbuh-audit-city.db"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!build(path)) {
            std::fprintf(stderr, "could not build %s\n", qPrintable(path));
            return 1;
        }
        std::printf("built %s: %d audit rows in %.1f s, %.0f MB\n", qPrintable(path), kRows,
                    static_cast<double>(t.elapsed()) / 1000.0, static_cast<double>(QFileInfo(path).size()) / 1e6);
    }
    std::printf("audit log of %s\n", qPrintable(path));
    firstPage(path); // warm the page cache
    std::printf("  Database::open with its quick_check (the program's start)  %8.1f ms (median of 3)\n",
                medianMs(3, [&] { openDb(path, true); }));
    std::printf("  open (no quick_check) → first page (200 rows) in the model %8.1f ms (median of 5, warm)\n",
                medianMs(5, [&] { firstPage(path); }));

    auto db = openDb(path, false);
    std::printf("  open database → Log audit dialog shown and painted         %8.1f ms (median of 5, warm)\n",
                medianMs(5, [&] { showDialog(*db); }));
    const auto page = [&](const records::AuditFilter& f) {
        return medianMs(5, [&] {
            records::AuditQuery q(*db, f);
            if (!q.nextPage())
                std::exit(1);
        });
    };
    records::AuditFilter user;
    user.who = records::AuditFilter::Who::User;
    user.userId = 2;
    records::AuditFilter program;
    program.who = records::AuditFilter::Who::Program;
    records::AuditFilter users;
    users.table = QStringLiteral("users");
    records::AuditFilter day;
    day.from = QDate(2023, 6, 1);
    day.to = QDate(2023, 6, 1);
    std::printf("  first page, one user                                       %8.1f ms\n", page(user));
    std::printf("  first page, the program itself                             %8.1f ms\n", page(program));
    std::printf("  first page, table users (1 row in 14)                      %8.1f ms\n", page(users));
    std::printf("  first page, one day                                        %8.1f ms\n", page(day));
    std::printf("  first and second page (no filter)                          %8.1f ms\n", medianMs(5, [&] {
                    records::AuditQuery q(*db, {});
                    if (!q.nextPage() || !q.nextPage())
                        std::exit(1);
                }));

    const QString csv = QDir::temp().filePath(QStringLiteral("tumbuh-audit-bench.csv"));
    QElapsedTimer t;
    t.start();
    auto written = records::AuditCsv::write(*db, user, records::AuditWords(admin()), csv);
    if (!written)
        return 1;
    std::printf("  CSV of one user's rows: %lld rows in %.1f s, %.0f MB\n", static_cast<long long>(*written),
                static_cast<double>(t.elapsed()) / 1000.0, static_cast<double>(QFileInfo(csv).size()) / 1e6);
    QFile::remove(csv);

    if (tumbuh::bench::dropPageCache()) {
        QElapsedTimer cold;
        cold.start();
        showDialog(*db);
        std::printf("  Log audit dialog after dropping the page cache             %8.1f ms (cold-ish)\n",
                    static_cast<double>(cold.nsecsElapsed()) / 1e6);
    } else {
        std::printf("  (not root: no cold figure)\n");
    }
    return 0;
}
