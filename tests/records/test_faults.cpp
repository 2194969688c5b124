// An import killed with SIGKILL half-way, after it has started writing,
// leaves the database exactly as it was (same rows, same content hash) and
// sound (PRAGMA integrity_check). The import is tumbuh-cli itself on a large
// file, with a small page cache so that it writes to the log early.
#include "support/recordsfixture.h"

#include "records/csvexporter.h"

#include <boost/test/unit_test.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

namespace tumbuh::records::test {

BOOST_AUTO_TEST_SUITE(faults)

BOOST_AUTO_TEST_CASE(an_import_killed_half_way_leaves_the_database_as_it_was)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 300, 12);
    // A large file from another city: every row is new to this database.
    makeDemo(f.path("other.db"), 5000, 24, 8);
    giveConsent(f.path("other.db")); // the by-name export lists only children with consent
    {
        auto other = openDb(f.path("other.db"));
        NamedPolicy policy = adminPolicy(*other);
        auto written = CsvExporter(*other).write(ExportWhat::Measurements, f.path("big.csv"), policy);
        BOOST_REQUIRE_MESSAGE(written.ok() && *written > 50000, why(written));
    }
    const QByteArray content = contentHash(path, true);
    const qint64 children = rows(path, "children");
    const qint64 measurements = rows(path, "measurements");

    // Early, and well into it. Schema 5's rows are about half as large as
    // schema 4's: with 12 MiB, the import had already committed when killed.
    for (const qint64 walBytes : {qint64(2) << 20, qint64(6) << 20}) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TUMBUH_BULK_CACHE_KIB"), QStringLiteral("512"));
        e.insert(QStringLiteral("TUMBUH_PIN"), QStringLiteral("123456")); // the demo's admin
        p.setProcessEnvironment(e);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(TUMBUH_CLI), {QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), path, f.path("big.csv")});
        BOOST_REQUIRE(p.waitForStarted());
        // Wait until the import has written that much of its transaction.
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(path + "-wal").size() < walBytes && p.state() == QProcess::Running && waited.elapsed() < 120000)
            QThread::msleep(5);
        BOOST_REQUIRE_MESSAGE(p.state() == QProcess::Running, "the import ended before it could be killed");
        BOOST_TEST_MESSAGE("killing the import with " << QFileInfo(path + "-wal").size() << " bytes in the log");
        p.kill(); // SIGKILL
        BOOST_REQUIRE(p.waitForFinished());
        BOOST_TEST(p.exitStatus() == QProcess::CrashExit);

        BOOST_TEST(rows(path, "children") == children);
        BOOST_TEST(rows(path, "measurements") == measurements);
        BOOST_TEST(contentHash(path, true) == content);
        BOOST_TEST(integrity(path) == "ok");
        auto db = openDb(path); // and the program opens it as usual
        BOOST_TEST(db->integrityCheck().value() == "ok");
    }
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
