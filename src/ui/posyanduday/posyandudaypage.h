#pragma once
// "Hari posyandu": the screen for a whole morning of weighing. Left, the
// children expected on the chosen date (who is done, with the N/T/O/B
// letter); middle, the paper form of the selected child with last visit's
// values beside each field; right, what the numbers mean, recomputed on
// every key press. Enter saves and moves to the next child still waiting,
// with the cursor in the weight field; the last save can be undone.
#include "ui/posyanduday/daysession.h"
#include "ui/posyanduday/measurementform.h"
#include "ui/posyanduday/posyandudayoptions.h"

#include "store/rowmeta.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <unordered_map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class CommandStack;
class DataNotifier;
class ResultPanel;
class RosterFilterProxy;
class RosterModel;

class PosyanduDayPage : public QWidget {
    Q_OBJECT
public:
    PosyanduDayPage(store::Database& db, DataNotifier& notifier, CommandStack& commands,
                    PosyanduDayOptions options, QWidget* parent = nullptr);
    ~PosyanduDayPage() override;

    // Refused (false, with a message beside the date) for a future date.
    bool setDate(const QDate& date);
    QDate date() const { return session_.date(); }
    bool setPosyandu(store::RowId posyanduId);
    store::RowId posyanduId() const { return session_.posyanduId(); }

    bool selectChild(store::RowId childId);
    std::optional<store::RowId> currentChildId() const { return current_; }

    // What Enter does: saves the form (a new measurement, or a correction of
    // today's), then shows the next child still waiting. False when nothing
    // was saved (the reason is beside the field).
    bool save();
    // Takes back the latest change (Ctrl+Z, "Undo last save"); a save that is
    // undone comes back into the form so that it can be corrected.
    bool undoLastSave();
    void addChild();

    RosterModel* rosterModel() const { return model_; }
    RosterFilterProxy* rosterProxy() const { return proxy_; }
    QTableView* rosterView() const { return roster_; }
    MeasurementForm* form() const { return form_; }
    ResultPanel* resultPanel() const { return result_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void retranslate();
    void loadPosyanduList();
    void reload();
    void showChild(std::optional<store::RowId> childId);
    void keepDraft();
    void updateLastTexts();
    void recompute();
    void refreshEntry(store::RowId childId);
    void onMeasurementsChanged(store::RowId childId);
    void onCurrentRowChanged(const QModelIndex& current);
    void onProgress(int done, int total);
    void updateUndoButton();
    std::optional<store::RowId> nextWaiting(std::optional<store::RowId> after) const;
    void selectFirstMatch();
    void setStatus(const QString& text, bool good);

    store::Database& db_;
    DataNotifier& notifier_;
    CommandStack& commands_;
    PosyanduDayOptions options_;
    DaySession session_;

    RosterModel* model_ = nullptr;
    RosterFilterProxy* proxy_ = nullptr;

    QLabel* heading_ = nullptr;
    QLabel* dateLabel_ = nullptr;
    QDateEdit* date_ = nullptr;
    QLabel* dateError_ = nullptr;
    QLabel* posyanduLabel_ = nullptr;
    QComboBox* posyandu_ = nullptr;
    QLabel* progress_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QCheckBox* waitingOnly_ = nullptr;
    QTableView* roster_ = nullptr;
    QPushButton* addChild_ = nullptr;
    QLabel* childName_ = nullptr;
    QLabel* childFacts_ = nullptr;
    MeasurementForm* form_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* undo_ = nullptr;
    QLabel* status_ = nullptr;
    ResultPanel* result_ = nullptr;

    std::optional<store::RowId> current_;
    std::unordered_map<store::RowId, MeasurementForm::Snapshot> drafts_;
    bool saving_ = false;     // inside save(): the page moves on by itself
    bool switching_ = false;  // inside showChild(): the form is being filled
};

} // namespace tumbuh::ui
