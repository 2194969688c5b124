#pragma once
// Opens the database the program works on (the last one, the one named on
// the command line, a new one for the user's posyandu, or the demo) and
// builds the window over it; replaces both when the user opens another
// file. Every failure to open ends in a dialog with a way on, never a crash.
#include "app/commandline.h"

#include "records/backup/backup.h"
#include "store/database.h"
#include "store/access.h"
#include "store/posyandu.h"
#include "store/rowmeta.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace tumbuh::ui {
class AppSettings;
class CommandStack;
class DataNotifier;
class MainWindow;
class ScreenLock;
} // namespace tumbuh::ui

namespace tumbuh::app {

class AppController : public QObject {
    Q_OBJECT
public:
    AppController(ui::AppSettings& settings, CommandLine options);
    ~AppController() override;

    // Interactive start: opens a database (asking when needed) and shows the
    // window. False when the user chose to quit instead.
    bool start();
    // --screenshot: renders the asked page of the asked database into a PNG
    // without any dialog. The process exit code.
    int screenshot();

    ui::MainWindow* window() const { return window_.get(); }

private:
    using DatabasePtr = std::unique_ptr<store::Database>;

    // Opens `path`, and on failure lets the user restore, pick another file
    // or start a new database. Null when the user quits.
    DatabasePtr openInteractive(QString path);
    // The first-start dialog (also File > New). Null when cancelled.
    DatabasePtr askForDatabase();
    store::Result<DatabasePtr> createForPosyandu(const store::Posyandu& posyandu);
    store::Result<DatabasePtr> openDemo();
    QString chooseFile();
    store::Result<void> restoreBackup(const QString& path, const QString& backup);
    // An admin signs in against `backup` (NotAllowed otherwise).
    store::Result<void> mayRestore(const QString& backup);

    // Who works on `db`: the user just made by the first-start dialog, the
    // --user NAME of the command line with TUMBUH_PIN, or the sign-in
    // dialog. Nullopt when the user cancelled (or, for a script, the reason
    // was printed).
    std::optional<store::SignedInUser> signIn(store::Database& db, bool interactive);
    bool isDemo(const store::Database& db) const;

    void install(DatabasePtr db, const store::SignedInUser& user);
    void buildWindow(const store::SignedInUser& user);
    void closeWindow();
    void onSwitchUser(const store::SignedInUser& user);
    void replaceDatabase(DatabasePtr db, const store::SignedInUser& user);
    void onOpenRequested();
    void onNewRequested();
    void onBackupRequested();
    store::OpenOptions openOptions(const QString& path, bool create) const;
    records::BackupPolicy backupPolicy() const;
    void closeDatabase();
    QString dataDir() const;
    bool showPage();

    ui::AppSettings& settings_;
    CommandLine options_;
    DatabasePtr db_;
    std::unique_ptr<ui::DataNotifier> notifier_;
    std::unique_ptr<ui::CommandStack> commands_;
    std::unique_ptr<ui::MainWindow> window_;
    std::unique_ptr<ui::ScreenLock> lock_;
    std::optional<store::SignedInUser> madeUser_; // the first admin of a file just created
    bool remember_ = true;                        // write the last database into the settings
};

} // namespace tumbuh::app
