#include "app/appcontroller.h"

#include "records/backup/backup.h"
#include "store/childrepository.h"
#include "records/demo/demogenerator.h"
#include "records/filesafety.h"
#include "store/posyandurepository.h"
#include "records/backup/restore.h"
#include "store/signin.h"
#include "ui/common/filedialogs.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/followup/attentionpage.h"
#include "ui/report/reportpage.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/settings/appsettings.h"
#include "ui/start/databaseerrordialog.h"
#include "ui/start/firststartdialog.h"
#include "ui/start/screenlock.h"
#include "ui/start/signindialog.h"
#include "ui/start/upgradenotice.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace tumbuh::app {
namespace {

// The demo a new user looks around in: one living posyandu, not a city.
constexpr int kDemoChildren = 120;
constexpr int kDemoMonths = 24;

QString fileNameFor(const QString& posyanduName)
{
    QString base = posyanduName.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return base.isEmpty() ? QStringLiteral("posyandu") : base;
}

void printError(const QString& text)
{
    std::fprintf(stderr, "tumbuh: %s\n", qPrintable(text));
}

} // namespace

AppController::AppController(ui::AppSettings& settings, CommandLine options)
    : settings_(settings), options_(std::move(options))
{
}

AppController::~AppController()
{
    closeDatabase();
}

void AppController::closeDatabase()
{
    // The window's pages hold references to the database: they go first.
    closeWindow();
    // A backup when the day's work is closed, if anything changed; a failed
    // backup must not keep the program from closing.
    // Never of a file the check found damaged: it would push a good backup out.
    if (db_ && options_.screenshot.isEmpty() && !db_->isReadOnly() && !db_->isDamaged())
        (void)records::backupAtClose(*db_, backupPolicy());
    db_.reset();
}

QString AppController::dataDir() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

records::BackupPolicy AppController::backupPolicy() const
{
    records::BackupPolicy policy;
    policy.dir = records::Backup::defaultDir(db_->path());
    return policy;
}

store::OpenOptions AppController::openOptions(const QString& path, bool create) const
{
    store::OpenOptions o;
    o.createIfMissing = create;
    // Where the backups of this file are made, so that a damaged file
    // comes with its newest backup to restore.
    o.backupDir = records::Backup::defaultDir(path);
    // The check the schedule asks for runs in the background once the
    // window is up (MainWindow::startFileCheck), not before it.
    o.deferScheduledCheck = true;
    return o;
}

bool AppController::isDemo(const store::Database& db) const
{
    // The demo the program made itself (the first-start choice).
    return QFileInfo(db.path()).absoluteFilePath()
        == QFileInfo(dataDir() + QStringLiteral("/demo-posyandu.db")).absoluteFilePath();
}

std::optional<store::SignedInUser> AppController::signIn(store::Database& db, bool interactive)
{
    if (madeUser_) {
        auto made = std::exchange(madeUser_, std::nullopt);
        return made;
    }
    store::SignIn signIn(db);
    const bool hasPin = qEnvironmentVariableIsSet("TUMBUH_PIN");
    const QString pin = qEnvironmentVariable("TUMBUH_PIN");
    if (!options_.user.isEmpty() && hasPin) {
        auto none = signIn.noUsers();
        store::Result<store::SignedInUser> who = store::Error{};
        if (none && *none && !db.isReadOnly())
            who = signIn.createFirstAdmin(options_.user, pin); // as tumbuh-cli does
        else
            who = signIn.attempt(options_.user, pin);
        if (who)
            return *who;
        if (!interactive) {
            printError(who.error().message);
            return std::nullopt;
        }
        QMessageBox::warning(nullptr, tr("Sign in"), who.error().message);
    }
    if (!interactive) {
        auto none = signIn.noUsers();
        if (none && *none && options_.user.isEmpty())
            return store::SignedInUser{0, {}, store::Role::Admin, std::nullopt}; // nobody to protect yet
        if (!options_.user.isEmpty()) {
            printError(tr("--user needs the PIN in the TUMBUH_PIN environment variable."));
            return std::nullopt;
        }
        printError(tr("This file has users: sign in with --user NAME and the PIN in TUMBUH_PIN."));
        return std::nullopt;
    }
    ui::SignInDialog dialog(db, ui::SignInDialog::Mode::Start, window_.get());
    dialog.selectUser(options_.user.isEmpty() ? settings_.lastUser.get() : options_.user);
    dialog.setDemoHint(isDemo(db));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.signedIn();
}

bool AppController::start()
{
    QString path = options_.database;
    if (path.isEmpty())
        path = settings_.lastDatabase.get();
    DatabasePtr db;
    if (path.isEmpty() || (options_.database.isEmpty() && !QFileInfo::exists(path)))
        db = askForDatabase();
    else
        db = openInteractive(path);
    if (!db)
        return false;
    // Who works today, before anything of the file shows. Cancel = quit.
    const auto user = signIn(*db, true);
    if (!user)
        return false;
    install(std::move(db), *user);
    return true;
}

AppController::DatabasePtr AppController::openInteractive(QString path)
{
    for (;;) {
        // A file of an earlier version is upgraded as it opens: say so.
        auto notice = ui::UpgradeNotice::showIfNeeded(path);
        auto opened = store::Database::open(path, openOptions(path, false));
        notice.reset();
        if (opened) {
            for (const auto& w : opened.warnings())
                if (w.code == store::WarningCode::OpenedReadOnly)
                    QMessageBox::information(nullptr, tr("Read-only database"), w.message);
            return std::move(*opened);
        }
        const store::Error error = opened.error();
        ui::DatabaseErrorDialog dialog(error.message, error.backupPath);
        dialog.exec();
        switch (dialog.action()) {
        case ui::DatabaseErrorDialog::Action::Quit: return nullptr;
        case ui::DatabaseErrorDialog::Action::RestoreBackup:
            if (auto restored = restoreBackup(path, error.backupPath); !restored)
                QMessageBox::warning(nullptr, tr("Restore failed"), restored.error().message);
            break;
        case ui::DatabaseErrorDialog::Action::OpenOther: {
            const QString other = chooseFile();
            if (!other.isEmpty())
                path = other;
            break;
        }
        case ui::DatabaseErrorDialog::Action::CreateNew:
            if (auto db = askForDatabase())
                return db;
            break;
        }
    }
}

store::Result<void> AppController::mayRestore(const QString& backup)
{
    // Only an admin restores (store/access.h). The file to be replaced cannot
    // be opened, so the admin signs in against the backup (the checked copy
    // Restore::run made of it), as tumbuh-cli restore does. A backup made
    // before schema 3 has no PINs and nobody to sign in.
    store::OpenOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    auto opened = store::Database::open(backup, options);
    if (!opened)
        return {};
    auto none = store::SignIn(**opened).noUsers();
    if (!none)
        return none.error();
    if (*none)
        return {};
    ui::SignInDialog dialog(**opened, ui::SignInDialog::Mode::Start, window_.get());
    dialog.setWindowTitle(tr("Restore from backup"));
    dialog.selectUser(settings_.lastUser.get());
    if (dialog.exec() != QDialog::Accepted)
        return store::Error{store::ErrorCode::NotAllowed, {}, tr("Restoring a backup needs an admin to sign in."), {}, {}};
    return dialog.signedIn().require(store::Permission::RestoreBackup);
}

store::Result<void> AppController::restoreBackup(const QString& path, const QString& backup)
{
    // Restore checks the backup first (a compressed one once decompressed),
    // lets an admin sign in against that checked copy, and keeps the file
    // it replaces.
    auto restored = records::Restore::run(path, backup, QDateTime::currentDateTime(),
                                          [this](const QString& checkedCopy) { return mayRestore(checkedCopy); });
    if (!restored)
        return restored.error();
    return {};
}

QString AppController::chooseFile()
{
    return ui::FileDialogs::openDatabase(window_.get(), dataDir());
}

AppController::DatabasePtr AppController::askForDatabase()
{
    ui::FirstStartDialog dialog(window_.get());
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        store::Result<DatabasePtr> db = store::Error{};
        switch (dialog.choice()) {
        case ui::FirstStartDialog::Choice::Create:
            db = createForPosyandu(dialog.posyandu());
            if (db) {
                // The new file's first user is its admin, with the PIN typed twice.
                auto admin = store::SignIn(**db).createFirstAdmin(dialog.userName(), dialog.pin());
                if (!admin) {
                    const QString path = (*db)->path();
                    db->reset();
                    records::filesafety::removeDatabaseFiles(path);
                    db = admin.error();
                    break;
                }
                madeUser_ = *admin;
            }
            break;
        case ui::FirstStartDialog::Choice::Demo: db = openDemo(); break;
        case ui::FirstStartDialog::Choice::OpenFile:
            if (auto opened = openInteractive(dialog.filePath()))
                return opened;
            continue;
        }
        if (db)
            return std::move(*db);
        dialog.showError(db.error().message);
    }
}

store::Result<AppController::DatabasePtr> AppController::createForPosyandu(const store::Posyandu& posyandu)
{
    const QString base = dataDir() + QLatin1Char('/') + fileNameFor(posyandu.name);
    QString path = base + QStringLiteral(".db");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.db").arg(n);
    auto opened = store::Database::open(path, openOptions(path, true));
    if (!opened)
        return opened.error();
    DatabasePtr db = std::move(*opened);
    if (auto added = store::PosyanduRepository(*db).add(posyandu, 0); !added) {
        db.reset();
        records::filesafety::removeDatabaseFiles(path);
        return added.error();
    }
    return db;
}

store::Result<AppController::DatabasePtr> AppController::openDemo()
{
    const QString path = dataDir() + QStringLiteral("/demo-posyandu.db");
    if (!QFileInfo::exists(path)) {
        records::DemoOptions demo;
        demo.children = kDemoChildren;
        demo.months = kDemoMonths;
        demo.posyandu = 1;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto made = records::generateDemo(path, demo);
        QApplication::restoreOverrideCursor();
        if (!made)
            return made.error();
    }
    auto opened = store::Database::open(path, openOptions(path, false));
    if (!opened)
        return opened.error();
    return std::move(*opened);
}

void AppController::install(DatabasePtr db, const store::SignedInUser& user)
{
    db_ = std::move(db);
    buildWindow(user);
    if (options_.screenshot.isEmpty()) {
        settings_.lastDatabase.set(QFileInfo(db_->path()).absoluteFilePath());
        settings_.sync();
        // The day's first backup (only when something changed since the
        // newest one). A failure is not worth stopping the cadre's work for.
        if (!db_->isReadOnly())
            (void)records::maybeBackup(*db_, backupPolicy());
    }
    showPage();
    window_->show();
    if (db_->openCheck().scheduledDue)
        window_->startFileCheck();
}

void AppController::buildWindow(const store::SignedInUser& user)
{
    notifier_ = std::make_unique<ui::DataNotifier>();
    commands_ = std::make_unique<ui::CommandStack>(notifier_.get());
    if (!user.name.isEmpty() && options_.screenshot.isEmpty()) {
        settings_.lastUser.set(user.name);
        settings_.sync();
    }

    ui::PosyanduDayOptions day;
    day.user = user.id;
    day.measuredBy = user.name;
    day.referralFollowUpDays = settings_.referralFollowUpDays.get();
    auto* dayPage = new ui::PosyanduDayPage(*db_, *notifier_, *commands_, day);
    window_ = std::make_unique<ui::MainWindow>(*db_, settings_, *notifier_, *commands_, user.id, dayPage);
    // Replacing the window from inside one of its own signals would delete
    // it under its feet: queued.
    connect(window_.get(), &ui::MainWindow::openDatabaseRequested, this, &AppController::onOpenRequested,
            Qt::QueuedConnection);
    connect(window_.get(), &ui::MainWindow::newDatabaseRequested, this, &AppController::onNewRequested,
            Qt::QueuedConnection);
    connect(window_.get(), &ui::MainWindow::backupRequested, this, &AppController::onBackupRequested,
            Qt::QueuedConnection);
    if (options_.screenshot.isEmpty()) {
        const int minutes = settings_.idleLockMinutes.get();
        lock_ = std::make_unique<ui::ScreenLock>(*db_, *window_, std::chrono::minutes(std::max(0, minutes)));
        lock_->setDemoHint(isDemo(*db_));
        connect(lock_.get(), &ui::ScreenLock::switchUser, this, &AppController::onSwitchUser, Qt::QueuedConnection);
        connect(lock_.get(), &ui::ScreenLock::quitRequested, window_.get(), &QWidget::close, Qt::QueuedConnection);
        connect(window_.get(), &ui::MainWindow::idleLockChanged, lock_.get(),
                [lock = lock_.get()](int m) { lock->setTimeout(std::chrono::minutes(std::max(0, m))); });
    }
}

void AppController::closeWindow()
{
    lock_.reset();
    if (window_) {
        settings_.windowGeometry.set(window_->saveGeometry());
        window_->hide();
    }
    window_.reset();
    commands_.reset();
    notifier_.reset();
}

void AppController::onSwitchUser(const store::SignedInUser& user)
{
    // Another person takes over the locked screen: the window is made anew
    // for their role (nothing of the previous user's work stays open).
    closeWindow();
    options_.page = QStringLiteral("register");
    buildWindow(user);
    showPage();
    window_->show();
}

bool AppController::showPage()
{
    if (options_.page == u"posyandu-day") {
        window_->showPage(ui::MainWindow::Page::PosyanduDay);
        return true;
    }
    if (options_.page == u"at-risk") {
        window_->showPage(ui::MainWindow::Page::Attention);
        return true;
    }
    if (options_.page == u"report") {
        window_->showPage(ui::MainWindow::Page::Report);
        // The numbers are counted in the background: a screenshot waits for them.
        if (!options_.screenshot.isEmpty() && !window_->reportPage()->waitForReport(120000)) {
            printError(tr("The monthly report took too long."));
            return false;
        }
        return true;
    }
    if (options_.page == u"child") {
        store::ChildRepository children(*db_);
        std::optional<store::RowId> id;
        if (const QUuid uid(options_.childKey); !uid.isNull()) {
            if (auto found = children.findByUid(uid); found && *found && !(*found)->meta.isDeleted())
                id = (*found)->meta.id;
        } else if (bool number = false; options_.childKey.toLongLong(&number), number) {
            if (auto found = children.get(options_.childKey.toLongLong()))
                id = found->meta.id;
        }
        if (!id) {
            printError(tr("No child %1 in %2.").arg(options_.childKey, db_->path()));
            window_->showPage(ui::MainWindow::Page::Register);
            return false;
        }
        window_->showChild(*id);
        return true;
    }
    window_->showPage(ui::MainWindow::Page::Register);
    return true;
}

void AppController::replaceDatabase(DatabasePtr db, const store::SignedInUser& user)
{
    closeDatabase();
    options_.page = QStringLiteral("register");
    install(std::move(db), user);
}

void AppController::onOpenRequested()
{
    const QString path = chooseFile();
    if (path.isEmpty())
        return;
    // Another file, other users: signing in again; cancelled = the current file stays.
    if (auto db = openInteractive(path))
        if (const auto user = signIn(*db, true))
            replaceDatabase(std::move(db), *user);
}

void AppController::onNewRequested()
{
    if (auto db = askForDatabase())
        if (const auto user = signIn(*db, true))
            replaceDatabase(std::move(db), *user);
}

void AppController::onBackupRequested()
{
    const QString dir = records::Backup::defaultDir(db_->path());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = records::Backup::create(*db_, dir);
    QApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(window_.get(), tr("Backup failed"), made.error().message);
        return;
    }
    QMessageBox::information(window_.get(), tr("Back up"), tr("Backup written: %1").arg(*made));
}

int AppController::screenshot()
{
    const QString path = options_.database.isEmpty() ? settings_.lastDatabase.get() : options_.database;
    if (path.isEmpty()) {
        printError(tr("--screenshot needs a database: --db FILE."));
        return 2;
    }
    store::OpenOptions options = openOptions(path, false);
    options.lockWait = std::chrono::milliseconds(0);
    auto opened = store::Database::open(path, options);
    if (!opened && opened.error().code == store::ErrorCode::Busy) {
        // Another program writes the file: a picture only needs to read it.
        options.readOnly = true;
        opened = store::Database::open(path, options);
    }
    if (!opened) {
        printError(opened.error().message);
        return 1;
    }
    // A file with users shows nothing without --user and TUMBUH_PIN.
    const auto user = signIn(**opened, false);
    if (!user)
        return 2;
    install(std::move(*opened), *user);
    window_->setGeometry(QRect(QPoint(0, 0), options_.size));
    // Let layouts, the chart widgets and pending retranslations settle, as
    // they would before the user first looks.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (!showPage())
        return 1;
    // The list is made on a worker thread: the picture shows it made.
    window_->attentionPage()->waitUntilLoaded();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (window_->size() != options_.size)
        printError(tr("The window cannot be %1x%2: the picture is %3x%4.")
                       .arg(options_.size.width())
                       .arg(options_.size.height())
                       .arg(window_->width())
                       .arg(window_->height()));
    const QPixmap image = window_->grab();
    if (image.isNull() || !image.save(options_.screenshot, "PNG")) {
        printError(tr("Cannot write %1.").arg(options_.screenshot));
        return 1;
    }
    return 0;
}

} // namespace tumbuh::app
