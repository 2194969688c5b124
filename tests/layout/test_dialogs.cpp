// Every dialog of the program at the sizes of issue 15 (1024×600 and
// 1280×800, and 1280×720 logical at 150 %): shown at its natural size capped
// to the room a small screen leaves (a dialog larger than that is a failure:
// it must scroll inside), then every layout problem (layoutcheck.h) is one
// failure line. The dialogs open on a copy of a small demo database (users
// admin / kader / gizi), on its child with the most referrals, renamed to a
// long name, in the states with the most text: every message shown, every
// reason of a referral listed, the lock message of a locked user.
//
// A new dialog is one row of dialogs(): a name and a factory; each row is
// a test case of its own, layout_dialogs/<name>. The idle lock is also
// checked for real, over a main window (screen_lock_over_the_window).
// With TUMBUH_LAYOUT_SHOTS=<folder>, each dialog is also saved there as PNG
// (<name>-<size>.png), to look at.
#include "layout/layoutcheck.h"

#include "growth/attention.h"
#include "records/storenames.h"
#include "store/access.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/referral.h"
#include "store/signin.h"
#include "store/userrepository.h"
#include "support/recordsfixture.h"
#include "ui/about/aboutdialog.h"
#include "ui/audit/auditdialog.h"
#include "ui/child/consentdialog.h"
#include "ui/child/measurementdialog.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/counsellingdialog.h"
#include "ui/followup/householddialog.h"
#include "ui/followup/referraldialog.h"
#include "ui/followup/referralstatusdialog.h"
#include "ui/importing/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/register/childdialog.h"
#include "ui/settings/appsettings.h"
#include "ui/start/databaseerrordialog.h"
#include "ui/start/firststartdialog.h"
#include "ui/start/screenlock.h"
#include "ui/start/signindialog.h"
#include "ui/users/usereditdialog.h"
#include "ui/users/usersdialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace tumbuh;
namespace rt = tumbuh::records::test;

namespace {

// A long but ordinary child's name, and the mother's: what makes a title or
// a heading wider than the demo's short names.
const QString kLongChild = QStringLiteral("Muhammad Rizky Aditya Pratama Saputra");
const QString kLongMother = QStringLiteral("Siti Nurhaliza Rahmawati Kusumaningrum");

// The demo database every test copies (made once: the PIN hashes are slow).
const QString& demoTemplate()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("template.db"));
        rt::makeDemo(p, 24, 8);
        return p;
    }();
    return path;
}

qlonglong scalar(store::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql.toStdString());
    return q.value(0).toLongLong();
}

// A copy of the demo, opened, with the ids the dialogs need.
struct DialogWorld {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("posyandu.db"));
    std::unique_ptr<store::Database> db;
    std::unique_ptr<ui::AppSettings> settings;
    ui::DataNotifier notifier;
    ui::CommandStack commands{&notifier};
    store::SignedInUser admin;
    store::RowId child = 0;    // in a household, with the most referrals
    store::RowId referral = 0; // the child's open referral, else its newest

    DialogWorld()
    {
        BOOST_REQUIRE(QFile::copy(demoTemplate(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        child = 0;
        reopen();
        const auto adminId = scalar(*db, QStringLiteral("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1"));
        auto who = store::signedInAs(*db, adminId);
        BOOST_REQUIRE_MESSAGE(who, rt::why(who));
        admin = *who;
        child = scalar(*db, QStringLiteral("SELECT c.id FROM children c JOIN referrals r ON r.child_id = c.id "
                                           "WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL AND c.household_id IS NOT NULL "
                                           "GROUP BY c.id ORDER BY count(r.id) DESC, c.id LIMIT 1"));
        referral = scalar(*db, QStringLiteral("SELECT id FROM referrals_readable WHERE deleted_at IS NULL AND child_id = %1 "
                                              "ORDER BY status = 'referred' DESC, referred_on DESC, id DESC LIMIT 1")
                                   .arg(child));
        // Long names, as a family may have them (with raw SQL: not a change
        // the program made).
        db.reset();
        rt::rawExec(path, QStringLiteral("UPDATE children SET name = '%1', mother_name = '%2' WHERE id = %3;"
                                         "UPDATE households SET mother_name = '%2', father_name = 'Bambang Setiawan Hadiwijaya' "
                                         "WHERE id = (SELECT household_id FROM children WHERE id = %3);")
                              .arg(kLongChild, kLongMother)
                              .arg(child)
                              .toUtf8());
        reopen();
        settings = std::make_unique<ui::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    }

    void reopen()
    {
        db.reset();
        auto opened = store::Database::open(path);
        BOOST_REQUIRE_MESSAGE(opened, rt::why(opened));
        db = std::move(*opened);
    }

    store::RowId userNamed(const QString& name) const
    {
        return scalar(*db, QStringLiteral("SELECT id FROM users WHERE name = '%1'").arg(name));
    }
};

// A file with no users yet: the sign-in asks for the first admin.
struct EmptyFile {
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    EmptyFile()
    {
        auto opened = store::Database::open(dir.filePath(QStringLiteral("empty.db")));
        BOOST_REQUIRE_MESSAGE(opened, rt::why(opened));
        db = std::move(*opened);
    }
};

using Factory = std::function<std::unique_ptr<QDialog>(DialogWorld&)>;

struct DialogCase {
    const char* name;
    Factory make;
};

std::unique_ptr<QDialog> signIn(DialogWorld& w)
{
    auto d = std::make_unique<ui::SignInDialog>(*w.db, ui::SignInDialog::Mode::Start);
    d->setDemoHint(true);
    d->selectUser(QStringLiteral("kader"));
    return d;
}

// A user locked after too many wrong PINs: the longest message of the dialog.
std::unique_ptr<QDialog> signInLocked(DialogWorld& w)
{
    const store::RowId kader = w.userNamed(QStringLiteral("kader"));
    w.db.reset();
    // 32472144000000 = 2999-01-01T00:00:00Z, as schema 5 stores a moment.
    rt::rawExec(w.path, QStringLiteral("UPDATE users SET locked_until = 32472144000000 WHERE id = %1;").arg(kader).toUtf8());
    w.reopen();
    auto d = std::make_unique<ui::SignInDialog>(*w.db, ui::SignInDialog::Mode::Start);
    d->setDemoHint(true);
    d->selectUser(QStringLiteral("kader"));
    return d;
}

// A user of an older file, without a PIN yet: new PIN twice, and the note.
std::unique_ptr<QDialog> signInNewPin(DialogWorld& w)
{
    const store::RowId kader = w.userNamed(QStringLiteral("kader"));
    w.db.reset();
    rt::rawExec(w.path, QStringLiteral("UPDATE users SET pin_hash = NULL WHERE id = %1;").arg(kader).toUtf8());
    w.reopen();
    auto d = std::make_unique<ui::SignInDialog>(*w.db, ui::SignInDialog::Mode::Start);
    d->selectUser(QStringLiteral("kader"));
    return d;
}

// The first admin of a file without users. The dialog keeps a reference to
// its database: the file lives as long as the dialog (a child object).
class FirstAdminDialog : public ui::SignInDialog {
public:
    explicit FirstAdminDialog(std::unique_ptr<EmptyFile> file)
        : ui::SignInDialog(*file->db, Mode::Start), file_(std::move(file))
    {
    }

private:
    std::unique_ptr<EmptyFile> file_;
};

// The screen lock's dialog, made as ScreenLock::lockNow makes it.
std::unique_ptr<QDialog> screenLock(DialogWorld& w)
{
    auto d = std::make_unique<ui::SignInDialog>(*w.db, ui::SignInDialog::Mode::Unlock);
    d->setLockedUser(w.admin);
    d->setDemoHint(true);
    d->setSwitchAllowed(true);
    return d;
}

std::unique_ptr<QDialog> firstStart(DialogWorld&)
{
    auto d = std::make_unique<ui::FirstStartDialog>();
    d->showError(QCoreApplication::translate("tumbuh::store", "The folder cannot be written to. Choose another folder, "
                                                              "or ask the person who looks after this computer."));
    return d;
}

std::unique_ptr<QDialog> databaseError(DialogWorld& w)
{
    // The store's longest kind of explanation, and a backup with a long name.
    const QString message = QStringLiteral(
        "Berkas /home/kader/Dokumen/Posyandu Melati 3 Kelurahan Sukamaju/tumbuh-posyandu-melati-3.db rusak: "
        "SQLite melaporkan \"database disk image is malformed\" pada tabel pengukuran. Data yang masih dapat "
        "dibaca tidak diubah. Pulihkan cadangan terakhir, buka berkas lain, atau mulai basis data baru.");
    return std::make_unique<ui::DatabaseErrorDialog>(
        message, w.dir.filePath(QStringLiteral("cadangan/tumbuh-posyandu-melati-3-2024-06-14-cadangan-otomatis.db")));
}

std::unique_ptr<QDialog> users(DialogWorld& w)
{
    return std::make_unique<ui::UsersDialog>(*w.db, *w.settings, w.admin);
}

std::vector<store::Posyandu> posyanduOf(DialogWorld& w)
{
    auto list = store::PosyanduRepository(*w.db).list();
    return list ? *list : std::vector<store::Posyandu>{};
}

std::unique_ptr<QDialog> userEdit(DialogWorld& w, ui::UserEditDialog::Mode mode)
{
    auto d = std::make_unique<ui::UserEditDialog>(mode, posyanduOf(w));
    if (mode != ui::UserEditDialog::Mode::Add)
        if (auto u = store::UserRepository(*w.db).get(w.userNamed(QStringLiteral("kader"))))
            d->setUser(*u);
    // The longest message: the PINs differ.
    d->pinEdit()->setText(QStringLiteral("123456"));
    d->repeatPinEdit()->setText(QStringLiteral("654321"));
    d->nameEdit()->setText(d->nameEdit()->text().isEmpty() ? kLongMother : d->nameEdit()->text());
    d->okButton()->click();
    return d;
}

std::unique_ptr<QDialog> audit(DialogWorld& w)
{
    auto d = std::make_unique<ui::AuditDialog>(*w.db, w.admin);
    d->selectRow(0);
    return d;
}

std::unique_ptr<QDialog> consent(DialogWorld& w, ui::ConsentDialog::Kind kind)
{
    return std::make_unique<ui::ConsentDialog>(*w.db, w.admin.id, w.child, kind);
}

std::unique_ptr<QDialog> measurement(DialogWorld& w)
{
    auto child = store::ChildRepository(*w.db).get(w.child);
    BOOST_REQUIRE(child);
    auto history = store::MeasurementRepository(*w.db).history(w.child);
    BOOST_REQUIRE(history && !history->empty());
    store::Measurement m = history->back();
    std::vector<store::Measurement> others(history->begin(), history->end() - 1);
    // A slip of the pen: the engine's checks speak under the fields.
    m.weight = growth::Grams{m.weight ? m.weight->value * 2 : 20000};
    m.notes = QStringLiteral("ditimbang ulang karena anak menangis, timbangan dacin dipinjam dari posyandu sebelah");
    return std::make_unique<ui::MeasurementDialog>(*w.db, *child, others, m, ui::MeasurementDialog::Saver());
}

std::unique_ptr<QDialog> childDialog(DialogWorld& w, bool edit, bool tryToSave)
{
    const store::RowId posyandu = scalar(*w.db, QStringLiteral("SELECT posyandu_id FROM children WHERE id = %1").arg(w.child));
    auto d = std::make_unique<ui::ChildDialog>(*w.db, w.commands, w.notifier, w.admin.id,
                                               edit ? std::optional<store::RowId>(w.child) : std::nullopt, posyandu);
    if (tryToSave)
        d->save(); // nothing typed: every message under its field
    return d;
}

std::unique_ptr<QDialog> referral(DialogWorld& w)
{
    // Every rule's reason ticked: the longest list.
    QStringList codes;
    for (int i = 0; i < growth::kAttentionCodeCount; ++i)
        codes << QString::fromStdString(std::string(growth::codeText(static_cast<growth::AttentionCode>(i))));
    return std::make_unique<ui::ReferralDialog>(*w.db, w.notifier, w.admin.id, w.child, codes, 14);
}

std::unique_ptr<QDialog> referralStatus(DialogWorld& w)
{
    return std::make_unique<ui::ReferralStatusDialog>(*w.db, w.notifier, w.admin.id, w.referral);
}

std::unique_ptr<QDialog> counselling(DialogWorld& w)
{
    return std::make_unique<ui::CounsellingDialog>(*w.db, w.notifier, w.admin.id, w.child);
}

std::unique_ptr<QDialog> household(DialogWorld& w)
{
    return std::make_unique<ui::HouseholdDialog>(*w.db, w.notifier, w.child);
}

// Message boxes the program builds with long texts (their text as the
// program has it, through its translation).
std::unique_ptr<QDialog> messageBox(const char* context, const char* title, const QString& text)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Information, QCoreApplication::translate(context, title), text,
                                             QMessageBox::Ok);
    return box;
}

std::unique_ptr<QDialog> backupWritten(DialogWorld& w)
{
    return messageBox("tumbuh::app::AppController", "Back up",
                      QCoreApplication::translate("tumbuh::app::AppController", "Backup written: %1")
                          .arg(w.dir.filePath(QStringLiteral("Posyandu Melati 3/cadangan/tumbuh-posyandu-melati-3-2024-06-14-"
                                                             "cadangan-sebelum-pemulihan.db"))));
}

std::unique_ptr<QDialog> deleteMeasurement(DialogWorld&)
{
    const QString question = QCoreApplication::translate(
                                 "tumbuh::ui::ChildPage",
                                 "Delete the measurement of %1 on %2 (%3)?\n\nThe deletion is recorded in the audit log and "
                                 "can be undone with Ctrl+Z.")
                                 .arg(kLongChild, QStringLiteral("14-06-2024"), QStringLiteral("berat 12,4 kg, panjang/tinggi 86,5 cm"));
    return messageBox("tumbuh::ui::ChildPage", "Delete measurement", question);
}

std::unique_ptr<QDialog> about(DialogWorld& w)
{
    return std::make_unique<ui::AboutDialog>(*w.db);
}

// The import after its dry run: counts, recognised columns, and a refused
// row with its reason in the table.
std::unique_ptr<QDialog> importChecked(DialogWorld& w)
{
    const QString csv = w.dir.filePath(QStringLiteral("daftar-anak-berdasarkan-status-gizi-posyandu-melati-3-juni-2024.csv"));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("NIK;Nama;JK;Tgl Lahir;Nama Ortu;Posyandu;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
               ";Aisyah Putri Ramadhani Nur Hidayati;P;01/02/2023;Siti Rahmawati Kusumaningrum;Melati 3;05/06/2024;10,5;80;Terlentang\n"
               ";Muhammad Rizky Pratama;L;03/04/2022;Dewi Lestari;Melati 3;05/06/2024;sepuluh;90;Berdiri\n");
    file.close();
    auto d = std::make_unique<ui::ImportDialog>(*w.db, w.notifier, w.admin);
    d->checkFile(csv);
    BOOST_REQUIRE(d->waitForRun(120000));
    return d;
}

const std::vector<DialogCase>& dialogs()
{
    using ui::ConsentDialog;
    using ui::UserEditDialog;
    static const std::vector<DialogCase> table = {
        {"sign_in", signIn},
        {"sign_in_locked_user", signInLocked},
        {"sign_in_new_pin", signInNewPin},
        {"sign_in_first_admin", [](DialogWorld&) -> std::unique_ptr<QDialog> { return std::make_unique<FirstAdminDialog>(std::make_unique<EmptyFile>()); }},
        {"screen_lock", screenLock},
        {"first_start", firstStart},
        {"database_error", databaseError},
        {"users", users},
        {"user_add", [](DialogWorld& w) { return userEdit(w, UserEditDialog::Mode::Add); }},
        {"user_edit", [](DialogWorld& w) { return userEdit(w, UserEditDialog::Mode::Edit); }},
        {"user_pin", [](DialogWorld& w) { return userEdit(w, UserEditDialog::Mode::Pin); }},
        {"audit_log", audit},
        {"consent_give", [](DialogWorld& w) { return consent(w, ConsentDialog::Kind::Give); }},
        {"consent_withdraw", [](DialogWorld& w) { return consent(w, ConsentDialog::Kind::Withdraw); }},
        {"measurement_edit", measurement},
        {"child_add", [](DialogWorld& w) { return childDialog(w, false, false); }},
        {"child_add_messages", [](DialogWorld& w) { return childDialog(w, false, true); }},
        {"child_edit", [](DialogWorld& w) { return childDialog(w, true, false); }},
        {"referral", referral},
        {"referral_status", referralStatus},
        {"counselling", counselling},
        {"household", household},
        {"message_backup_written", backupWritten},
        {"message_delete_measurement", deleteMeasurement},
        {"about", about},
        {"import_checked", importChecked},
    };
    return table;
}

const DialogCase& dialogNamed(const std::string& name)
{
    for (const DialogCase& c : dialogs())
        if (name == c.name)
            return c;
    BOOST_FAIL("no dialog " << name);
    return dialogs().front();
}

void saveShot(QWidget& d, const std::string& name, QSize screen)
{
    const QString dir = qEnvironmentVariable("TUMBUH_LAYOUT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    d.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(QString::fromStdString(name), test::sizeName(screen))));
}

// `d` at its natural size on a screen of `screen` logical pixels, and
// every layout problem a failure.
void checkShown(QDialog& d, const std::string& name, QSize screen)
{
    const QSize room = ui::DialogScrollArea::roomOn(screen);
    // Shown (a message box sizes itself then), then given its natural size
    // on this screen, as each dialog does when shown
    // (DialogScrollArea::fitWhenShown).
    d.show();
    QApplication::processEvents();
    const QSize least = d.minimumSizeHint().expandedTo(d.minimumSize());
    BOOST_TEST((least.width() <= room.width() && least.height() <= room.height()),
               "needs at least " << least.width() << "x" << least.height() << ", more than the " << room.width() << "x"
                                 << room.height() << " a dialog has: it must scroll inside");
    const QSize size = ui::DialogScrollArea::fit(&d, room);
    const QString shown = test::showAt(&d, size);
    BOOST_TEST(shown.isEmpty(), shown.toStdString());
    saveShot(d, name, screen);
    for (const QString& problem : test::layoutProblems(&d))
        BOOST_ERROR(problem.toStdString());
}

void checkDialog(const std::string& name)
{
    const DialogCase& c = dialogNamed(name);
    for (const QSize screen : test::layoutSizes()) {
        BOOST_TEST_CONTEXT(name << " at " << test::sizeName(screen).toStdString())
        {
            DialogWorld world;
            std::unique_ptr<QDialog> d = c.make(world);
            BOOST_REQUIRE(d);
            checkShown(*d, name, screen);
            d->hide();
        }
    }
}

// The idle lock for real: the window's content hidden, and the sign-in
// dialog the lock makes, checked while it asks.
void checkScreenLockOverWindow()
{
    DialogWorld world;
    ui::MainWindow window(*world.db, *world.settings, world.notifier, world.commands, world.admin.id, nullptr);
    window.show();
    ui::ScreenLock lock(*world.db, window, std::chrono::milliseconds(0));
    lock.setDemoHint(true);
    bool asked = false;
    lock.setDialogRunner([&](ui::SignInDialog& d) {
        asked = true;
        // The lock with the most on it: "Ganti pengguna" offered too.
        BOOST_TEST(window.isContentHidden());
        BOOST_TEST(d.switchUserButton()->isVisibleTo(&d));
        for (const QSize screen : test::layoutSizes())
            BOOST_TEST_CONTEXT("screen lock at " << test::sizeName(screen).toStdString())
            {
                checkShown(d, "screen_lock_over_the_window", screen);
            }
        d.hide();
    });
    lock.lockNow();
    BOOST_TEST(asked);
}

// One test case per dialog, named after it: layout_dialogs/<name>.
struct RegisterDialogTests {
    RegisterDialogTests()
    {
        auto* suite = BOOST_TEST_SUITE("layout_dialogs");
        for (const DialogCase& c : dialogs()) {
            const std::string name = c.name;
            suite->add(boost::unit_test::make_test_case([name] { checkDialog(name); }, name, __FILE__, __LINE__));
        }
        suite->add(BOOST_TEST_CASE_NAME(&checkScreenLockOverWindow, "screen_lock_over_the_window"));
        boost::unit_test::framework::master_test_suite().add(suite);
    }
} registerDialogTests;

} // namespace
