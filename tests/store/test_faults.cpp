// A writer killed with SIGKILL at random moments, 50 times: every
// measurement whose save returned is in the database, and SQLite finds the
// file sound.
#include "storefixture.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <boost/test/unit_test.hpp>

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

BOOST_AUTO_TEST_SUITE(faults)

BOOST_AUTO_TEST_CASE(killed_writer_loses_nothing_that_was_saved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.db"));
    RowId child = 0;
    {
        TempStore setup; // a posyandu and a child to measure
        child = setup.addChild(QStringLiteral("Anak Uji"), QDate(2021, 6, 1));
        setup.db.reset();
        BOOST_REQUIRE(QFile::copy(setup.path(), path));
    }

    QRandomGenerator rng(20240615);
    QList<qint64> saved;
    int killedWhileWriting = 0;
    for (int round = 0; round < 50; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(TUMBUH_WRITER_CHILD));
        writer.setArguments({path, QString::number(child), QString::number(round + 1)});
        writer.start();
        BOOST_REQUIRE(writer.waitForStarted());
        QThread::msleep(rng.bounded(30, 400));
        writer.kill(); // SIGKILL
        BOOST_REQUIRE(writer.waitForFinished());
        BOOST_TEST(writer.exitStatus() == QProcess::CrashExit, "the writer stopped by itself: "
                                                                   << writer.readAllStandardError().toStdString());
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        // The last piece is empty or a line cut by the kill; only whole lines count.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            saved << lines[i].toLongLong();
        if (!lines.isEmpty() && !lines.back().isEmpty())
            ++killedWhileWriting;
    }
    BOOST_TEST_MESSAGE("saves reported before the kills: " << saved.size());
    BOOST_REQUIRE(saved.size() > 50);

    auto db = openOrFail(path);
    BOOST_TEST(db->integrityCheck().value() == QStringLiteral("ok"));
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT m.id FROM measurements m JOIN audit_log a "
                                        "ON a.table_name = 'measurements' AND a.row_uid = m.uid")));
    QSet<qint64> present;
    while (q.next())
        present.insert(q.value(0).toLongLong());
    qsizetype missing = 0;
    for (qint64 id : saved) {
        if (!present.contains(id))
            ++missing;
    }
    BOOST_TEST(missing == 0, missing << " saved measurements (with their audit rows) are missing");
    (void)killedWhileWriting;
}

BOOST_AUTO_TEST_SUITE_END()
