#pragma once
// Berkas ▸ Impor…: children and measurements from a CSV file or an e-PPGBM
// list (.xls, .xlsx), in one window. Choosing the file starts a dry run (the
// importer does everything and rolls back: nothing is saved) that shows what
// would happen (ImportReportView); Impor then runs the real import the same
// way and shows what was saved. Both run on a worker thread (ImportRun) with
// a progress bar, and Batal stops them with nothing saved. Options: the file
// of refused rows, "save nothing when a row is refused" (all or nothing),
// and, for a file without a Posyandu column, the posyandu its children go to.
//
// Only a nutritionist (ahli gizi) or an admin may import: a file holds the
// children of many posyandu, and a kader may change only her own.
#include "store/access.h"
#include "store/result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::records {
struct ImportOptions;
}

namespace tumbuh::ui {

class DataNotifier;
class ImportReportView;
class ImportRun;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class State { NoFile,
                       Checking,
                       Checked,
                       Importing,
                       Imported,
                       Failed };

    ImportDialog(store::Database& db, DataNotifier& notifier, const store::SignedInUser& who,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Whether `who` may import: ErrorCode::NotAllowed with the reason when not.
    static store::Result<void> mayImport(const store::SignedInUser& who);

    // Takes `path` as the file and starts its dry run (what the "Choose
    // file…" button does after its file dialog).
    void checkFile(const QString& path);
    // Runs the dry run again with the options as they are now.
    void checkAgain();
    // The Import button: the real import, with the options of the dry run.
    void startImport();
    // Batal while a run goes: it stops with nothing saved.
    void cancelRun();
    // Runs the event loop until no run goes (tests); false on timeout.
    bool waitForRun(int timeoutMs);

    State state() const { return state_; }
    // The size the dialog opens with on a screen of `available` size: as
    // large as the work needs, never larger than the screen.
    QSize sizeFor(const QSize& available) const;
    void setRejectsPath(const QString& path);

    QLineEdit* fileEdit() const { return file_; }
    QPushButton* chooseButton() const { return choose_; }
    QPushButton* importButton() const { return import_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* checkButton() const { return check_; }
    QComboBox* posyanduBox() const { return posyandu_; }
    QCheckBox* allOrNothingBox() const { return allOrNothing_; }
    QCheckBox* rejectsBox() const { return rejects_; }
    QLineEdit* rejectsEdit() const { return rejectsPath_; }
    QLabel* messageLabel() const { return message_; }
    QLabel* statusLabel() const { return status_; }
    QProgressBar* progressBar() const { return progress_; }
    ImportReportView* reportView() const { return view_; }

signals:
    // A dry run or an import has ended (shown in the dialog).
    void runFinished();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void buildUi();
    void retranslateUi();
    void fillPosyandu();
    void chooseFile();
    void chooseRejectsFile();
    void start(bool dryRun);
    void finished();
    void setState(State state);
    void showError(const QString& text);
    records::ImportOptions options(bool dryRun) const;
    bool fileHasPosyandu() const;

    store::Database& db_;
    DataNotifier& notifier_;
    store::SignedInUser who_;
    ImportRun* run_;
    State state_ = State::NoFile;
    bool posyanduNeeded_ = false;
    bool cancelling_ = false;
    qint64 rowsRead_ = 0; // of the run going on

    QLabel* intro_ = nullptr;
    QLabel* fileLabel_ = nullptr;
    QLineEdit* file_ = nullptr;
    QPushButton* choose_ = nullptr;
    QGroupBox* optionsBox_ = nullptr;
    QLabel* posyanduLabel_ = nullptr;
    QComboBox* posyandu_ = nullptr;
    QCheckBox* allOrNothing_ = nullptr;
    QCheckBox* rejects_ = nullptr;
    QLineEdit* rejectsPath_ = nullptr;
    QPushButton* chooseRejects_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* message_ = nullptr;
    ImportReportView* view_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QPushButton* check_ = nullptr;
    QPushButton* import_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

} // namespace tumbuh::ui
