#include "ui/mainwindow.h"

#include "store/database.h"
#include "store/i18n.h"
#include "store/childrepository.h"
#include "ui/about/aboutdialog.h"
#include "ui/audit/auditdialog.h"
#include "ui/child/childpage.h"
#include "ui/common/elidedlabel.h"
#include "ui/core/commandstack.h"
#include "ui/filecheckstatus.h"
#include "ui/followup/attentionpage.h"
#include "ui/followup/counsellingdialog.h"
#include "ui/followup/referraldialog.h"
#include "ui/importing/importdialog.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/register/registerpage.h"
#include "ui/report/reportpage.h"
#include "ui/settings/appsettings.h"
#include "ui/users/usersdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {

MainWindow::MainWindow(store::Database& db, AppSettings& settings, DataNotifier& notifier, CommandStack& commands,
                       store::UserId user, QWidget* posyanduDayPage, QWidget* parent)
    : QMainWindow(parent), db_(db), settings_(settings), commands_(commands), tabs_(new QTabBar(this)),
      pages_(new QStackedWidget(this)), register_(new RegisterPage(db, notifier, commands, user, this)),
      day_(posyanduDayPage ? posyanduDayPage : new QLabel(this)), child_(new ChildPage(db, notifier, commands, user, this)),
      attention_(new AttentionPage(db, notifier, this)), report_(new ReportPage(db, this)), notifier_(notifier),
      user_(user), runDialog_([](QDialog& dialog) { dialog.exec(); }), statusFile_(new ElidedLabel(this)),
      fileCheck_(new FileCheckStatus(db, this))
{
    day_->setParent(this);
    if (auto who = store::signedInAs(db, user)) {
        signedIn_ = *who;
        userName_ = who->name;
    }
    pages_->addWidget(register_);
    pages_->addWidget(day_);
    pages_->addWidget(child_);
    pages_->addWidget(attention_);
    pages_->addWidget(report_);
    report_->setMadeBy(userName_);
    report_->setViewer(signedIn_);

    // Big, plain tabs: the cadre sees at once where she is and where to go.
    // Tabs rather than a sidebar leave the tables their full width.
    QFont big = tabs_->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    tabs_->setFont(big);
    tabs_->setDrawBase(true);
    tabs_->setExpanding(false);
    tabs_->setFocusPolicy(Qt::NoFocus); // Ctrl+1 to Ctrl+5; Tab goes through the page
    for (int i = 0; i < kPageCount; ++i)
        tabs_->addTab(QString());
    connect(tabs_, &QTabBar::currentChanged, pages_, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(0);
    layout->addWidget(tabs_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(statusFile_);
    statusBar()->addPermanentWidget(fileCheck_);

    connect(register_, &RegisterPage::childActivated, this, &MainWindow::showChild);
    connect(child_, &ChildPage::backToRegister, this, [this] { showPage(Page::Register); });
    connect(attention_, &AttentionPage::childActivated, this, &MainWindow::showChild);
    // Rujuk… and Catat edukasi… of the Perlu perhatian list: the follow-up
    // dialogs, with the list's reasons ticked.
    const auto childOf = [this](const QUuid& uid) -> std::optional<store::RowId> {
        if (auto found = store::ChildRepository(db_).findByUid(uid); found && *found && !(*found)->meta.isDeleted())
            return (*found)->meta.id;
        return std::nullopt;
    };
    connect(attention_, &AttentionPage::referRequested, this,
            [this, childOf](const QUuid& uid, const QStringList& reasons) {
                if (const auto id = childOf(uid); id && !db_.isReadOnly()) {
                    ReferralDialog dialog(db_, notifier_, user_, *id, reasons, settings_.referralFollowUpDays.get(), this);
                    runDialog_(dialog);
                }
            });
    connect(attention_, &AttentionPage::counselRequested, this, [this, childOf](const QUuid& uid, const QString& topic) {
        if (const auto id = childOf(uid); id && !db_.isReadOnly()) {
            CounsellingDialog dialog(db_, notifier_, user_, *id, topic, this);
            runDialog_(dialog);
        }
    });

    buildMenus();
    retranslateUi();
    showPage(Page::Register);
    child_->setFollowUpDays(settings_.referralFollowUpDays.get());
    setLargeText(settings_.largeText.get());
    restoreSizeAndPlace();
}

void MainWindow::restoreSizeAndPlace()
{
    resize(1280, 800);
    if (const QByteArray geometry = settings_.windowGeometry.get(); !geometry.isEmpty())
        restoreGeometry(geometry); // Qt brings an off-screen geometry back onto the screen
    const QScreen* s = screen();
    if (s == nullptr || isMaximized() || isFullScreen())
        return;
    // A 1024×600 netbook, or a geometry saved on a bigger screen: as large
    // as the free area (without the task bar), and inside it.
    const QRect free = s->availableGeometry();
    const QSize size = this->size().boundedTo(free.size()).expandedTo(minimumSizeHint());
    if (size != this->size())
        resize(size);
    QRect frame(pos(), size);
    frame.moveLeft(std::clamp(frame.left(), free.left(), std::max(free.left(), free.right() - frame.width() + 1)));
    frame.moveTop(std::clamp(frame.top(), free.top(), std::max(free.top(), free.bottom() - frame.height() + 1)));
    if (frame.topLeft() != pos())
        move(frame.topLeft());
}

void MainWindow::setLargeText(bool on)
{
    settings_.largeText.set(on);
    if (largeTextAction_ != nullptr && largeTextAction_->isChecked() != on)
        largeTextAction_->setChecked(on);
    if (auto* day = qobject_cast<PosyanduDayPage*>(day_))
        day->setLargeText(on);
}

void MainWindow::buildMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    openAction_ = fileMenu_->addAction(QString(), this, &MainWindow::openDatabaseRequested);
    openAction_->setShortcut(QKeySequence::Open);
    newAction_ = fileMenu_->addAction(QString(), this, &MainWindow::newDatabaseRequested);
    backupAction_ = fileMenu_->addAction(QString(), this, &MainWindow::backupRequested);
    importAction_ = fileMenu_->addAction(QString(), this, &MainWindow::showImport);
    auditAction_ = fileMenu_->addAction(QString(), this, &MainWindow::showAuditLog);
    usersAction_ = fileMenu_->addAction(QString(), this, &MainWindow::showUsers);
    fileMenu_->setToolTipsVisible(true);
    fileMenu_->addSeparator();
    quitAction_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    quitAction_->setShortcut(QKeySequence::Quit);

    editMenu_ = menuBar()->addMenu(QString());
    undoAction_ = commands_.createUndoAction(this);
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = commands_.createRedoAction(this);
    redoAction_->setShortcut(QKeySequence::Redo);
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    searchAction_ = editMenu_->addAction(QString(), this, [this] {
        showPage(Page::Register);
        register_->focusSearch();
    });
    searchAction_->setShortcut(QKeySequence::Find);

    // Pages by Ctrl+1 to Ctrl+5, in the tabs' order.
    for (int i = 0; i < kPageCount; ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        addAction(go);
    }

    settingsMenu_ = menuBar()->addMenu(QString());
    languageMenu_ = settingsMenu_->addMenu(QString());
    auto* languages = new QActionGroup(this);
    indonesianAction_ = languageMenu_->addAction(QStringLiteral("Bahasa Indonesia"));
    englishAction_ = languageMenu_->addAction(QStringLiteral("English"));
    for (QAction* a : {indonesianAction_, englishAction_}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    connect(indonesianAction_, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("id")); });
    connect(englishAction_, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    updateLanguageChecks();
    largeTextAction_ = settingsMenu_->addAction(QString());
    largeTextAction_->setObjectName(QStringLiteral("largeTextAction"));
    largeTextAction_->setCheckable(true);
    largeTextAction_->setChecked(settings_.largeText.get());
    connect(largeTextAction_, &QAction::toggled, this, &MainWindow::setLargeText);

    helpMenu_ = menuBar()->addMenu(QString());
    aboutAction_ = helpMenu_->addAction(QString(), this, [this] {
        AboutDialog dialog(db_, this);
        runDialog_(dialog);
    });
}

void MainWindow::showAuditLog()
{
    if (auto allowed = signedIn_.require(store::Permission::ViewAudit); !allowed) {
        QMessageBox refused(QMessageBox::Warning, tr("Audit log"), allowed.error().message, QMessageBox::Ok, this);
        runDialog_(refused);
        return;
    }
    AuditDialog dialog(db_, signedIn_, this);
    runDialog_(dialog);
}

void MainWindow::showImport()
{
    auto allowed = ImportDialog::mayImport(signedIn_);
    if (allowed && db_.isReadOnly())
        allowed = db_.checkWritable();
    if (!allowed) {
        QMessageBox refused(QMessageBox::Warning, tr("Import"), allowed.error().message, QMessageBox::Ok, this);
        runDialog_(refused);
        return;
    }
    ImportDialog dialog(db_, notifier_, signedIn_, this);
    runDialog_(dialog);
}

void MainWindow::retranslateUi()
{
    tabs_->setTabText(0, tr("Children register"));
    tabs_->setTabToolTip(0, tr("All children of the posyandu (Ctrl+1)"));
    tabs_->setTabText(1, tr("Posyandu day"));
    tabs_->setTabToolTip(1, tr("Weigh and measure, child after child (Ctrl+2)"));
    tabs_->setTabText(2, tr("Child"));
    tabs_->setTabToolTip(2, tr("The record of the chosen child: measurements and charts (Ctrl+3)"));
    tabs_->setTabText(3, tr("Needs attention"));
    tabs_->setTabToolTip(3, tr("Children to refer, counsel or watch this month (Ctrl+4)"));
    tabs_->setTabText(4, tr("Report"));
    tabs_->setTabToolTip(4, tr("The monthly report: F1/SKDN, nutrition status, Excel, CSV and PDF (Ctrl+5)"));
    if (auto* placeholder = qobject_cast<QLabel*>(day_)) {
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setText(tr("The posyandu-day screen is not available in this build."));
    }

    fileMenu_->setTitle(tr("&File"));
    openAction_->setText(tr("&Open database…"));
    newAction_->setText(tr("&New database…"));
    backupAction_->setText(tr("&Back up…"));
    importAction_->setText(tr("&Import…"));
    const auto mayImport = ImportDialog::mayImport(signedIn_);
    importAction_->setEnabled(mayImport.ok() && !db_.isReadOnly());
    importAction_->setToolTip(!mayImport ? mayImport.error().message
                              : db_.isReadOnly()
                                  ? tr("This file is open read-only: nothing can be imported into it.")
                                  : tr("Children and measurements from a CSV file or an e-PPGBM list (for the "
                                       "nutritionist and the admin)"));
    auditAction_->setText(tr("&Audit log…"));
    auditAction_->setEnabled(signedIn_.may(store::Permission::ViewAudit));
    auditAction_->setToolTip(auditAction_->isEnabled() ? QString() : store::refusalText(signedIn_.role, store::Permission::ViewAudit));
    usersAction_->setText(tr("&Users…"));
    const auto mayManage = signedIn_.require(store::Permission::ManageUsers);
    usersAction_->setEnabled(mayManage.ok());
    usersAction_->setToolTip(mayManage ? tr("Add users, reset a PIN, deactivate") : mayManage.error().message);
    quitAction_->setText(tr("&Quit"));
    editMenu_->setTitle(tr("&Edit"));
    searchAction_->setText(tr("&Find a child"));
    settingsMenu_->setTitle(tr("&Settings"));
    languageMenu_->setTitle(tr("&Language"));
    largeTextAction_->setText(tr("Large &text"));
    largeTextAction_->setToolTip(tr("Larger letters in the posyandu-day form and result"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About Tumbuh"));

    const QString file = QFileInfo(db_.path()).fileName();
    setWindowTitle(tr("Tumbuh — %1").arg(file));
    QStringList status;
    if (!userName_.isEmpty())
        status << tr("User: %1").arg(userName_);
    const QString path = QFileInfo(db_.path()).absoluteFilePath();
    status << (db_.isReadOnly() ? tr("%1 (read-only: changes cannot be saved)").arg(path) : path);
    statusFile_->setText(status.join(QStringLiteral("   ·   ")));
}

void MainWindow::updateLanguageChecks()
{
    const bool indonesian = QLocale().language() == QLocale::Indonesian;
    indonesianAction_->setChecked(indonesian);
    englishAction_->setChecked(!indonesian);
}

void MainWindow::setLanguage(const QString& language)
{
    const QString applied = store::installTranslator(*QCoreApplication::instance(), language);
    settings_.language.set(applied);
    updateLanguageChecks();
}

void MainWindow::showUsers()
{
    if (auto allowed = signedIn_.require(store::Permission::ManageUsers); !allowed) {
        QMessageBox::information(this, tr("Users"), allowed.error().message);
        return;
    }
    UsersDialog dialog(db_, settings_, signedIn_, this);
    connect(&dialog, &UsersDialog::idleMinutesChanged, this, &MainWindow::idleLockChanged);
    runDialog_(dialog);
}

void MainWindow::setContentHidden(bool hidden)
{
    contentHidden_ = hidden;
    centralWidget()->setVisible(!hidden);
    menuBar()->setVisible(!hidden);
}

void MainWindow::showPage(Page page)
{
    tabs_->setCurrentIndex(static_cast<int>(page));
    pages_->setCurrentIndex(static_cast<int>(page));
    if (page == Page::Attention)
        attention_->ensureLoaded();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(pages_->currentIndex());
}

void MainWindow::showChild(store::RowId childId)
{
    child_->showChild(childId);
    showPage(Page::Child);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateLanguageChecks();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::startFileCheck()
{
    fileCheck_->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    settings_.windowGeometry.set(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace tumbuh::ui
