// Read-only viewing that works (issue 8, point 7): a database in a folder
// that cannot be written opens read-only and leaves nothing beside it; the
// commands that only read (export, package, card, backup) work on it; a
// reader never leaves a -wal/-shm that would stand in the owner's way; and
// a reader still sees what a write-ahead log holds.
#include "support/recordsfixture.h"

#include "store/childrepository.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace tumbuh::records::test {

namespace {

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A folder made read-only for the test's length (root passes the
// permission check, so the program must read the bits itself).
struct ReadOnlyFolder {
    explicit ReadOnlyFolder(const QString& d)
        : dir(d)
    {
        BOOST_REQUIRE(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                     | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    }
    ~ReadOnlyFolder()
    {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QString dir;
};

void addChild(Database& db, const QString& name)
{
    Child c;
    c.name = name;
    c.sex = growth::Sex::Female;
    c.birthDate = kToday.addMonths(-10);
    c.posyanduId = 1;
    auto added = ChildRepository(db).add(c, 0);
    BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
}

// Live children, read through the connection under test.
qint64 childCount(Database& db)
{
    QSqlQuery q(db.connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM children WHERE deleted_at IS NULL")));
    BOOST_REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The first value of a query, through the store (the fixture's plain
// read-only SQLite would itself leave a -wal/-shm beside the file).
QString firstValue(const QString& path, const QString& sql)
{
    auto db = openDb(path);
    QSqlQuery q(db->connection());
    BOOST_REQUIRE(q.exec(sql));
    BOOST_REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_read_only)

BOOST_AUTO_TEST_CASE(read_only_commands_work_in_a_read_only_folder_and_leave_nothing)
{
    Folder f;
    const QString media = f.path("media");
    BOOST_REQUIRE(QDir().mkpath(media));
    const QString path = media + "/kota.db";
    makeDemo(path, 20, 3);
    const qint64 live = firstValue(path, "SELECT count(*) FROM children_readable WHERE deleted_at IS NULL").toLongLong();
    const QString posyandu = firstValue(path, "SELECT name FROM posyandu_readable ORDER BY id LIMIT 1");
    const QString child = firstValue(path, "SELECT uid FROM children_readable ORDER BY id LIMIT 1");
    // The file and the record its writable opens keep beside it
    // (store/integrityrecord.h); the read-only commands add nothing.
    const QStringList before = entries(media);
    BOOST_REQUIRE(before == (QStringList{".kota.db.state", "kota.db"}));
    const QByteArray hash = fileHash(path);
    ReadOnlyFolder readOnly(media);
    QString out;
    BOOST_TEST(runCli({"export", "--db", path, "--what", "measurements", "-o", f.path("m.csv")}, &out) == 0, out.toStdString());
    BOOST_TEST(entries(media) == before);
    BOOST_TEST(runCli({"package", "--db", path, "--posyandu", posyandu, "-o", f.path("p.tpk")}, &out) == 0, out.toStdString());
    BOOST_TEST(entries(media) == before);
    BOOST_TEST(runCli({"card", "--db", path, "--child", child, "-o", f.path("card.pdf")}, &out) == 0, out.toStdString());
    BOOST_TEST(entries(media) == before);
    BOOST_TEST(runCli({"backup", "--db", path, "--dir", f.path("b")}, &out) == 0, out.toStdString());
    BOOST_TEST(entries(media) == before);
    // The program's own open: read-only, nothing created either.
    {
        auto db = Database::open(path);
        BOOST_REQUIRE_MESSAGE(db.ok(), why(db));
        BOOST_TEST((*db)->isReadOnly());
        BOOST_TEST(childCount(**db) == live);
        BOOST_TEST(entries(media) == before);
    }
    BOOST_TEST(entries(media) == before);
    BOOST_TEST(fileHash(path) == hash);
    // An import is refused with a message, not SQLite's text.
    writeText(f.path("one.csv"), "Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat\n"
                                 "Ani;P;01/02/2023;Posyandu Melati;01/06/2024;9,1\n");
    BOOST_TEST(runCli({"import", "--db", path, f.path("one.csv")}, &out) == 2);
    BOOST_TEST(out.contains("read-only"), out.toStdString());
    BOOST_TEST(entries(media) == before);
}

BOOST_AUTO_TEST_CASE(a_reader_leaves_no_log_behind_for_the_owner)
{
    Folder f;
    const QString path = f.path("kota.db");
    makeDemo(path, 10, 2);
    const qint64 live = firstValue(path, "SELECT count(*) FROM children WHERE deleted_at IS NULL").toLongLong();
    BOOST_REQUIRE(!QFileInfo::exists(path + "-wal"));
    QString out;
    BOOST_TEST(runCli({"export", "--db", path, "--what", "children", "-o", f.path("c.csv")}, &out) == 0, out.toStdString());
    BOOST_TEST(!QFileInfo::exists(path + "-wal"));
    BOOST_TEST(!QFileInfo::exists(path + "-shm"));
    BOOST_TEST(!QFileInfo::exists(path + ".lock"));
    {
        OpenOptions o;
        o.readOnly = true;
        auto a = Database::open(path, o);
        auto b = Database::open(path, o);
        BOOST_REQUIRE(a.ok() && b.ok());
        BOOST_TEST(childCount(**a) == live);
        BOOST_TEST(childCount(**b) == live);
    }
    BOOST_TEST(!QFileInfo::exists(path + "-wal"));
    BOOST_TEST(!QFileInfo::exists(path + "-shm"));
    // A file the user may not write (the viewer's case): the same.
    BOOST_REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        auto viewer = Database::open(path);
        BOOST_REQUIRE(viewer.ok());
        BOOST_TEST((*viewer)->isReadOnly());
        BOOST_TEST(childCount(**viewer) == live);
    }
    BOOST_TEST(!QFileInfo::exists(path + "-wal"));
    BOOST_TEST(!QFileInfo::exists(path + "-shm"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

BOOST_AUTO_TEST_CASE(a_reader_sees_what_the_log_holds_even_in_a_read_only_folder)
{
    Folder f;
    const QString media = f.path("media");
    BOOST_REQUIRE(QDir().mkpath(media));
    const QString path = media + "/kota.db";
    makeDemo(path, 10, 2);
    const qint64 live = rows(path, "children", true);
    auto writer = openDb(path);
    addChild(*writer, QStringLiteral("Anak Dalam Log"));
    giveConsent(path); // in the log too: a by-name export lists only children with consent
    BOOST_REQUIRE(QFileInfo(path + "-wal").size() > 0);
    // Read while the writer is open: the new child is only in the log.
    QString out;
    BOOST_TEST(runCli({"export", "--db", path, "--what", "children", "-o", f.path("c.csv")}, &out) == 0, out.toStdString());
    BOOST_TEST(readText(f.path("c.csv")).contains("Anak Dalam Log"));
    {
        OpenOptions o;
        o.readOnly = true;
        auto reader = Database::open(path, o);
        BOOST_REQUIRE_MESSAGE(reader.ok(), why(reader));
        BOOST_TEST(childCount(**reader) == live + 1);
    }
    // The log is still there for the writer.
    BOOST_TEST(QFileInfo(path + "-wal").size() > 0);
    // Copies of the file and its log on read-only media.
    const QString copy = f.path("copy");
    BOOST_REQUIRE(QDir().mkpath(copy));
    BOOST_REQUIRE(QFile::copy(path, copy + "/kota.db"));
    BOOST_REQUIRE(QFile::copy(path + "-wal", copy + "/kota.db-wal"));
    writer.reset();
    ReadOnlyFolder readOnly(copy);
    BOOST_TEST(runCli({"export", "--db", copy + "/kota.db", "--what", "children", "-o", f.path("c2.csv")}, &out) == 0, out.toStdString());
    BOOST_TEST(readText(f.path("c2.csv")).contains("Anak Dalam Log"));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
