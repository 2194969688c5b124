#pragma once
// The window: a row of big tabs for the five pages (Daftar balita, Hari posyandu,
// Anak, Perlu perhatian, Laporan) and the menus. It only assembles pages made elsewhere and wires the
// actions; opening another database file is the application's business
// (signals below), so the window never owns the database.
#include "store/access.h"
#include "store/rowmeta.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabBar;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class AppSettings;
class AttentionPage;
class ChildPage;
class CommandStack;
class DataNotifier;
class ElidedLabel;
class FileCheckStatus;
class RegisterPage;
class ReportPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // In the tabs' order; Ctrl+1 to Ctrl+5 open them.
    enum class Page { Register,
                      PosyanduDay,
                      Child,
                      Attention,
                      Report };
    static constexpr int kPageCount = 5;

    // `posyanduDayPage` may be null: the page then says it is not available.
    MainWindow(store::Database& db, AppSettings& settings, DataNotifier& notifier, CommandStack& commands,
               store::UserId user, QWidget* posyanduDayPage, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void showChild(store::RowId childId);

    // Installs the translator (every open widget retranslates itself, nothing
    // typed is lost) and remembers the choice. "id" or "en".
    void setLanguage(const QString& language);

    // Who works in this window (role, home posyandu): what the pages show
    // and allow follows from it (store/access.h).
    const store::SignedInUser& signedInUser() const { return signedIn_; }
    // The idle lock: hides the pages and menus (nothing of a child stays on
    // screen) without closing anything; false shows them again as they were.
    void setContentHidden(bool hidden);
    bool isContentHidden() const { return contentHidden_; }
    // Berkas ▸ Pengguna… (admin only: otherwise refused with the reason).
    void showUsers();
    QAction* usersAction() const { return usersAction_; }

    QTabBar* pageTabs() const { return tabs_; }
    RegisterPage* registerPage() const { return register_; }
    ChildPage* childPage() const { return child_; }
    ReportPage* reportPage() const { return report_; }
    QWidget* posyanduDayPage() const { return day_; }
    AttentionPage* attentionPage() const { return attention_; }
    // The status line's file check (ui/filecheckstatus.h); startFileCheck()
    // runs the scheduled full check in the background (the database's
    // openCheck().scheduledDue).
    FileCheckStatus* fileCheck() const { return fileCheck_; }
    void startFileCheck();
    // Runs the follow-up dialogs the Perlu perhatian page asks for (exec()
    // by default); replaceable so that a test can type into them.
    void setDialogRunner(std::function<void(QDialog&)> run) { runDialog_ = std::move(run); }
    // Berkas ▸ Log audit…: the audit log dialog, or the refusal (a role
    // without ViewAudit), both through the dialog runner.
    void showAuditLog();
    QAction* auditAction() const { return auditAction_; }
    // Berkas ▸ Impor…: the import dialog (ahli gizi and admin), or the
    // refusal with its reason, both through the dialog runner.
    void showImport();
    QAction* importAction() const { return importAction_; }
    // Bantuan ▸ Tentang Tumbuh: the about box, through the dialog runner.
    QAction* aboutAction() const { return aboutAction_; }
    // Pengaturan ▸ Teks besar: the posyandu-day form and result larger,
    // remembered in the settings.
    void setLargeText(bool on);
    QAction* largeTextAction() const { return largeTextAction_; }

signals:
    void openDatabaseRequested();
    void newDatabaseRequested();
    void backupRequested();
    // The idle lock's minutes were changed in the users dialog.
    void idleLockChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateLanguageChecks();
    // The size and place of last time (or 1280×800), never larger than the
    // screen's free area nor outside it (a file from a bigger screen).
    void restoreSizeAndPlace();

    store::Database& db_;
    AppSettings& settings_;
    CommandStack& commands_;

    QTabBar* tabs_;
    QStackedWidget* pages_;
    RegisterPage* register_;
    QWidget* day_;
    ChildPage* child_;
    AttentionPage* attention_;
    ReportPage* report_;
    DataNotifier& notifier_;
    store::UserId user_;
    store::SignedInUser signedIn_;
    std::function<void(QDialog&)> runDialog_;
    ElidedLabel* statusFile_; // who and which file; shortened with … on a small screen
    FileCheckStatus* fileCheck_;
    QString userName_;

    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* newAction_ = nullptr;
    QAction* backupAction_ = nullptr;
    QAction* importAction_ = nullptr;
    QAction* auditAction_ = nullptr;
    QAction* usersAction_ = nullptr;
    bool contentHidden_ = false;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* indonesianAction_ = nullptr;
    QAction* englishAction_ = nullptr;
    QAction* largeTextAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* searchAction_ = nullptr;
};

} // namespace tumbuh::ui
