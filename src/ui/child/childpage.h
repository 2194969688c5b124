#pragma once
// Anak: one child's record. The profile and family, the visits with every
// z-score and Permenkes label, corrections and deletions of a visit (with
// confirmation, through the command stack: undoable and in the audit log),
// and the growth charts.
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
class ChildProfileView;
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

    MeasurementHistoryModel* historyModel() const { return model_; }
    QTableView* historyTable() const { return table_; }
    ChildProfileView* profile() const { return profile_; }
    ChildChartsView* charts() const { return charts_; }

public slots:
    void editChild();
    void editSelectedMeasurement();
    void deleteSelectedMeasurement();

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

    store::Database& db_;
    DataNotifier& notifier_;
    CommandStack& commands_;
    store::UserId user_;
    std::optional<store::RowId> childId_;
    store::Child child_;
    std::vector<store::Measurement> history_;
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
    QSplitter* splitter_;
};

} // namespace tumbuh::ui
