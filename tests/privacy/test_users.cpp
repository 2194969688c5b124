// Berkas ▸ Pengguna… (issue 12 §1): an admin adds a user, resets a PIN,
// deactivates and reactivates, changes a role; the last active admin is
// kept; a kader is refused (menu item disabled with the reason, the dialog
// itself refusing too). Real file, real widgets, the store read back.
#include "store/database.h"
#include "store/signin.h"
#include "store/userrepository.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"
#include "ui/start/signindialog.h"
#include "ui/users/usereditdialog.h"
#include "ui/users/usersdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <memory>
#include <utility>

using namespace tumbuh;

namespace {

const QString kPin = QStringLiteral("123456");

struct Users {
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<ui::AppSettings> settings;
    store::SignedInUser admin;
    store::User kader;

    Users()
    {
        auto opened = store::Database::open(dir.filePath(QStringLiteral("users.db")));
        BOOST_REQUIRE(opened);
        db = std::move(*opened);
        settings = std::make_unique<ui::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        store::SignIn signIn(*db);
        admin = signIn.createFirstAdmin(QStringLiteral("Ratna"), kPin).value();
        store::User k;
        k.name = QStringLiteral("Sari");
        kader = signIn.addUser(k, kPin, admin.id).value();
    }

    store::User named(const QString& name)
    {
        const auto users = store::UserRepository(*db).list();
        BOOST_REQUIRE(users);
        for (const auto& u : *users)
            if (u.name == name)
                return u;
        BOOST_FAIL("no user " << name.toStdString());
        return {};
    }
};

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString cell(const ui::UsersDialog& d, const QString& name, int column)
{
    for (int row = 0; row < d.table()->rowCount(); ++row)
        if (d.table()->item(row, ui::UsersDialog::Name)->text() == name)
            return d.table()->item(row, column)->text();
    return {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(users_dialog)

BOOST_AUTO_TEST_CASE(an_admin_adds_a_user_who_can_sign_in)
{
    Users f;
    ui::UsersDialog d(*f.db, *f.settings, f.admin);
    d.show();
    BOOST_TEST(d.table()->rowCount() == 2);
    BOOST_TEST(cell(d, QStringLiteral("Sari"), ui::UsersDialog::Role) == QStringLiteral("Kader"));
    BOOST_TEST(cell(d, QStringLiteral("Ratna"), ui::UsersDialog::Role) == QStringLiteral("Admin"));

    d.setDialogRunner([](ui::UserEditDialog& e) {
        e.show();
        type(e.nameEdit(), QStringLiteral("Bidan Yuni"));
        e.roleBox()->setCurrentIndex(e.roleBox()->findText(QStringLiteral("Ahli gizi")));
        type(e.pinEdit(), QStringLiteral("112233"));
        type(e.repeatPinEdit(), QStringLiteral("112234"));
        e.okButton()->click();
        BOOST_TEST(e.messageLabel()->text() == QStringLiteral("Kedua PIN tidak sama. Ketik lagi."));
        BOOST_TEST(e.result() != QDialog::Accepted);
        type(e.repeatPinEdit(), QStringLiteral("112233"));
        e.okButton()->click();
    });
    d.addButton()->click();
    BOOST_TEST(d.table()->rowCount() == 3);
    BOOST_TEST(cell(d, QStringLiteral("Bidan Yuni"), ui::UsersDialog::Role) == QStringLiteral("Ahli gizi"));
    auto yuni = store::SignIn(*f.db).attempt(QStringLiteral("Bidan Yuni"), QStringLiteral("112233"));
    BOOST_REQUIRE(yuni);
    BOOST_TEST((yuni->role == store::Role::Nutritionist));
}

BOOST_AUTO_TEST_CASE(an_admin_resets_a_pin_and_lifts_the_lock)
{
    Users f;
    store::SignIn signIn(*f.db);
    for (int i = 0; i < 5; ++i)
        BOOST_TEST(!signIn.attempt(QStringLiteral("Sari"), QStringLiteral("000000")));
    ui::UsersDialog d(*f.db, *f.settings, f.admin);
    d.show();
    BOOST_TEST(!cell(d, QStringLiteral("Sari"), ui::UsersDialog::LockedUntil).isEmpty());
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Sari")) >= 0);
    d.setDialogRunner([](ui::UserEditDialog& e) {
        e.show();
        type(e.pinEdit(), QStringLiteral("778899"));
        type(e.repeatPinEdit(), QStringLiteral("778899"));
        e.okButton()->click();
    });
    d.resetPinButton()->click();
    BOOST_TEST(cell(d, QStringLiteral("Sari"), ui::UsersDialog::LockedUntil).isEmpty());
    BOOST_TEST(signIn.attempt(QStringLiteral("Sari"), QStringLiteral("778899")).ok());
    BOOST_TEST(!signIn.attempt(QStringLiteral("Sari"), kPin));
}

BOOST_AUTO_TEST_CASE(deactivate_never_deletes_and_the_last_admin_stays)
{
    Users f;
    ui::UsersDialog d(*f.db, *f.settings, f.admin);
    d.show();
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Sari")) >= 0);
    d.activeButton()->click();
    BOOST_TEST(!f.named(QStringLiteral("Sari")).active);
    BOOST_TEST(!store::SignIn(*f.db).attempt(QStringLiteral("Sari"), kPin));
    BOOST_TEST(d.table()->rowCount() == 2); // still listed
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Sari")) >= 0);
    d.activeButton()->click();
    BOOST_TEST(f.named(QStringLiteral("Sari")).active);
    BOOST_TEST(store::SignIn(*f.db).attempt(QStringLiteral("Sari"), kPin).ok());

    // The only admin: neither deactivated nor demoted.
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Ratna")) >= 0);
    d.activeButton()->click();
    BOOST_TEST(f.named(QStringLiteral("Ratna")).active);
    BOOST_TEST(d.messageLabel()->text().contains(QStringLiteral("admin terakhir")), d.messageLabel()->text().toStdString());
    d.setDialogRunner([](ui::UserEditDialog& e) {
        e.show();
        e.roleBox()->setCurrentIndex(e.roleBox()->findText(QStringLiteral("Kader")));
        e.okButton()->click();
    });
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Ratna")) >= 0);
    d.editButton()->click();
    BOOST_TEST((f.named(QStringLiteral("Ratna")).role == store::Role::Admin));

    // With a second admin, the first may step down.
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Sari")) >= 0);
    d.setDialogRunner([](ui::UserEditDialog& e) {
        e.show();
        e.roleBox()->setCurrentIndex(e.roleBox()->findText(QStringLiteral("Admin")));
        e.okButton()->click();
    });
    d.editButton()->click();
    BOOST_TEST((f.named(QStringLiteral("Sari")).role == store::Role::Admin));
    BOOST_REQUIRE(d.selectUser(QStringLiteral("Ratna")) >= 0);
    d.activeButton()->click();
    BOOST_TEST(!f.named(QStringLiteral("Ratna")).active);
}

BOOST_AUTO_TEST_CASE(a_kader_is_refused)
{
    Users f;
    const store::SignedInUser kader = store::signedInAs(*f.db, f.kader.meta.id).value();
    ui::DataNotifier notifier;
    ui::CommandStack commands(&notifier);
    ui::MainWindow window(*f.db, *f.settings, notifier, commands, kader.id, nullptr);
    BOOST_TEST(!window.usersAction()->isEnabled());
    BOOST_TEST(window.usersAction()->toolTip().contains(QStringLiteral("kader")),
               window.usersAction()->toolTip().toStdString());
    bool opened = false;
    window.setDialogRunner([&](QDialog&) { opened = true; });

    // The dialog itself, if reached anyway: nothing can be done.
    ui::UsersDialog d(*f.db, *f.settings, kader);
    d.show();
    BOOST_TEST(!d.addButton()->isEnabled());
    BOOST_TEST(d.messageLabel()->isVisible());
    d.addUser();
    BOOST_TEST(store::UserRepository(*f.db).list()->size() == 2u);
    BOOST_TEST(!opened);

    // The admin's window has it.
    ui::MainWindow adminWindow(*f.db, *f.settings, notifier, commands, f.admin.id, nullptr);
    BOOST_TEST(adminWindow.usersAction()->isEnabled());
    bool shown = false;
    adminWindow.setDialogRunner([&](QDialog& dialog) { shown = qobject_cast<ui::UsersDialog*>(&dialog) != nullptr; });
    adminWindow.usersAction()->trigger();
    BOOST_TEST(shown);
}

BOOST_AUTO_TEST_CASE(the_idle_minutes_are_a_setting)
{
    Users f;
    BOOST_TEST(f.settings->idleLockMinutes.get() == 10);
    ui::UsersDialog d(*f.db, *f.settings, f.admin);
    int told = -1;
    QObject::connect(&d, &ui::UsersDialog::idleMinutesChanged, [&told](int m) { told = m; });
    d.idleMinutesBox()->setValue(3);
    BOOST_TEST(f.settings->idleLockMinutes.get() == 3);
    BOOST_TEST(told == 3);
    d.idleMinutesBox()->setValue(0);
    BOOST_TEST(f.settings->idleLockMinutes.get() == 0);
}

BOOST_AUTO_TEST_SUITE_END()

// docs/screenshots/sign-in.png and users.png, when TUMBUH_SCREENSHOT_DIR names
// a folder (docs/screenshots/README.md): the sign-in dialog after a wrong PIN
// on a file with the demo's users, and the users dialog with a locked kader.
BOOST_AUTO_TEST_SUITE(users_screenshots)

BOOST_AUTO_TEST_CASE(write_screenshots)
{
    const QString dir = qEnvironmentVariable("TUMBUH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        BOOST_TEST_MESSAGE("TUMBUH_SCREENSHOT_DIR not set: no screenshots written");
        return;
    }
    QTemporaryDir tmp;
    auto opened = store::Database::open(tmp.filePath(QStringLiteral("demo.db")));
    BOOST_REQUIRE(opened);
    store::Database& db = **opened;
    ui::AppSettings settings(tmp.filePath(QStringLiteral("settings.ini")));
    store::SignIn signIn(db);
    const store::SignedInUser admin = signIn.createFirstAdmin(QStringLiteral("admin"), kPin).value();
    for (const auto& [name, role] : {std::pair{QStringLiteral("kader"), store::Role::Kader},
                                     std::pair{QStringLiteral("gizi"), store::Role::Nutritionist},
                                     std::pair{QStringLiteral("Bu Sari"), store::Role::Kader}}) {
        store::User u;
        u.name = name;
        u.role = role;
        BOOST_REQUIRE(signIn.addUser(u, kPin, admin.id));
    }
    for (int i = 0; i < 5; ++i)
        (void)signIn.attempt(QStringLiteral("Bu Sari"), QStringLiteral("000000"));
    (void)signIn.attempt(QStringLiteral("kader"), QStringLiteral("111111"));

    ui::SignInDialog signInDialog(db, ui::SignInDialog::Mode::Start);
    signInDialog.setDemoHint(true);
    signInDialog.selectUser(QStringLiteral("kader"));
    signInDialog.show();
    type(signInDialog.pinEdit(), QStringLiteral("111111"));
    signInDialog.signInButton()->click();
    type(signInDialog.pinEdit(), QStringLiteral("12345"));
    QApplication::processEvents();
    const QImage first = signInDialog.grab().toImage();
    BOOST_REQUIRE(!first.isNull());
    BOOST_TEST(first.save(dir + QStringLiteral("/sign-in.png")));

    ui::UsersDialog users(db, settings, admin);
    users.show();
    users.selectUser(QStringLiteral("Bu Sari"));
    QApplication::processEvents();
    const QImage list = users.grab().toImage();
    BOOST_REQUIRE(!list.isNull());
    BOOST_TEST(list.save(dir + QStringLiteral("/users.png")));
}

BOOST_AUTO_TEST_SUITE_END()
