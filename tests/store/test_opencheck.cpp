// When Database::open runs the full check (PRAGMA quick_check) and when it
// need not: after a clean close nothing is read beyond what the first
// screen needs; after a writer killed with SIGKILL, a file changed while
// the program was closed, a restore (tests/records/test_opencheck.cpp), or
// when the last check is older than the interval, the whole file is checked
// and a damaged one is refused untouched.
#include "storefixture.h"

#include "store/childrepository.h"
#include "store/integrityrecord.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <sys/stat.h>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

namespace {

template <typename Set>
OpenOptions with(Set set)
{
    OpenOptions o;
    set(o);
    return o;
}

std::unique_ptr<Database> openWith(const QString& path, const OpenOptions& options = {})
{
    auto opened = Database::open(path, options);
    BOOST_REQUIRE_MESSAGE(opened.ok(), why(opened));
    return std::move(*opened);
}

// A closed database with a few hundred children: several b-tree pages.
QString makeClosedStore(TempStore& s)
{
    for (int i = 0; i < 300; ++i)
        s.addChild(QStringLiteral("Anak %1").arg(i), QDate(2021, 1, 1).addDays(i));
    s.db.reset();
    return s.path();
}

// Overwrites the middle of the children table's root page (a b-tree page,
// not the header page); the size stays.
void damageChildrenPage(const QString& path)
{
    int root = 0;
    int pageSize = 0;
    {
        auto db = openWith(path, with([&](OpenOptions& o) { o.readOnly = true; o.check = CheckPolicy::Never; }));
        QSqlQuery q(db->connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'children'")) && q.next());
        root = q.value(0).toInt();
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
    }
    BOOST_REQUIRE(root > 1);
    QFile f(path);
    const qint64 sizeBefore = f.size();
    BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
    BOOST_REQUIRE(f.seek(static_cast<qint64>(root - 1) * pageSize));
    BOOST_REQUIRE(f.write(QByteArray(pageSize / 2, '\x5a')) == pageSize / 2);
    f.close();
    BOOST_REQUIRE(QFile(path).size() == sizeBefore);
}

struct timespec mtimeOf(const QString& path)
{
    struct stat st { };
    BOOST_REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mtim;
}

} // namespace

BOOST_AUTO_TEST_SUITE(open_check)

BOOST_AUTO_TEST_CASE(a_clean_close_then_a_plain_reopen_reads_no_more)
{
    TempStore s;
    BOOST_TEST((s.db->openCheck().reason == CheckReason::NewFile));
    BOOST_TEST(!s.db->openCheck().ran);
    const QString path = makeClosedStore(s);
    const auto record = IntegrityRecord::read(path);
    BOOST_REQUIRE(record.has_value());
    BOOST_TEST((record->session == IntegrityRecord::Session::Closed));
    BOOST_TEST(record->closedAs.has_value());

    for (int round = 0; round < 3; ++round) {
        auto db = openWith(path);
        BOOST_TEST(!db->openCheck().ran);
        BOOST_TEST((db->openCheck().reason == CheckReason::None));
        // While it is open the record says so: a kill now would be seen.
        BOOST_TEST((IntegrityRecord::read(path)->session == IntegrityRecord::Session::Open));
        // A second writable Database of this process cannot tell its own
        // session from a killed one: it checks (as every open did before).
        auto second = openWith(path);
        BOOST_TEST((second->openCheck().reason == CheckReason::OpenHere));
        BOOST_TEST(second->openCheck().ran);
        second.reset();
        BOOST_TEST((IntegrityRecord::read(path)->session == IntegrityRecord::Session::Open));
        s.db = std::move(db);
        s.addChild(QStringLiteral("Lagi %1").arg(round), QDate(2022, 3, 1));
        s.db.reset();
    }
    // A reader uses the record too.
    auto reader = openWith(path, with([&](OpenOptions& o) { o.readOnly = true; }));
    BOOST_TEST(!reader->openCheck().ran);
    reader.reset();

    // Without the record (its first open here, or a copy): checked.
    BOOST_REQUIRE(QFile::remove(IntegrityRecord::pathOf(path)));
    auto db = openWith(path);
    BOOST_TEST(db->openCheck().ran);
    BOOST_TEST((db->openCheck().reason == CheckReason::NoRecord));
}

BOOST_AUTO_TEST_CASE(a_writer_killed_with_sigkill_means_a_check_at_the_next_open)
{
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Anak Uji"), QDate(2021, 6, 1));
    s.db.reset();
    const QString path = s.path();

    QProcess writer;
    writer.setProgram(QStringLiteral(TUMBUH_WRITER_CHILD));
    writer.setArguments({path, QString::number(child), QStringLiteral("7")});
    writer.start();
    BOOST_REQUIRE(writer.waitForStarted());
    // Killed only once it has saved something: it held the file open for writing.
    QByteArray saved;
    for (int i = 0; i < 100 && writer.state() == QProcess::Running && saved.count('\n') < 3; ++i) {
        writer.waitForReadyRead(200);
        saved += writer.readAllStandardOutput();
    }
    BOOST_REQUIRE(saved.count('\n') >= 3);
    BOOST_REQUIRE(writer.state() == QProcess::Running);
    writer.kill(); // SIGKILL
    BOOST_REQUIRE(writer.waitForFinished());
    BOOST_TEST(writer.exitStatus() == QProcess::CrashExit);
    BOOST_TEST((IntegrityRecord::read(path)->session == IntegrityRecord::Session::Open));

    {
        auto db = openWith(path);
        BOOST_TEST(db->openCheck().ran);
        BOOST_TEST((db->openCheck().reason == CheckReason::UncleanShutdown));
        BOOST_TEST(db->openCheck().lastCheckAt.isValid());
        BOOST_TEST(IntegrityRecord::read(path)->checkReason == QStringLiteral("unclean-shutdown"));
    }
    // Closed cleanly now: the next open need not check.
    auto db = openWith(path);
    BOOST_TEST(!db->openCheck().ran);
}

BOOST_AUTO_TEST_CASE(a_file_damaged_while_closed_is_refused_untouched)
{
    for (const bool keepMtime : {false, true}) {
        BOOST_TEST_CONTEXT("mtime restored with utimensat: " << keepMtime)
        {
            TempStore s;
            const QString path = makeClosedStore(s);
            // Reopened and closed: the record matches the file, no check.
            openWith(path).reset();
            const struct timespec mtime = mtimeOf(path);
            QThread::msleep(20); // past the file system clock's tick
            damageChildrenPage(path);
            if (keepMtime) {
                const struct timespec times[2] = {mtime, mtime};
                BOOST_REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
                const struct timespec now = mtimeOf(path);
                BOOST_REQUIRE(now.tv_sec == mtime.tv_sec);
                BOOST_REQUIRE(now.tv_nsec == mtime.tv_nsec);
            }
            const QByteArray before = fileHash(path);
            for (const bool readOnly : {false, true}) {
                auto opened = Database::open(path, with([&](OpenOptions& o) { o.readOnly = readOnly; }));
                BOOST_REQUIRE(!opened.ok());
                BOOST_TEST((opened.error().code == ErrorCode::Corrupt), opened.error().message.toStdString());
                // A sentence to act on: what, that nothing was written, the
                // first finding; not SQLite's heading nor every finding.
                BOOST_TEST(opened.error().message.contains(u"nothing was written"), opened.error().message.toStdString());
                BOOST_TEST(!opened.error().message.contains(u"***"), opened.error().message.toStdString());
                BOOST_TEST(opened.error().message.count(u'\n') == 0, opened.error().message.toStdString());
                BOOST_TEST(fileHash(path) == before);
            }
            // Still refused the next time: nothing recorded it as good.
            BOOST_TEST(!Database::open(path).ok());
            BOOST_TEST(fileHash(path) == before);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_scheduled_check_comes_after_the_interval)
{
    TempStore s;
    const QString path = makeClosedStore(s);
    // The last full check was eight days ago.
    auto record = IntegrityRecord::read(path);
    BOOST_REQUIRE(record.has_value());
    record->checkedAt = QDateTime::currentDateTimeUtc().addDays(-8);
    QThread::msleep(20);
    BOOST_REQUIRE(record->write(path).ok());

    {
        // The program: left to the caller, who runs it in the background.
        auto db = openWith(path, with([&](OpenOptions& o) { o.deferScheduledCheck = true; }));
        BOOST_TEST(!db->openCheck().ran);
        BOOST_TEST(db->openCheck().scheduledDue);
        BOOST_TEST((db->openCheck().reason == CheckReason::Scheduled));
        BOOST_TEST(Database::verifyFile(path).ok());
        BOOST_TEST(db->recordCheck(CheckReason::Scheduled, Database::verifyFile(path)).ok());
        BOOST_TEST(IntegrityRecord::read(path)->checkedAt > QDateTime::currentDateTimeUtc().addSecs(-60));
    }
    {
        // Recorded: not due any more.
        auto db = openWith(path, with([&](OpenOptions& o) { o.deferScheduledCheck = true; }));
        BOOST_TEST(!db->openCheck().scheduledDue);
        BOOST_TEST(!db->openCheck().ran);
    }
    record = IntegrityRecord::read(path);
    record->checkedAt = QDateTime::currentDateTimeUtc().addDays(-8);
    QThread::msleep(20);
    BOOST_REQUIRE(record->write(path).ok());
    {
        // A longer interval: not yet.
        auto db = openWith(path, with([&](OpenOptions& o) { o.checkInterval = std::chrono::hours(24 * 30); }));
        BOOST_TEST(!db->openCheck().ran);
    }
    {
        // tumbuh-cli: the open runs it.
        auto db = openWith(path);
        BOOST_TEST(db->openCheck().ran);
        BOOST_TEST((db->openCheck().reason == CheckReason::Scheduled));
    }
}

BOOST_AUTO_TEST_CASE(damage_found_in_the_background_stops_every_write)
{
    TempStore s;
    const QString path = makeClosedStore(s);
    damageChildrenPage(path);
    // Opened without the check (as if the damage came during the session).
    auto db = openWith(path, with([&](OpenOptions& o) { o.check = CheckPolicy::Never; }));
    const auto found = Database::verifyFile(path);
    BOOST_REQUIRE(!found.ok());
    BOOST_TEST((found.error().code == ErrorCode::Corrupt));
    BOOST_TEST(!db->recordCheck(CheckReason::Scheduled, found).ok());
    BOOST_TEST(db->isDamaged());
    const QByteArray before = fileHash(path);
    s.db = std::move(db);
    Child c = s.child(QStringLiteral("Tidak Tersimpan"), QDate(2022, 2, 2));
    auto added = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(!added.ok());
    BOOST_TEST((added.error().code == ErrorCode::Corrupt), added.error().message.toStdString());
    // Also a write that goes round the repositories.
    QSqlQuery q(s.db->connection());
    BOOST_TEST(!q.exec(QStringLiteral("UPDATE children SET name = 'x'")));
    s.db.reset();
    BOOST_TEST(fileHash(path) == before);
    // The next open checks again, and refuses.
    auto again = Database::open(path);
    BOOST_REQUIRE(!again.ok());
    BOOST_TEST((again.error().code == ErrorCode::Corrupt));
}

BOOST_AUTO_TEST_SUITE_END()
