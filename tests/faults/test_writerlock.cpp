// One writer at a time (issue 8, point 1): every program that writes a
// database holds its writer lock ("<db>.lock"); a second writer is refused
// with the holder named, restore refuses while another program writes (a
// real second tumbuh-cli process), and readers are never in the way.
#include "support/recordsfixture.h"

#include "records/backup/backup.h"
#include "records/backup/restore.h"
#include "records/csvexporter.h"

#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

namespace tumbuh::records::test {

namespace {

const QByteArray kOneChild = "Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat\n"
                             "Ani Kunci;P;01/02/2023;Posyandu Melati;01/06/2024;9,1\n";

QString ownHolder()
{
    return QStringLiteral("is open in test_faults (pid %1,").arg(QCoreApplication::applicationPid());
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_writer_lock)

BOOST_AUTO_TEST_CASE(restore_refuses_while_an_import_writes_and_the_import_keeps_every_row)
{
    Folder f;
    const QString path = f.path("kota.db");
    makeDemo(path, 100, 6);
    QString backup;
    {
        auto db = openDb(path);
        auto made = Backup::create(*db, f.path("b"), 10, QDateTime(kToday, QTime(7, 0)));
        BOOST_REQUIRE_MESSAGE(made.ok(), why(made));
        backup = *made;
    }
    // Every row of another city's file is new to this database.
    makeDemo(f.path("other.db"), 6000, 24, 8);
    giveConsent(f.path("other.db")); // the by-name export lists only children with consent
    qint64 csvRows = 0;
    {
        auto other = openDb(f.path("other.db"));
        NamedPolicy policy = adminPolicy(*other);
        auto written = CsvExporter(*other).write(ExportWhat::Measurements, f.path("big.csv"), policy);
        BOOST_REQUIRE_MESSAGE(written.ok(), why(written));
        csvRows = *written;
    }
    const qint64 before = rows(path, "measurements");

    QProcess import;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("TUMBUH_LANG"), QStringLiteral("en"));
    e.insert(QStringLiteral("TUMBUH_BULK_CACHE_KIB"), QStringLiteral("512"));
    e.insert(QStringLiteral("TUMBUH_PIN"), QStringLiteral("123456")); // the demo's admin
    import.setProcessEnvironment(e);
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(QStringLiteral(TUMBUH_CLI), {"import", "--user", "admin", "--db", path, f.path("big.csv")});
    BOOST_REQUIRE(import.waitForStarted());
    // Until the import has the file and is writing its transaction.
    QElapsedTimer waited;
    waited.start();
    while ((!QFileInfo::exists(path + ".lock") || QFileInfo(path + "-wal").size() < (qint64(256) << 10))
           && !import.waitForFinished(5) && waited.elapsed() < 120000) {
    }
    BOOST_REQUIRE_MESSAGE(import.state() == QProcess::Running, "the import ended before the restore could start");

    QString out;
    // No waiting for the import to end (that would be a race): refused at once.
    const int restored = runCli({"restore", "--db", path, backup}, &out, {"TUMBUH_LOCK_WAIT_MS=0"});
    const bool importStillRan = !import.waitForFinished(0);
    BOOST_TEST(restored == 2);
    BOOST_TEST(out.contains(QStringLiteral("is open in tumbuh-cli (pid %1,").arg(import.processId())), out.toStdString());
    BOOST_TEST(importStillRan);

    BOOST_REQUIRE(import.waitForFinished(300000));
    const QString importOut = QString::fromUtf8(import.readAll());
    BOOST_TEST(import.exitStatus() == QProcess::NormalExit);
    BOOST_TEST(importOut.contains("Saved in"), importOut.toStdString());
    // Every row the import reported saved is in the database.
    BOOST_TEST(rows(path, "measurements") == before + csvRows);
    BOOST_TEST(integrity(path) == "ok");
    BOOST_TEST(QDir(f.path(".")).entryList({"kota.db.before-restore-*"}).isEmpty());
    // With the import done, the restore goes ahead, and its copy of the
    // replaced file holds the import's rows.
    BOOST_TEST(runCli({"restore", "--db", path, backup}, &out) == 0, out.toStdString());
    const QStringList kept = QDir(f.path(".")).entryList({"kota.db.before-restore-*"});
    BOOST_REQUIRE(kept.size() == 1);
    BOOST_TEST(rows(f.path(kept.front()), "measurements") == before + csvRows);
    BOOST_TEST(rows(path, "measurements") == before);
}

BOOST_AUTO_TEST_CASE(a_second_writer_is_refused_with_the_holder_named_and_readers_go_on)
{
    Folder f;
    const QString path = f.path("kota.db");
    makeDemo(path, 30, 3);
    writeText(f.path("one.csv"), kOneChild);
    QString backup;
    {
        auto db = openDb(path);
        backup = Backup::create(*db, f.path("b"), 10, QDateTime(kToday, QTime(7, 0))).value();
    }
    const QString posyandu = queryLines(path, "SELECT name FROM posyandu_readable ORDER BY id LIMIT 1").value(0);
    const QString child = queryLines(path, "SELECT uid FROM children_readable ORDER BY id LIMIT 1").value(0);
    const qint64 children = rows(path, "children");
    {
        // This test process writes the file (as the desktop program would).
        auto writer = openDb(path);
        BOOST_TEST(QFileInfo::exists(path + ".lock"));
        QString out;
        BOOST_TEST(runCli({"import", "--db", path, f.path("one.csv")}, &out) == 2);
        BOOST_TEST(out.contains(ownHolder()), out.toStdString());
        BOOST_TEST(runCli({"restore", "--db", path, backup}, &out) == 2);
        BOOST_TEST(out.contains(ownHolder()), out.toStdString());
        BOOST_TEST(QDir(f.path(".")).entryList({"kota.db.before-restore-*"}).isEmpty());
        // Readers are not in the way.
        BOOST_TEST(runCli({"export", "--db", path, "--what", "children", "-o", f.path("c.csv")}, &out) == 0, out.toStdString());
        BOOST_TEST(runCli({"package", "--db", path, "--posyandu", posyandu, "-o", f.path("p.tpk")}, &out) == 0, out.toStdString());
        BOOST_TEST(runCli({"card", "--db", path, "--child", child, "-o", f.path("card.pdf")}, &out) == 0, out.toStdString());
        BOOST_TEST(runCli({"backup", "--db", path, "--dir", f.path("b2")}, &out) == 0, out.toStdString());
        // The package merged back into the same file: a writer too.
        BOOST_TEST(runCli({"merge", "--db", path, f.path("p.tpk")}, &out) == 2);
        BOOST_TEST(out.contains(ownHolder()), out.toStdString());
        // The same process may open its file twice (one program, one writer);
        // restore from within it is refused all the same.
        auto again = Database::open(path);
        BOOST_TEST(again.ok());
        auto inProcess = Restore::run(path, backup);
        BOOST_REQUIRE(!inProcess.ok());
        BOOST_TEST(static_cast<int>(inProcess.error().code) == static_cast<int>(ErrorCode::Busy));
    }
    BOOST_TEST(rows(path, "children") == children);
    BOOST_TEST(!QFileInfo::exists(path + ".lock"));
    // Once the writer has closed, the import goes ahead.
    QString out;
    BOOST_TEST(runCli({"import", "--db", path, f.path("one.csv")}, &out) == 0, out.toStdString());
    BOOST_TEST(rows(path, "children") == children + 1);
}

BOOST_AUTO_TEST_CASE(restore_leaves_the_log_of_a_reader_alone)
{
    Folder f;
    const QString path = f.path("kota.db");
    makeDemo(path, 10, 2);
    QString backup;
    {
        auto db = openDb(path);
        backup = Backup::create(*db, f.path("b"), 10, QDateTime(kToday, QTime(7, 0))).value();
    }
    {
        // A viewer reading the file: its -wal/-shm are in use.
        OpenOptions o;
        o.readOnly = true;
        auto reader = Database::open(path, o);
        BOOST_REQUIRE(reader.ok());
        QSqlQuery q((*reader)->connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM children")) && q.next());
        BOOST_REQUIRE(QFileInfo::exists(path + "-shm"));
        auto refused = Restore::run(path, backup);
        BOOST_REQUIRE(!refused.ok());
        BOOST_TEST(static_cast<int>(refused.error().code) == static_cast<int>(ErrorCode::Busy));
        BOOST_TEST(refused.error().message.contains("is open in another program"));
        BOOST_TEST(QFileInfo::exists(path + "-shm"));
        BOOST_TEST(QDir(f.path(".")).entryList({"kota.db.before-restore-*", "*.restore.part"}).isEmpty());
    }
    auto restored = Restore::run(path, backup);
    BOOST_TEST(restored.ok(), why(restored));
}

BOOST_AUTO_TEST_CASE(the_refusal_is_in_indonesian_too)
{
    Folder f;
    const QString path = f.path("kota.db");
    makeDemo(path, 5, 2);
    writeText(f.path("one.csv"), kOneChild);
    auto writer = openDb(path);
    QString out;
    BOOST_TEST(runCli({"import", "--db", path, f.path("one.csv")}, &out, {"TUMBUH_LANG=id"}) == 2);
    BOOST_TEST(out.contains(QStringLiteral("sedang dibuka di test_faults (pid %1,").arg(QCoreApplication::applicationPid())), out.toStdString());
}

BOOST_AUTO_TEST_CASE(import_into_a_missing_database_needs_create)
{
    Folder f;
    writeText(f.path("one.csv"), kOneChild);
    QString out;
    BOOST_TEST(runCli({"import", "--db", f.path("typo.db"), f.path("one.csv")}, &out) == 2);
    BOOST_TEST(out.contains("does not exist"), out.toStdString());
    BOOST_TEST(out.contains("--create"), out.toStdString());
    BOOST_TEST(QDir(f.path(".")).entryList(QDir::Files) == QStringList{"one.csv"});
    BOOST_TEST(runCli({"import", "--db", f.path("new.db"), f.path("one.csv"), "--create"}, &out) == 0, out.toStdString());
    BOOST_TEST(rows(f.path("new.db"), "children") == 1);
    BOOST_TEST(!QFileInfo::exists(f.path("new.db.lock")));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
