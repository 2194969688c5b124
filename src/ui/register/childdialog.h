#pragma once
// Adds or edits a child and the child's family. Every field is checked while
// typing (the store's own validation, so the rules live in one place) and the
// message appears under the field: red for what blocks saving, amber for what
// deserves a second look (a NIK that disagrees with the birth date) but may
// be saved as it is. The dialog only builds and checks: saving is a
// SaveChildCommand on the window's command stack, so Ctrl+Z takes it back
// and the DataNotifier hears of it, as for every other edit.
#include "store/access.h"
#include "store/child.h"
#include "store/rowmeta.h"
#include "ui/common/fieldissue.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <set>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QTimer;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class ChildForm;
class CommandStack;
class DataNotifier;
class FieldMessage;
class HouseholdForm;
class SaveChildCommand;

class ChildDialog : public QDialog {
    Q_OBJECT
public:
    // `childId` empty: a new child, registered at `defaultPosyandu`.
    ChildDialog(store::Database& db, CommandStack& commands, DataNotifier& notifier, store::UserId user,
                std::optional<store::RowId> childId, store::RowId defaultPosyandu, QWidget* parent = nullptr);

    // Checks every field and shows every message (not only those of the
    // fields already touched); then pushes the command that saves child and
    // family in one transaction. False when something must be corrected
    // first (or the store refused: the message is under the field).
    bool save();
    // The command that would save the form as it is now (not checked).
    std::unique_ptr<SaveChildCommand> command() const;
    // Runs the checks now (typing runs them after a short pause). True when
    // nothing blocks saving.
    bool validateNow();

    store::RowId savedChildId() const { return savedChild_; }
    std::optional<store::RowId> savedHouseholdId() const { return savedHousehold_; }

    ChildForm* childForm() const { return childForm_; }
    HouseholdForm* householdForm() const { return householdForm_; }
    // The message line of a field of either part (child first).
    FieldMessage* messageFor(const QString& field) const;
    QLabel* generalMessage() const { return general_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onEdited(const QString& field);
    void loadHouseholds();
    store::Child currentChild() const;
    // Shows the issues, returns true when none is an error.
    bool showIssues(const std::vector<FieldIssue>& childIssues, const std::vector<FieldIssue>& householdIssues);
    void focusFirstError();
    // The signed-in role may change this child (store/access.h): its own
    // posyandu only for a kader with a home posyandu.
    store::Result<void> allowed() const;
    void updateAllowed();

    store::Database& db_;
    CommandStack& commands_;
    DataNotifier& notifier_;
    store::UserId user_;
    store::SignedInUser viewer_;
    std::optional<store::RowId> childId_;
    store::Child stored_;
    QDate today_;

    ChildForm* childForm_;
    HouseholdForm* householdForm_;
    QLabel* general_;
    QDialogButtonBox* buttons_;
    QTimer* validateTimer_;

    std::set<QString> touched_;
    bool showAll_ = false;
    store::RowId savedChild_ = 0;
    std::optional<store::RowId> savedHousehold_;
};

} // namespace tumbuh::ui
