// The first-start dialog and the dialog for a database that cannot be
// opened: what they ask, what they refuse, the ways on they offer.
#include "uifixture.h"

#include "records/backup/backup.h"
#include "store/messages.h"
#include "ui/common/fieldmessage.h"
#include "ui/start/databaseerrordialog.h"
#include "ui/start/firststartdialog.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace tumbuh::ui;

namespace {

QPushButton* buttonWithText(QWidget& w, const QString& text)
{
    for (QPushButton* b : w.findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_SUITE(start)

BOOST_AUTO_TEST_CASE(first_start_asks_for_the_posyandu_name)
{
    FirstStartDialog d;
    d.show();
    BOOST_TEST((d.choice() == FirstStartDialog::Choice::Create));
    BOOST_TEST(!d.check());
    const auto messages = d.findChildren<FieldMessage*>();
    BOOST_REQUIRE(!messages.isEmpty());
    const auto shown = [&messages] {
        QStringList out;
        for (FieldMessage* m : messages)
            if (m->isVisible() && !m->text().isEmpty())
                out << m->text();
        return out;
    };
    BOOST_TEST(shown() == QStringList{QStringLiteral("Tulis nama posyandu.")});

    QTest::keyClicks(d.posyanduNameEdit(), QStringLiteral("Posyandu  Kenanga 2 "));
    // The new file's first user, its admin: a name and a PIN typed twice.
    BOOST_TEST(!d.check());
    BOOST_TEST(shown().size() == 1);
    QTest::keyClicks(d.userNameEdit(), QStringLiteral("Bu Ratna"));
    QTest::keyClicks(d.pinEdit(), QStringLiteral("24680"));
    BOOST_TEST(!d.check()); // too short
    d.pinEdit()->clear();
    QTest::keyClicks(d.pinEdit(), QStringLiteral("246801"));
    QTest::keyClicks(d.repeatPinEdit(), QStringLiteral("246800"));
    BOOST_TEST(!d.check());
    BOOST_TEST(shown().contains(QStringLiteral("Kedua PIN tidak sama. Ketik lagi.")));
    QTest::keyClicks(d.repeatPinEdit(), QStringLiteral("246801"));
    BOOST_TEST(d.check());
    BOOST_TEST(d.pin() == QStringLiteral("246801"));
    BOOST_TEST(d.posyandu().name == QStringLiteral("Posyandu Kenanga 2"));

    // The demo needs nothing typed.
    d.posyanduNameEdit()->clear();
    d.demoButton()->setChecked(true);
    BOOST_TEST((d.choice() == FirstStartDialog::Choice::Demo));
    BOOST_TEST(d.check());
}

BOOST_AUTO_TEST_CASE(a_damaged_database_offers_its_backup)
{
    DatabaseErrorDialog withBackup(QStringLiteral("Berkas basis data x.db rusak."),
                                   QStringLiteral("/data/backups/x-20260301-080000.db"));
    withBackup.show();
    QPushButton* restore = buttonWithText(withBackup, QStringLiteral("Pulihkan dari cadangan"));
    BOOST_REQUIRE(restore);
    BOOST_TEST(restore->isVisible());
    bool saysWhy = false;
    for (QLabel* l : withBackup.findChildren<QLabel*>())
        saysWhy = saysWhy || l->text() == QStringLiteral("Berkas basis data x.db rusak.");
    BOOST_TEST(saysWhy);
    restore->click();
    BOOST_TEST((withBackup.action() == DatabaseErrorDialog::Action::RestoreBackup));

    DatabaseErrorDialog noBackup(QStringLiteral("Berkas x.db bukan basis data Tumbuh."), QString());
    noBackup.show();
    BOOST_TEST(!buttonWithText(noBackup, QStringLiteral("Pulihkan dari cadangan"))->isVisible());
    buttonWithText(noBackup, QStringLiteral("Buka berkas lain…"))->click();
    BOOST_TEST((noBackup.action() == DatabaseErrorDialog::Action::OpenOther));
}

// The real thing: a file damaged while the program was closed, with a
// backup beside it. The dialog says once which backup there is (the store's
// message names it too, for tumbuh-cli) and shows no SQLite heading.
BOOST_AUTO_TEST_CASE(a_damaged_file_names_its_backup_once)
{
    test::Posyandu p;
    const QString path = p.path();
    const QString backups = tumbuh::records::Backup::defaultDir(path);
    auto made = tumbuh::records::Backup::create(*p.db, backups);
    BOOST_REQUIRE_MESSAGE(made.ok(), test::why(made));
    p.db.reset();
    {
        // Zeroes over the middle of the file: the table pages, not the header.
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
        BOOST_REQUIRE(f.size() > 3 * 4096);
        BOOST_REQUIRE(f.seek(2 * 4096 + 8));
        BOOST_REQUIRE(f.write(QByteArray(4096, '\xff')) == 4096);
    }
    tumbuh::store::OpenOptions options;
    options.backupDir = backups;
    auto opened = tumbuh::store::Database::open(path, options);
    BOOST_REQUIRE(!opened.ok());
    const tumbuh::store::Error e = opened.error();
    BOOST_TEST((e.code == tumbuh::store::ErrorCode::Corrupt), e.message.toStdString());
    BOOST_TEST(e.backupPath == *made);
    BOOST_TEST(e.message.endsWith(tumbuh::store::msg::backupExists(*made)), e.message.toStdString());

    DatabaseErrorDialog d(e.message, e.backupPath);
    d.show();
    const QString name = QFileInfo(*made).fileName();
    QString shown;
    for (QLabel* l : d.findChildren<QLabel*>())
        if (l->isVisible())
            shown += l->text() + QLatin1Char('\n');
    BOOST_TEST(shown.count(name) == 1, shown.toStdString());
    BOOST_TEST(!shown.contains(QStringLiteral("***")), shown.toStdString());
    BOOST_TEST(buttonWithText(d, QStringLiteral("Pulihkan dari cadangan"))->isVisible());
}

BOOST_AUTO_TEST_SUITE_END()
