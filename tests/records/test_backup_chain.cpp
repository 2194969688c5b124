// Compressed backups (issue 14, item 4): a full backup and deltas against
// it restore to the same content; a missing, damaged or foreign link is
// refused, named, and nothing is replaced; pruning keeps what kept deltas
// need; plain backups of earlier versions are still listed and restored;
// tumbuh-cli and the program's restore path (a damaged file, its newest
// backup named by the store, an admin signing in against the checked copy)
// work with them.
#include "support/recordsfixture.h"

#include "records/backup/backup.h"
#include "records/backup/backuparchive.h"
#include "records/backup/backupmanifest.h"
#include "records/backup/restore.h"
#include "store/childrepository.h"
#include "store/signin.h"

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
    c.sex = growth::Sex::Male;
    c.birthDate = QDate(2023, 3, 1);
    c.posyanduId = 1;
    auto r = ChildRepository(db).add(c, 0);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
}

// Overwrites `n` bytes in the middle of a file.
void damage(const QString& path, qsizetype n = 64)
{
    QByteArray bytes = readText(path);
    BOOST_REQUIRE_GT(bytes.size(), 2 * n + 200);
    const qsizetype from = bytes.size() / 2;
    for (qsizetype i = from; i < from + n; ++i)
        bytes[i] = static_cast<char>(~bytes[i]);
    writeText(path, bytes);
}

struct Chain {
    QString full;
    QString delta;
    QByteArray fullContent;
    QByteArray deltaContent;
};

// A full backup, a change, a delta against it.
Chain makeChain(const QString& path, const QString& dir)
{
    Chain c;
    auto db = openDb(path);
    c.fullContent = contentHash(path, true);
    c.full = Backup::create(*db, dir, 10, kMorning).value();
    addChild(*db, QStringLiteral("Sesudah Cadangan Penuh"));
    c.deltaContent = contentHash(path, true);
    c.delta = Backup::create(*db, dir, 10, kMorning.addDays(1)).value();
    return c;
}

} // namespace

BOOST_AUTO_TEST_SUITE(backup_chain)

BOOST_AUTO_TEST_CASE(a_full_backup_and_a_delta_restore_to_the_same_content)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 200, 12);
    const QString dir = f.path("b");
    const Chain c = makeChain(path, dir);
    BOOST_TEST(QFileInfo(c.full).fileName() == "posyandu-20240615-073000.db.zst");
    BOOST_TEST(QFileInfo(c.delta).fileName() == "posyandu-20240616-073000.db.delta.zst");
    BOOST_TEST(Database::backupsOf(path, dir) == QStringList({c.delta, c.full}));
    BOOST_TEST(Backup::list(path, dir) == QStringList({c.delta, c.full}));
    BOOST_TEST(Backup::madeAt(c.delta) == kMorning.addDays(1));
    // Owner-only, no ".part" left, much smaller than the database.
    for (const QString& b : {c.full, c.delta}) {
        BOOST_TEST((QFile::permissions(b) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        BOOST_TEST(QDir(dir).entryList({"*.part*"}, QDir::Files).isEmpty());
    }
    BOOST_TEST(QFileInfo(c.full).size() < QFileInfo(path).size() / 2);
    BOOST_TEST(QFileInfo(c.delta).size() < QFileInfo(c.full).size() / 4);
    const auto header = BackupArchive::header(c.delta);
    BOOST_REQUIRE_MESSAGE(header.ok(), why(header));
    BOOST_TEST((header->kind == ArchiveHeader::Kind::Delta));
    BOOST_TEST(header->base == QFileInfo(c.full).fileName());
    BOOST_TEST(header->baseSha == BackupArchive::header(c.full)->sha256);

    // Checked without changing anything.
    auto checked = Restore::check(c.delta);
    BOOST_REQUIRE_MESSAGE(checked.ok(), why(checked));
    BOOST_TEST(checked->children == rows(path, "children", true));

    auto r = Restore::run(path, c.full, kMorning.addDays(2));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(contentHash(path, true) == c.fullContent);
    BOOST_TEST(integrity(path) == "ok");
    r = Restore::run(path, c.delta, kMorning.addDays(2).addSecs(1));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(contentHash(path, true) == c.deltaContent);
    BOOST_TEST(r->backup.children == rows(path, "children", true));
    BOOST_TEST(!QFileInfo::exists(path + ".restore.part"));
    BOOST_TEST(!QFileInfo::exists(path + ".restore.part.base"));
    BOOST_TEST(openDb(path)->integrityCheck().value() == "ok");
}

BOOST_AUTO_TEST_CASE(a_missing_damaged_or_foreign_link_is_refused_and_nothing_is_replaced)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 200, 12);
    const QString dir = f.path("b");
    const Chain c = makeChain(path, dir);
    const QString fullName = QFileInfo(c.full).fileName();
    {
        auto db = openDb(path);
        addChild(*db, QStringLiteral("Setelah Semua Cadangan"));
    }
    const QByteArray before = fileHash(path);
    const auto refused = [&](const QString& backup, ErrorCode code, const QString& names) {
        auto r = Restore::run(path, backup, kMorning.addDays(3));
        BOOST_REQUIRE(!r.ok());
        BOOST_TEST(static_cast<int>(r.error().code) == static_cast<int>(code));
        BOOST_TEST(r.error().message.contains(names), r.error().message.toStdString());
        BOOST_TEST(fileHash(path) == before);
        BOOST_TEST(QDir(f.path(".")).entryList({"posyandu.db.*"}, QDir::Files).isEmpty());
    };
    // The full backup it needs is gone.
    BOOST_REQUIRE(QFile::rename(c.full, f.path("elsewhere.zst")));
    refused(c.delta, ErrorCode::FileNotFound, fullName);
    // Put back, but damaged.
    BOOST_REQUIRE(QFile::copy(f.path("elsewhere.zst"), c.full));
    damage(c.full);
    refused(c.delta, ErrorCode::Corrupt, fullName);
    refused(c.full, ErrorCode::Corrupt, fullName);
    // Another full backup under its name (of another day): not its base.
    {
        auto db = openDb(path);
        const QString other = Backup::create(*db, f.path("other"), 10, kMorning).value();
        BOOST_REQUIRE(QFile::remove(c.full));
        BOOST_REQUIRE(QFile::copy(other, c.full));
    }
    refused(c.delta, ErrorCode::Corrupt, fullName);
    // The right base back, the delta itself damaged.
    BOOST_REQUIRE(QFile::remove(c.full));
    BOOST_REQUIRE(QFile::copy(f.path("elsewhere.zst"), c.full));
    BOOST_REQUIRE(Restore::check(c.delta).ok());
    damage(c.delta, 16);
    refused(c.delta, ErrorCode::Corrupt, QFileInfo(c.delta).fileName());
    // Cut short.
    writeText(f.path("short.db.zst"), readText(c.full).left(4000));
    refused(f.path("short.db.zst"), ErrorCode::Corrupt, "short.db.zst");
}

BOOST_AUTO_TEST_CASE(pruning_keeps_the_full_backups_that_kept_deltas_need)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 60, 6);
    const QString dir = f.path("b");
    auto db = openDb(path);
    QStringList made;
    QList<QByteArray> content;
    for (int day = 1; day <= 9; ++day) {
        addChild(*db, QStringLiteral("Anak Hari %1").arg(day));
        content << contentHash(path, true);
        auto m = Backup::make(*db, dir, 2, QDateTime(QDate(2024, 6, day), QTime(8, 0)));
        BOOST_REQUIRE_MESSAGE(m.ok(), why(m));
        made << m->path;
    }
    // Day 1 full, days 2-7 deltas against it, day 8 a new full, day 9 its delta.
    BOOST_TEST(made[0].endsWith(".db.zst"));
    for (int i = 1; i < 7; ++i)
        BOOST_TEST(made[i].endsWith(".db.delta.zst"), made[i].toStdString());
    BOOST_TEST(made[7].endsWith("posyandu-20240608-080000.db.zst"));
    BOOST_TEST(made[8].endsWith(".db.delta.zst"));
    // Keep 2: days 9 and 8; day 8 is day 9's base; the rest went.
    BOOST_TEST(Backup::list(path, dir) == QStringList({made[8], made[7]}));
    for (int i = 0; i < 7; ++i)
        BOOST_TEST(!QFileInfo::exists(made[i]), made[i].toStdString());

    // While day 1's deltas were the newest two, day 1 was kept with them.
    Folder g;
    const QString other = g.path("posyandu.db");
    makeDemo(other, 60, 6);
    auto odb = openDb(other);
    QStringList omade;
    for (int day = 1; day <= 4; ++day) {
        addChild(*odb, QStringLiteral("Anak %1").arg(day));
        omade << Backup::make(*odb, g.path("b"), 2, QDateTime(QDate(2024, 6, day), QTime(8, 0))).value().path;
    }
    BOOST_TEST(Backup::list(other, g.path("b")) == QStringList({omade[3], omade[2], omade[0]}));
    BOOST_TEST(!QFileInfo::exists(omade[1]));
    odb.reset();
    for (const QString& kept : Backup::list(other, g.path("b")))
        BOOST_TEST(Restore::check(kept).ok(), kept.toStdString());
    db.reset();
    auto r = Restore::run(path, made[8]);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(contentHash(path, true) == content[8]);
}

BOOST_AUTO_TEST_CASE(plain_backups_of_earlier_versions_are_listed_and_restored)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 100, 6);
    const QString dir = f.path("backups");
    QDir().mkpath(dir);
    const QString plain = QDir(dir).filePath("posyandu-20240601-080000.db");
    rawExec(path, QStringLiteral("VACUUM INTO '%1';").arg(plain).toUtf8());
    const QByteArray plainContent = contentHash(path, true);
    QString compressed;
    {
        auto db = openDb(path);
        addChild(*db, QStringLiteral("Anak Baru"));
        compressed = Backup::create(*db, dir, 10, kMorning).value();
    }
    // A plain backup is never a base: the first compressed one is full.
    BOOST_TEST(compressed.endsWith("posyandu-20240615-073000.db.zst"));
    BOOST_TEST(Database::backupsOf(path, dir) == QStringList({compressed, plain}));
    BOOST_TEST(Backup::list(path, dir) == QStringList({compressed, plain}));
    auto r = Restore::run(path, plain, kMorning.addDays(1));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(contentHash(path, true) == plainContent);
    BOOST_TEST(r->backup.madeAt == QDateTime(QDate(2024, 6, 1), QTime(8, 0)));
}

BOOST_AUTO_TEST_CASE(the_programs_restore_path_takes_the_newest_compressed_backup)
{
    // What AppController::openInteractive does with a damaged file: the
    // store names the newest backup (Error::backupPath), Restore::run
    // decompresses and checks it, and an admin signs in against that checked
    // copy (mayRestore) before anything is replaced.
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 300, 12);
    const QString dir = Backup::defaultDir(path);
    const Chain c = makeChain(path, dir);
    damage(path, 8192);
    OpenOptions options;
    options.backupDir = dir;
    auto opened = Database::open(path, options);
    BOOST_REQUIRE(!opened.ok());
    BOOST_TEST(opened.error().backupPath == c.delta);
    BOOST_TEST(opened.error().message.contains(QDir::toNativeSeparators(c.delta)));
    const QByteArray damaged = fileHash(path);

    QStringList asked;
    const auto signIn = [&](const QString& pin) {
        return [&asked, pin](const QString& copy) -> Result<void> {
            asked << copy;
            OpenOptions ro;
            ro.readOnly = true;
            ro.createIfMissing = false;
            auto backup = Database::open(copy, ro);
            if (!backup)
                return backup.error();
            auto user = SignIn(**backup).attempt(QStringLiteral("admin"), pin);
            if (!user)
                return user.error();
            return user->require(Permission::RestoreBackup);
        };
    };
    auto wrong = Restore::run(path, opened.error().backupPath, kMorning.addDays(2), signIn(QStringLiteral("000000")));
    BOOST_REQUIRE(!wrong.ok());
    BOOST_TEST(fileHash(path) == damaged);
    BOOST_TEST(!QFileInfo::exists(path + ".restore.part"));
    auto right = Restore::run(path, opened.error().backupPath, kMorning.addDays(2), signIn(QStringLiteral("123456")));
    BOOST_REQUIRE_MESSAGE(right.ok(), why(right));
    BOOST_TEST(asked == QStringList({path + ".restore.part", path + ".restore.part"}));
    BOOST_TEST(contentHash(path, true) == c.deltaContent);
    BOOST_TEST(fileHash(right->replacedCopy) == damaged);
    BOOST_TEST(openDb(path)->integrityCheck().value() == "ok");
}

BOOST_AUTO_TEST_CASE(tumbuh_cli_backs_up_and_restores_compressed_backups)
{
    Folder f;
    QString out;
    const QString db = f.path("posyandu.db");
    BOOST_REQUIRE(runCli({"demo", "-o", db, "--children", "100", "--months", "6", "--today", "2024-06-15"}) == 0);
    const QString dir = f.path("cadangan");
    BOOST_TEST(runCli({"backup", "--db", db, "--dir", dir}, &out) == 0, out.toStdString());
    const QByteArray first = contentHash(db, true);
    rawExec(db, "UPDATE children SET name = 'Diubah' WHERE id = 1;");
    const QByteArray second = contentHash(db, true);
    BOOST_TEST(runCli({"backup", "--db", db, "--dir", dir}, &out) == 0, out.toStdString());
    const QStringList full = QDir(dir).entryList({"posyandu-*.db.zst"}, QDir::Files);
    const QStringList delta = QDir(dir).entryList({"posyandu-*.db.delta.zst"}, QDir::Files);
    BOOST_REQUIRE_EQUAL(full.size(), 1);
    BOOST_REQUIRE_EQUAL(delta.size(), 1);
    rawExec(db, "UPDATE children SET name = 'Diubah Lagi' WHERE id = 2;");
    BOOST_TEST(runCli({"restore", "--db", db, QDir(dir).filePath(full.front())}, &out) == 0, out.toStdString());
    BOOST_TEST(contentHash(db, true) == first);
    // The current file damaged: the admin signs in against the backup.
    damage(db, 8192);
    const QByteArray damaged = fileHash(db);
    const QString deltaPath = QDir(dir).filePath(delta.front());
    BOOST_TEST(runCli({"restore", "--db", db, deltaPath}, &out, {"TUMBUH_PIN=999999"}) == 2);
    BOOST_TEST(fileHash(db) == damaged);
    BOOST_TEST(runCli({"restore", "--db", db, deltaPath}, &out) == 0, out.toStdString());
    BOOST_TEST(contentHash(db, true) == second);
    // Its base gone: refused, naming it.
    BOOST_REQUIRE(QFile::remove(QDir(dir).filePath(full.front())));
    const QByteArray now = fileHash(db);
    BOOST_TEST(runCli({"restore", "--db", db, deltaPath}, &out) == 2);
    BOOST_TEST(out.contains(full.front()), out.toStdString());
    BOOST_TEST(fileHash(db) == now);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
