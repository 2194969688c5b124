// The scheduled full check of the open file, run in the background of a
// real window: its result reaches the status line; damage is said with what
// to do, and no change is saved any more.
#include "uifixture.h"

#include "store/childrepository.h"
#include "store/integrityrecord.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/filecheckstatus.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("tumbuh::ui::FileCheckStatus", source);
}

std::unique_ptr<store::Database> reopen(const QString& path, const store::OpenOptions& options)
{
    auto opened = store::Database::open(path, options);
    BOOST_REQUIRE_MESSAGE(opened.ok(), test::why(opened));
    (*opened)->setToday(test::kToday);
    return std::move(*opened);
}

struct Window {
    explicit Window(store::Database& db, store::UserId user)
        : settings(settingsDir.filePath(QStringLiteral("tumbuh.ini"))), commands(&notifier),
          window(db, settings, notifier, commands, user, nullptr)
    {
        window.show();
    }
    QTemporaryDir settingsDir;
    AppSettings settings;
    DataNotifier notifier;
    CommandStack commands;
    MainWindow window;
};

} // namespace

BOOST_AUTO_TEST_SUITE(file_check_status)

BOOST_AUTO_TEST_CASE(the_scheduled_check_reaches_the_status_line)
{
    test::Posyandu p;
    p.db.reset();
    auto record = store::IntegrityRecord::read(p.path());
    BOOST_REQUIRE(record.has_value());
    record->checkedAt = QDateTime::currentDateTimeUtc().addDays(-8);
    QThread::msleep(20);
    BOOST_REQUIRE(record->write(p.path()).ok());

    store::OpenOptions options;
    options.deferScheduledCheck = true;
    auto db = reopen(p.path(), options);
    BOOST_REQUIRE(db->openCheck().scheduledDue);
    Window w(*db, p.kader);
    FileCheckStatus* status = w.window.fileCheck();
    BOOST_TEST((status->state() == FileCheckStatus::State::None));

    QSignalSpy finished(status, &FileCheckStatus::finished);
    w.window.startFileCheck();
    BOOST_TEST((status->state() == FileCheckStatus::State::Running));
    BOOST_TEST(status->text() == text("File check: running…"));
    BOOST_REQUIRE(finished.wait(60000));
    BOOST_TEST(finished.front().front().toBool());
    BOOST_TEST((status->state() == FileCheckStatus::State::Good));
    BOOST_TEST(status->text() == text("File check: good"));
    BOOST_TEST(status->isVisible());
    BOOST_TEST(!db->isDamaged());
    BOOST_TEST((store::IntegrityRecord::read(p.path())->checkedAt > QDateTime::currentDateTimeUtc().addSecs(-60)));
    BOOST_TEST(store::IntegrityRecord::read(p.path())->checkReason == QStringLiteral("scheduled"));
}

BOOST_AUTO_TEST_CASE(damage_found_in_the_background_is_shown_and_stops_saving)
{
    test::Posyandu p;
    const QString path = p.path();
    int root = 0;
    int pageSize = 0;
    {
        QSqlQuery q(p.db->connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'children'")) && q.next());
        root = q.value(0).toInt();
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
    }
    p.db.reset();
    {
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
        BOOST_REQUIRE(f.seek(static_cast<qint64>(root - 1) * pageSize + 8));
        BOOST_REQUIRE(f.write(QByteArray(pageSize / 2, '\x5a')) == pageSize / 2);
    }
    // Opened without the check, as if the damage had come during the session.
    store::OpenOptions options;
    options.check = store::CheckPolicy::Never;
    auto db = reopen(path, options);
    Window w(*db, p.kader);
    FileCheckStatus* status = w.window.fileCheck();
    QSignalSpy finished(status, &FileCheckStatus::finished);
    w.window.startFileCheck();
    BOOST_REQUIRE(finished.wait(60000));
    BOOST_TEST(!finished.front().front().toBool());
    BOOST_TEST((status->state() == FileCheckStatus::State::Damaged));
    BOOST_TEST(status->text() == text("File check: DAMAGED, changes are not saved"));
    BOOST_TEST(!status->damage().isEmpty());
    auto* box = w.window.findChild<QMessageBox*>(QStringLiteral("fileCheckDamaged"));
    BOOST_REQUIRE(box);
    BOOST_TEST(box->isVisible());
    BOOST_TEST(box->text().contains(status->damage()));
    box->close();

    BOOST_TEST(db->isDamaged());
    store::Child c;
    c.name = QStringLiteral("Tidak Tersimpan");
    c.birthDate = test::kToday.addMonths(-5);
    c.sex = growth::Sex::Female;
    c.posyanduId = p.mawar;
    auto added = store::ChildRepository(*db).add(c, p.kader);
    BOOST_REQUIRE(!added.ok());
    BOOST_TEST((added.error().code == store::ErrorCode::Corrupt));
}

BOOST_AUTO_TEST_SUITE_END()
