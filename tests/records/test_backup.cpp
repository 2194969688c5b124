// Backups: naming the store expects, keep-N, the automatic policy (daily, at
// close, only after a change), restore with its checks and the copy of the
// replaced file; damaged, foreign and newer backups refused untouched.
#include "support/recordsfixture.h"

#include "records/backup/backup.h"
#include "records/backup/backuparchive.h"
#include "records/backup/restore.h"
#include "store/childrepository.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tumbuh::records::test {
namespace {

const QDateTime kMorning(QDate(2024, 6, 15), QTime(7, 30, 0));

void addChild(Database& db, const QString& name)
{
    Child c;
    c.name = name;
    c.sex = growth::Sex::Female;
    c.birthDate = QDate(2023, 1, 1);
    c.posyanduId = 1;
    auto r = ChildRepository(db).add(c, 0);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
}

} // namespace

BOOST_AUTO_TEST_SUITE(backup_restore)

BOOST_AUTO_TEST_CASE(backup_is_a_whole_database_named_as_the_store_expects)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 150, 6);
    const QString dir = f.path("cadangan");
    auto db = openDb(path);
    auto made = Backup::create(*db, dir, 10, kMorning);
    BOOST_REQUIRE_MESSAGE(made.ok(), why(made));
    BOOST_TEST(QFileInfo(*made).fileName() == "posyandu-20240615-073000.db.zst");
    BOOST_TEST(Database::backupsOf(path, dir) == QStringList{*made});
    BOOST_TEST(Backup::madeAt(*made) == kMorning);
    BOOST_TEST(!QFileInfo::exists(*made + ".part"));
    db.reset();
    // The whole database, compressed.
    BOOST_REQUIRE(BackupArchive::extract(*made, f.path("out.db")).ok());
    BOOST_TEST(contentHash(f.path("out.db"), true) == contentHash(path, true));
    BOOST_TEST(integrity(f.path("out.db")) == "ok");
    // A second one in the same second gets the next second's name.
    db = openDb(path);
    auto again = Backup::create(*db, dir, 10, kMorning);
    BOOST_REQUIRE(again.ok());
    BOOST_TEST(QFileInfo(*again).fileName() == "posyandu-20240615-073001.db.delta.zst");
    // The default folder is "backups" next to the database.
    BOOST_TEST(Backup::defaultDir(path) == QDir(f.dir.path()).filePath("backups"));
}

BOOST_AUTO_TEST_CASE(only_the_newest_n_are_kept_and_nothing_else_is_touched)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 50, 3);
    const QString dir = f.path("b");
    QDir().mkpath(dir);
    writeText(QDir(dir).filePath("catatan.txt"), "jangan dihapus");
    writeText(QDir(dir).filePath("posyandu-lama-20200101-000000.db"), "another database's backup");
    auto db = openDb(path);
    for (int day = 1; day <= 5; ++day) {
        auto made = Backup::create(*db, dir, 3, QDateTime(QDate(2024, 6, day), QTime(8, 0)));
        BOOST_REQUIRE_MESSAGE(made.ok(), why(made));
    }
    QStringList kept;
    for (const QString& p : Backup::list(path, dir))
        kept << QFileInfo(p).fileName();
    // The newest three, and the full backup they are deltas of.
    BOOST_TEST(kept == QStringList({"posyandu-20240605-080000.db.delta.zst", "posyandu-20240604-080000.db.delta.zst", "posyandu-20240603-080000.db.delta.zst", "posyandu-20240601-080000.db.zst"}));
    BOOST_TEST(QFileInfo::exists(QDir(dir).filePath("catatan.txt")));
    BOOST_TEST(QFileInfo::exists(QDir(dir).filePath("posyandu-lama-20200101-000000.db")));
}

BOOST_AUTO_TEST_CASE(automatic_backups_daily_and_at_close_only_after_a_change)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 50, 3);
    BackupPolicy policy;
    policy.dir = f.path("b");
    auto db = openDb(path);
    auto first = maybeBackup(*db, policy, kMorning);
    BOOST_REQUIRE(first.ok());
    BOOST_TEST(first->has_value());
    // The same day: none. The next day, nothing changed: none.
    BOOST_TEST(!maybeBackup(*db, policy, kMorning.addSecs(3600))->has_value());
    BOOST_TEST(!maybeBackup(*db, policy, kMorning.addDays(1))->has_value());
    BOOST_TEST(!backupAtClose(*db, policy, kMorning.addDays(1))->has_value());
    addChild(*db, QStringLiteral("Anak Baru"));
    auto atClose = backupAtClose(*db, policy, kMorning.addDays(1));
    BOOST_REQUIRE(atClose.ok());
    BOOST_TEST(atClose->has_value());
    addChild(*db, QStringLiteral("Anak Lain"));
    // A day with a backup already (the one at close): none until the next day.
    BOOST_TEST(!maybeBackup(*db, policy, kMorning.addDays(1).addSecs(60))->has_value());
    BOOST_TEST(maybeBackup(*db, policy, kMorning.addDays(2))->has_value());
    policy.daily = false;
    policy.atClose = false;
    addChild(*db, QStringLiteral("Anak Ketiga"));
    BOOST_TEST(!maybeBackup(*db, policy, kMorning.addDays(3))->has_value());
    BOOST_TEST(!backupAtClose(*db, policy, kMorning.addDays(3))->has_value());
    BOOST_TEST(Backup::list(path, policy.dir).size() == 3);
}

BOOST_AUTO_TEST_CASE(restore_puts_the_backup_back_and_keeps_the_replaced_file)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 100, 6);
    QString backup;
    {
        auto db = openDb(path);
        auto made = Backup::create(*db, f.path("b"), 10, kMorning);
        BOOST_REQUIRE(made.ok());
        backup = *made;
        addChild(*db, QStringLiteral("Setelah Cadangan"));
    }
    BOOST_REQUIRE(BackupArchive::extract(backup, f.path("inside.db")).ok());
    const QByteArray before = contentHash(f.path("inside.db"), true);
    const QByteArray changed = contentHash(path, true);
    BOOST_REQUIRE(before != changed);
    auto r = Restore::run(path, backup, kMorning.addDays(1));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(contentHash(path, true) == before);
    BOOST_TEST(r->backup.children == rows(f.path("inside.db"), "children", true));
    BOOST_TEST(QFileInfo(r->replacedCopy).fileName() == "posyandu.db.before-restore-20240616-073000");
    BOOST_TEST(contentHash(r->replacedCopy, true) == changed);
    BOOST_TEST(!QFileInfo::exists(path + ".restore.part"));
    BOOST_TEST(!QFileInfo::exists(path + "-wal"));
    BOOST_TEST(integrity(path) == "ok");
    // The program opens the restored file.
    auto db = openDb(path);
    BOOST_TEST(db->integrityCheck().value() == "ok");
}

BOOST_AUTO_TEST_CASE(a_file_damaged_inside_its_tables_is_restored_and_kept_as_it_was)
{
    // The reason to restore: a file whose schema still reads but whose rows
    // do not (VACUUM INTO fails on it). It is kept byte for byte beside.
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 300, 12);
    QString backup;
    {
        auto db = openDb(path);
        backup = Backup::create(*db, f.path("b"), 10, kMorning).value();
    }
    const QByteArray inBackup = contentHash(path, true);
    QByteArray bytes = readText(path);
    BOOST_REQUIRE_GT(bytes.size(), 64 * 1024);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = static_cast<char>(0xff);
    writeText(path, bytes);
    BOOST_REQUIRE(integrity(path) != "ok");
    const QByteArray damaged = fileHash(path);
    auto r = Restore::run(path, backup, kMorning.addDays(1));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(contentHash(path, true) == inBackup);
    BOOST_TEST(fileHash(r->replacedCopy) == damaged);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_CASE(a_damaged_backup_is_refused_and_nothing_is_replaced)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 300, 12);
    QString backup;
    {
        auto db = openDb(path);
        backup = Backup::create(*db, f.path("b"), 10, kMorning).value();
    }
    const QByteArray dbBefore = fileHash(path);
    // Damage in the middle of the file (pages of rows and indexes).
    QByteArray bytes = readText(backup);
    BOOST_REQUIRE_GT(bytes.size(), 64 * 1024);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = static_cast<char>(0x5a);
    writeText(f.path("damaged.db"), bytes);
    auto damaged = Restore::run(path, f.path("damaged.db"));
    BOOST_REQUIRE(!damaged.ok());
    BOOST_TEST(static_cast<int>(damaged.error().code) == static_cast<int>(ErrorCode::Corrupt));
    BOOST_TEST(fileHash(path) == dbBefore);
    BOOST_TEST(!QFileInfo::exists(path + ".restore.part"));

    // Truncated, not SQLite at all, another program's SQLite file, a newer schema.
    writeText(f.path("truncated.db"), readText(backup).left(3000));
    writeText(f.path("text.db"), "bukan basis data");
    rawExec(f.path("other.db"), "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    BOOST_REQUIRE(BackupArchive::extract(backup, f.path("newer.db")).ok());
    rawExec(f.path("newer.db"), "PRAGMA user_version = 99;");
    for (const char* name : {"truncated.db", "text.db", "other.db", "newer.db"}) {
        auto r = Restore::run(path, f.path(QString::fromLatin1(name)));
        BOOST_TEST(!r.ok(), name);
        BOOST_TEST(fileHash(path) == dbBefore, name);
    }
    auto newer = Restore::check(f.path("newer.db"));
    BOOST_REQUIRE(!newer.ok());
    BOOST_TEST(static_cast<int>(newer.error().code) == static_cast<int>(ErrorCode::NewerSchema));
    // Restoring the database onto itself is refused too.
    BOOST_TEST(!Restore::run(path, path).ok());
    BOOST_TEST(fileHash(path) == dbBefore);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
