#pragma once
// Anak: one child's record. The profile and family, the visits with every
// z-score and Permenkes label, corrections and deletions of a visit (with
// confirmation, through the command stack: undoable and in the audit log),
// the growth charts, and the growth card for the mother (printed through the
// system dialog or saved as PDF).
#include "report/growthcard.h"
#include "store/access.h"
#include "store/child.h"
#include "store/measurement.h"
#include "store/rowmeta.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class ChildChartsView;
class ChildConsentView;
class ChildFollowUpView;
class ChildProfileView;
class ChildRightsActions;
class CommandStack;
class DataNotifier;
class MeasurementDialog;
class MeasurementHistoryModel;

class ChildPage : public QWidget {
    Q_OBJECT
public:
    // Asks the user a yes/no question; replaceable so tests need no clicks.
    using Confirm = std::function<bool(const QString& title, const QString& question)>;
    // Runs the correction dialog (exec() by default); replaceable so that a
    // test can type into it and press Save.
    using DialogRunner = std::function<void(MeasurementDialog&)>;

    ChildPage(store::Database& db, DataNotifier& notifier, CommandStack& commands, store::UserId user,
              QWidget* parent = nullptr);

    void showChild(store::RowId childId);
    std::optional<store::RowId> childId() const;
    void reload();

    void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }
    void setDialogRunner(DialogRunner run) { runDialog_ = std::move(run); }

    // Writes the shown child's growth card (A4 landscape) as PDF, without a
    // dialog: what "Save card as PDF…" does once the file is chosen. False,
    // with the reason in `error`, when no child is shown or the file cannot
    // be written.
    bool writeCardPdf(const QString& path, QString* error = nullptr) const;
    // Where "Save card as PDF…" proposes to write: the documents folder and
    // the card's file name (ui/child/childcard.h).
    QString suggestedCardPath() const;

    QPushButton* printCardButton() const { return printCardButton_; }
    QPushButton* saveCardButton() const { return saveCardButton_; }
    MeasurementHistoryModel* historyModel() const { return model_; }
    QTableView* historyTable() const { return table_; }
    ChildProfileView* profile() const { return profile_; }
    ChildChartsView* charts() const { return charts_; }
    // "Rujukan & edukasi": the child's referrals and counselling.
    ChildFollowUpView* followUp() const { return followUp_; }
    // "Ekspor data anak…" and "Anonimkan…".
    ChildRightsActions* rights() const { return rights_; }
    // The parent's consent: the line, its history and its buttons.
    ChildConsentView* consent() const { return consent_; }
    // "Tindak lanjut rujukan (hari)" for the referrals made here.
    void setFollowUpDays(int days);

public slots:
    void editChild();
    void editSelectedMeasurement();
    void deleteSelectedMeasurement();
    // The system print dialog, with the card's paper preselected.
    void printCard();
    // A file dialog, then writeCardPdf().
    void saveCardPdf();

signals:
    // The user asked for the register (the child was deleted, or Esc).
    void backToRegister();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void reloadWhenShown();
    void setColumnWidths();
    std::optional<int> selectedRow() const;
    std::optional<report::CardInput> card() const;

    store::Database& db_;
    DataNotifier& notifier_;
    CommandStack& commands_;
    store::UserId user_;
    store::SignedInUser viewer_;
    std::optional<store::RowId> childId_;
    store::Child child_;
    std::vector<store::Measurement> history_;
    QString posyanduName_;
    Confirm confirm_;
    DialogRunner runDialog_;
    bool stale_ = false; // data changed while the page was hidden

    QStackedWidget* stack_;
    QLabel* empty_;
    QLabel* error_;
    ChildProfileView* profile_;
    QPushButton* editChildButton_;
    QLabel* historyTitle_;
    QPushButton* editButton_;
    QPushButton* deleteButton_;
    QTableView* table_;
    MeasurementHistoryModel* model_;
    ChildChartsView* charts_;
    ChildFollowUpView* followUp_;
    ChildConsentView* consent_;
    QPushButton* printCardButton_;
    QPushButton* saveCardButton_;
    QSplitter* splitter_;
    ChildRightsActions* rights_ = nullptr;
};

} // namespace tumbuh::ui
