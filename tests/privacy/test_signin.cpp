// Signing in (issue 12 §1): the PIN is kept as an Argon2id hash, five wrong
// PINs lock the user even across a restart and a second process, the
// sign-in dialog as a user drives it (wrong PIN, lock, first admin, the PIN
// of an old file's user), the idle lock, and the audit log naming the user
// who signed in. Real files, real widgets, a real second `tumbuh`.
#include "records/demo/demogenerator.h"
#include "store/database.h"
#include "store/measurementrepository.h"
#include "store/signin.h"
#include "store/userrepository.h"
#include "ui/child/childpage.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/register/registerpage.h"
#include "ui/settings/appsettings.h"
#include "ui/start/screenlock.h"
#include "ui/start/signindialog.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QHash>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace tumbuh;
using namespace std::chrono_literals;

namespace {

const QString kPin = QStringLiteral("123456");
const QString kOtherPin = QStringLiteral("654321");

std::string why(const store::Error& e) { return e.message.toStdString(); }
template <typename T>
std::string why(const store::Result<T>& r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

struct File {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("signin.db"));
    std::unique_ptr<store::Database> db;

    File() { reopen(); }
    void reopen()
    {
        db.reset();
        auto opened = store::Database::open(path);
        BOOST_REQUIRE_MESSAGE(opened, why(opened));
        db = std::move(*opened);
    }
};

// An admin "Ratna" and a kader "Sari", both with the PIN 123456.
struct TwoUsers : File {
    store::SignedInUser admin;
    store::User kader;
    TwoUsers()
    {
        store::SignIn signIn(*db);
        auto a = signIn.createFirstAdmin(QStringLiteral("Ratna"), kPin);
        BOOST_REQUIRE_MESSAGE(a, why(a));
        admin = *a;
        store::User k;
        k.name = QStringLiteral("Sari");
        k.role = store::Role::Kader;
        auto added = signIn.addUser(k, kPin, admin.id);
        BOOST_REQUIRE_MESSAGE(added, why(added));
        kader = *added;
    }
};

QString pinHashOf(const QString& path, const QString& name)
{
    // The raw column, through a connection of its own (not the store's).
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    BOOST_REQUIRE(sqlite3_prepare_v2(h, "SELECT pin_hash FROM users WHERE name = ?", -1, &st, nullptr) == SQLITE_OK);
    const QByteArray n = name.toUtf8();
    sqlite3_bind_text(st, 1, n.constData(), static_cast<int>(n.size()), SQLITE_TRANSIENT);
    QString out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return out;
}

void rawExec(const QString& path, const QByteArray& sql)
{
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(h);
    BOOST_REQUIRE_MESSAGE(rc == SQLITE_OK, message);
}

struct Run {
    int exitCode = -1;
    QString errors;
};

// The real program, signing in for a screenshot.
Run runTumbuh(const QString& db, const QString& user, const QString& pin, const QTemporaryDir& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TUMBUH_PIN"), pin);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TUMBUH_APP), {QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                               QStringLiteral("--screenshot"), home.filePath(QStringLiteral("s.png"))});
    BOOST_REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(sign_in)

BOOST_AUTO_TEST_CASE(the_pin_is_kept_as_a_salted_hash)
{
    TwoUsers f;
    const QString adminHash = pinHashOf(f.path, QStringLiteral("Ratna"));
    const QString kaderHash = pinHashOf(f.path, QStringLiteral("Sari"));
    BOOST_TEST(adminHash.startsWith(QStringLiteral("$argon2id$")), adminHash.toStdString());
    BOOST_TEST(!adminHash.contains(kPin));
    BOOST_TEST(!kaderHash.contains(kPin));
    // The same PIN, two users: two salts, two hashes.
    BOOST_TEST(adminHash != kaderHash);
    // And the PIN still signs in.
    BOOST_TEST(store::SignIn(*f.db).attempt(QStringLiteral("sari"), kPin).ok());
}

BOOST_AUTO_TEST_CASE(five_wrong_pins_lock_even_after_a_restart_and_in_another_process)
{
    TwoUsers f;
    {
        store::SignIn signIn(*f.db);
        for (int i = 0; i < 4; ++i) {
            auto r = signIn.attempt(QStringLiteral("Sari"), kOtherPin);
            BOOST_REQUIRE(!r);
            BOOST_TEST(r.error().message.contains(QStringLiteral("PIN salah")), why(r.error()));
        }
        auto fifth = signIn.attempt(QStringLiteral("Sari"), kOtherPin);
        BOOST_REQUIRE(!fifth);
        BOOST_TEST(fifth.error().message.contains(QStringLiteral("dikunci")), why(fifth.error()));
        // Locked: even the right PIN is refused.
        BOOST_TEST(!signIn.attempt(QStringLiteral("Sari"), kPin));
        // The admin is not locked by Sari's mistakes.
        BOOST_TEST(signIn.attempt(QStringLiteral("Ratna"), kPin).ok());
    }
    f.reopen();
    auto again = store::SignIn(*f.db).attempt(QStringLiteral("Sari"), kPin);
    BOOST_REQUIRE(!again);
    BOOST_TEST(again.error().message.contains(QStringLiteral("dikunci")), why(again.error()));
    f.db.reset();

    // A second program, wrong PIN then right PIN: both refused while locked.
    QTemporaryDir home;
    Run run = runTumbuh(f.path, QStringLiteral("Sari"), kOtherPin, home);
    BOOST_TEST(run.exitCode == 2, run.errors.toStdString());
    run = runTumbuh(f.path, QStringLiteral("Sari"), kPin, home);
    BOOST_TEST(run.exitCode == 2, run.errors.toStdString());
    BOOST_TEST(!run.errors.isEmpty());
    // Once the lock has run out (moved into the past here), the right PIN works.
    // 946684800000 = 2000-01-01T00:00:00Z, as schema 5 stores a moment.
    rawExec(f.path, "UPDATE users SET locked_until = 946684800000 WHERE name = 'Sari';");
    run = runTumbuh(f.path, QStringLiteral("Sari"), kPin, home);
    BOOST_TEST(run.exitCode == 0, run.errors.toStdString());
}

BOOST_AUTO_TEST_CASE(the_program_with_user_on_a_file_without_users_makes_its_admin)
{
    File f;
    f.db.reset();
    QTemporaryDir home;
    const Run run = runTumbuh(f.path, QStringLiteral("Bu Wati"), QStringLiteral("135790"), home);
    BOOST_TEST(run.exitCode == 0, run.errors.toStdString());
    f.reopen();
    auto wati = store::SignIn(*f.db).attempt(QStringLiteral("Bu Wati"), QStringLiteral("135790"));
    BOOST_REQUIRE_MESSAGE(wati, why(wati));
    BOOST_TEST((wati->role == store::Role::Admin));
    // Now the file has a user: another name is refused.
    f.db.reset();
    const Run other = runTumbuh(f.path, QStringLiteral("Pak Joko"), QStringLiteral("135790"), home);
    BOOST_TEST(other.exitCode == 2, other.errors.toStdString());
}

BOOST_AUTO_TEST_CASE(the_dialog_says_wrong_pin_and_then_locked)
{
    TwoUsers f;
    ui::SignInDialog d(*f.db, ui::SignInDialog::Mode::Start);
    d.show();
    d.selectUser(QStringLiteral("Sari"));
    BOOST_TEST(d.userBox()->currentText() == QStringLiteral("Sari"));
    BOOST_TEST(d.pinEdit()->echoMode() == QLineEdit::Password);
    BOOST_TEST(!d.newPinEdit()->isVisible());

    type(d.pinEdit(), kOtherPin);
    QTest::keyClick(d.pinEdit(), Qt::Key_Return);
    BOOST_TEST(d.result() != QDialog::Accepted);
    BOOST_TEST(d.messageLabel()->isVisible());
    BOOST_TEST(d.messageLabel()->text().contains(QStringLiteral("PIN salah")), d.messageLabel()->text().toStdString());
    BOOST_TEST(d.pinEdit()->text().isEmpty());

    for (int i = 0; i < 4; ++i) {
        type(d.pinEdit(), kOtherPin);
        d.signInButton()->click();
    }
    BOOST_TEST(d.messageLabel()->text().contains(QStringLiteral("dikunci sampai pukul")),
               d.messageLabel()->text().toStdString());
    // A locked user cannot even try.
    BOOST_TEST(!d.pinEdit()->isEnabled());
    BOOST_TEST(!d.signInButton()->isEnabled());

    // Another user can.
    d.selectUser(QStringLiteral("Ratna"));
    BOOST_TEST(d.pinEdit()->isEnabled());
    type(d.pinEdit(), kPin);
    d.signInButton()->click();
    BOOST_TEST(d.result() == QDialog::Accepted);
    BOOST_TEST(d.signedIn().id == f.admin.id);
    BOOST_TEST((d.signedIn().role == store::Role::Admin));
}

BOOST_AUTO_TEST_CASE(a_file_without_users_makes_its_first_admin)
{
    File f;
    ui::SignInDialog d(*f.db, ui::SignInDialog::Mode::Start);
    d.show();
    BOOST_TEST(d.firstAdmin());
    BOOST_TEST(d.nameEdit()->isVisible());
    BOOST_TEST(!d.userBox()->isVisible());
    type(d.nameEdit(), QStringLiteral("Bu Wati"));
    type(d.newPinEdit(), QStringLiteral("135790"));
    type(d.repeatPinEdit(), QStringLiteral("135791"));
    d.signInButton()->click();
    BOOST_TEST(d.result() != QDialog::Accepted);
    BOOST_TEST(d.messageLabel()->text() == QStringLiteral("Kedua PIN tidak sama. Ketik lagi."));
    BOOST_TEST(store::SignIn(*f.db).noUsers().value());

    type(d.newPinEdit(), QStringLiteral("135790"));
    type(d.repeatPinEdit(), QStringLiteral("135790"));
    d.signInButton()->click();
    BOOST_TEST(d.result() == QDialog::Accepted);
    BOOST_TEST((d.signedIn().role == store::Role::Admin));
    auto back = store::SignIn(*f.db).attempt(QStringLiteral("Bu Wati"), QStringLiteral("135790"));
    BOOST_REQUIRE(back);
    BOOST_TEST(back->id == d.signedIn().id);
}

BOOST_AUTO_TEST_CASE(an_old_files_user_sets_a_pin_at_first_start)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    QFile fixture(QStringLiteral(TUMBUH_STORE_FIXTURES "/v2.sql"));
    BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
    rawExec(path, fixture.readAll());
    auto opened = store::Database::open(path);
    BOOST_REQUIRE_MESSAGE(opened, why(opened));
    store::Database& db = **opened;
    auto without = store::SignIn(db).usersWithoutPin();
    BOOST_REQUIRE(without);
    BOOST_REQUIRE(without->size() == 1u);
    const store::User old = without->front();
    BOOST_TEST((old.role == store::Role::Admin));

    ui::SignInDialog d(db, ui::SignInDialog::Mode::Start);
    d.show();
    d.selectUser(old.name);
    BOOST_TEST(!d.pinEdit()->isVisible());
    BOOST_TEST(d.newPinEdit()->isVisible());
    BOOST_TEST(d.repeatPinEdit()->isVisible());
    type(d.newPinEdit(), QStringLiteral("12"));
    type(d.repeatPinEdit(), QStringLiteral("12"));
    d.signInButton()->click();
    BOOST_TEST(d.result() != QDialog::Accepted);
    BOOST_TEST(store::SignIn(db).usersWithoutPin()->size() == 1u);

    type(d.newPinEdit(), QStringLiteral("246810"));
    type(d.repeatPinEdit(), QStringLiteral("246810"));
    d.signInButton()->click();
    BOOST_TEST(d.result() == QDialog::Accepted);
    BOOST_TEST(d.signedIn().id == old.meta.id);
    BOOST_TEST(store::SignIn(db).usersWithoutPin()->empty());
    BOOST_TEST(store::SignIn(db).attempt(old.name, QStringLiteral("246810")).ok());
}

BOOST_AUTO_TEST_CASE(the_demo_file_says_its_users)
{
    TwoUsers f;
    ui::SignInDialog d(*f.db, ui::SignInDialog::Mode::Start);
    d.show();
    const auto hintShown = [&d] {
        for (QLabel* l : d.findChildren<QLabel*>())
            if (l->isVisible() && l->text().contains(QStringLiteral("PIN 123456")))
                return true;
        return false;
    };
    BOOST_TEST(!hintShown());
    d.setDemoHint(true);
    BOOST_TEST(hintShown());
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

// A small demo posyandu with two users of our own, and the window of one of them.
struct Window {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.db"));
    std::unique_ptr<store::Database> db;
    store::SignedInUser admin;
    store::User kader;
    std::unique_ptr<ui::AppSettings> settings;
    ui::DataNotifier notifier;
    ui::CommandStack commands{&notifier};
    std::unique_ptr<ui::MainWindow> window;

    Window()
    {
        records::DemoOptions demo;
        demo.children = 20;
        demo.months = 6;
        auto made = records::generateDemo(path, demo);
        BOOST_REQUIRE_MESSAGE(made, why(made));
        auto opened = store::Database::open(path);
        BOOST_REQUIRE_MESSAGE(opened, why(opened));
        db = std::move(*opened);
        settings = std::make_unique<ui::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        store::SignIn signIn(*db);
        // The demo's own admin (whatever its name) gets a PIN if it has none.
        const auto users = signIn.activeUsers();
        BOOST_REQUIRE(users);
        for (const auto& u : *users)
            if (u.role == store::Role::Admin && !signIn.hasPin(u.meta.id).value())
                BOOST_REQUIRE(signIn.setPin(u.meta.id, kPin, u.meta.id));
        for (const auto& u : *users)
            if (u.role == store::Role::Admin) {
                admin = store::signedInAs(*db, u.meta.id).value();
                break;
            }
        BOOST_REQUIRE(admin.id > 0);
        store::User k;
        k.name = QStringLiteral("Sari Uji");
        auto added = signIn.addUser(k, kPin, admin.id);
        BOOST_REQUIRE_MESSAGE(added, why(added));
        kader = *added;
    }

    void open(store::UserId user)
    {
        window = std::make_unique<ui::MainWindow>(*db, *settings, notifier, commands, user, nullptr);
        window->show();
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(sign_in_window)

BOOST_AUTO_TEST_CASE(a_change_through_the_window_is_audited_as_the_signed_in_user)
{
    Window w;
    // Signed in as the kader through the dialog, as the program does.
    ui::SignInDialog d(*w.db, ui::SignInDialog::Mode::Start);
    d.show();
    d.selectUser(w.kader.name);
    type(d.pinEdit(), kPin);
    d.signInButton()->click();
    BOOST_REQUIRE(d.result() == QDialog::Accepted);
    BOOST_REQUIRE(d.signedIn().id == w.kader.meta.id);
    w.open(d.signedIn().id);
    BOOST_TEST(w.window->signedInUser().name == w.kader.name);

    // A measurement deleted on the child page.
    QSqlQuery q(w.db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT child_id FROM measurements WHERE deleted_at IS NULL LIMIT 1")) && q.next());
    const store::RowId child = q.value(0).toLongLong();
    q.finish();
    w.window->showChild(child);
    w.window->childPage()->historyTable()->selectRow(0);
    w.window->childPage()->setConfirm([](const QString&, const QString&) { return true; });
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && q.next());
    const qint64 before = q.value(0).toLongLong();
    q.finish();
    w.window->childPage()->deleteSelectedMeasurement();
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT user_id, table_name FROM audit_log WHERE id > %1").arg(before)));
    int rows = 0;
    while (q.next()) {
        ++rows;
        BOOST_TEST(q.value(0).toLongLong() == w.kader.meta.id);
    }
    BOOST_TEST(rows >= 1);
}

BOOST_AUTO_TEST_CASE(the_idle_lock_hides_the_window_and_the_pin_brings_it_back)
{
    Window w;
    w.open(w.kader.meta.id);
    w.window->showPage(ui::MainWindow::Page::Register);
    QTest::keyClicks(w.window->registerPage()->searchField(), QStringLiteral("Bud"));

    bool asked = false;
    bool hiddenWhileAsked = false;
    QString wrongMessage;
    // The share of the picture that is plain background (the commonest colour).
    const auto blank = [](const QImage& image) {
        QHash<QRgb, int> count;
        int total = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2, ++total)
                ++count[image.pixel(x, y)];
        int most = 0;
        for (int n : count)
            most = std::max(most, n);
        return total ? double(most) / total : 1.0;
    };
    const double openBlank = blank(w.window->grab().toImage());
    double lockedBlank = 0;
    // Made after the grab above, so that the time to paint it (long under
    // the sanitizers) does not count as idle time before the check below.
    ui::ScreenLock lock(*w.db, *w.window, 400ms);
    lock.setDialogRunner([&](ui::SignInDialog& d) {
        asked = true;
        d.show();
        // What a screenshot of the window shows: an empty frame, no list.
        lockedBlank = blank(w.window->grab().toImage());
        hiddenWhileAsked = !w.window->registerPage()->isVisible() && !w.window->pageTabs()->isVisible()
                        && w.window->isContentHidden();
        // Escape does not close the locked screen.
        QTest::keyClick(&d, Qt::Key_Escape);
        BOOST_TEST(d.isVisible());
        // The same user, fixed: only the PIN.
        BOOST_TEST(d.userBox()->currentText() == w.kader.name);
        BOOST_TEST(!d.userBox()->isEnabled());
        type(d.pinEdit(), kOtherPin);
        d.signInButton()->click();
        wrongMessage = d.messageLabel()->text();
        type(d.pinEdit(), kPin);
        d.signInButton()->click();
    });
    QCoreApplication::processEvents();
    BOOST_TEST(!asked);
    // Nobody at the keyboard: locked (waits up to 10 s for a slow machine).
    for (int i = 0; i < 500 && !asked; ++i)
        QTest::qWait(20);
    BOOST_REQUIRE(asked);
    BOOST_TEST(hiddenWhileAsked);
    // Locked: all but the status line (user and file name) is background.
    BOOST_TEST(lockedBlank > 0.98, lockedBlank);
    BOOST_TEST(openBlank < 0.9, openBlank);
    BOOST_TEST(wrongMessage.contains(QStringLiteral("PIN salah")), wrongMessage.toStdString());
    // Back as it was, with what was typed.
    BOOST_TEST(!w.window->isContentHidden());
    BOOST_TEST(w.window->registerPage()->isVisible());
    BOOST_TEST(w.window->registerPage()->searchField()->text() == QStringLiteral("Bud"));
}

BOOST_AUTO_TEST_CASE(typing_keeps_the_lock_away_and_another_user_can_take_over)
{
    Window w;
    w.open(w.kader.meta.id);
    ui::ScreenLock lock(*w.db, *w.window, 1500ms);
    std::optional<store::SignedInUser> switched;
    QObject::connect(&lock, &ui::ScreenLock::switchUser, [&](const store::SignedInUser& u) { switched = u; });
    int asked = 0;
    lock.setDialogRunner([&](ui::SignInDialog& d) {
        ++asked;
        d.show();
        BOOST_REQUIRE(d.switchUserButton()->isVisible());
        d.switchUserButton()->click();
        BOOST_TEST(d.userBox()->isEnabled());
        d.selectUser(w.admin.name);
        type(d.pinEdit(), kPin);
        d.signInButton()->click();
    });
    // Keys every 100 ms for 2 s: never idle for 1.5 s (a wide margin for a
    // loaded machine or the sanitizers).
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(w.window->registerPage()->searchField(), Qt::Key_A);
        QTest::qWait(100);
    }
    BOOST_TEST(asked == 0);
    for (int i = 0; i < 500 && !asked; ++i)
        QTest::qWait(20);
    BOOST_REQUIRE(asked == 1);
    BOOST_REQUIRE(switched.has_value());
    BOOST_TEST(switched->id == w.admin.id);
    // The old user's window stays hidden until the application builds the new one.
    BOOST_TEST(w.window->isContentHidden());
}

BOOST_AUTO_TEST_SUITE_END()
