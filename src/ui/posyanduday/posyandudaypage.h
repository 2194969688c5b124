#pragma once
// "Hari posyandu": the screen for a whole morning of weighing. Left, the
// children expected on the chosen date (who is done, with the N/T/O/B
// letter: RosterPanel); middle, the paper form of the selected child with
// last visit's values beside each field (EntryPanel); right, what the
// numbers mean, recomputed on every key press (ResultPanel). The page ties
// them together: Enter saves and moves to the next child still waiting,
// with the cursor in the weight field; the last save can be undone.
#include "ui/posyanduday/daysession.h"
#include "ui/posyanduday/measurementform.h"
#include "ui/posyanduday/posyandudayoptions.h"

#include "store/rowmeta.h"

#include <QDate>
#include <QWidget>

#include <functional>

#include <optional>
#include <unordered_map>

class QDialog;
class QScrollArea;
class QTableView;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class AdaptiveColumns;
class Command;
class CommandStack;
class DataNotifier;
class DayHeader;
class EntryPanel;
class ResultPanel;
class RosterFilterProxy;
class RosterModel;
class RosterPanel;

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
    // "Teks besar" (Pengaturan): the form and the result panel 1.25 times
    // larger again; the page scrolls where it no longer fits.
    void setLargeText(bool on);
    bool largeText() const { return largeText_; }

    RosterModel* rosterModel() const;
    RosterFilterProxy* rosterProxy() const;
    QTableView* rosterView() const;
    MeasurementForm* form() const { return form_; }
    ResultPanel* resultPanel() const { return result_; }
    // "Rujuk…" of the result panel's referral box: the referral dialog for
    // the current child, the rules' reasons of the values as typed ticked.
    void referCurrentChild();
    // Runs the referral dialog (exec() by default); replaceable in tests.
    void setDialogRunner(std::function<void(QDialog&)> run) { runDialog_ = std::move(run); }

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void retranslate();
    void updateWorkMinimum();
    void loadPosyanduList();
    void reload();
    void showChild(std::optional<store::RowId> childId);
    void keepDraft();
    void updateLastTexts();
    void recompute();
    void refreshEntry(store::RowId childId);
    void onMeasurementsChanged(store::RowId childId);
    void onCurrentChildChanged(store::RowId childId);
    void onUndone(Command* command);
    void updateUndoButton();
    void setStatus(const QString& text, bool good);

    store::Database& db_;
    DataNotifier& notifier_;
    CommandStack& commands_;
    PosyanduDayOptions options_;
    DaySession session_;

    DayHeader* header_ = nullptr;
    RosterPanel* roster_ = nullptr;
    RosterModel* model_ = nullptr;
    EntryPanel* entry_ = nullptr;
    MeasurementForm* form_ = nullptr; // entry_'s
    ResultPanel* result_ = nullptr;
    AdaptiveColumns* columns_ = nullptr; // entry_ and result_, side by side or stacked
    QScrollArea* work_ = nullptr;        // around columns_

    std::optional<store::RowId> current_;
    std::unordered_map<store::RowId, MeasurementForm::Snapshot> drafts_;
    std::function<void(QDialog&)> runDialog_;
    bool largeText_ = false;
    bool saving_ = false;    // inside save(): the page moves on by itself
    bool switching_ = false; // inside showChild(): the form is being filled
};

} // namespace tumbuh::ui
