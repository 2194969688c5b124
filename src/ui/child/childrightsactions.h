#pragma once
// The subject's rights on the child page (UU 27/2022, issue 12 §4):
// "Ekspor data anak…" writes everything held on the child as NAME.pdf and
// NAME.json (records/rights/childdata.h; nutritionist or admin), and
// "Anonimkan…" removes the child's name and the family's personal data after
// a confirmation that says what happens and asks to type the child's name or
// ANONIMKAN (records/rights/anonymiser.h; admin only). A role that may not is
// told so with the role table's refusal and nothing is written. The role is
// read from the database at each click (store::signedInAs), so a changed
// role counts at once.
#include "store/rowmeta.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;

class ChildRightsActions : public QWidget {
    Q_OBJECT
public:
    // Where to write (a file dialog by default); empty = cancelled.
    using ChooseFile = std::function<QString(const QString& suggested)>;
    // Shows the confirmation and returns what the user typed; empty = cancelled.
    using Confirm = std::function<QString(const QString& title, const QString& text)>;
    // Tells the outcome (a message box by default).
    using Inform = std::function<void(const QString& title, const QString& text, bool problem)>;

    ChildRightsActions(store::Database& db, DataNotifier& notifier, store::UserId user, QWidget* parent = nullptr);

    // The child shown on the page (none: both buttons disabled).
    void setChild(std::optional<store::RowId> childId, const QString& name, const QString& uid);

    void setChooseFile(ChooseFile f) { chooseFile_ = std::move(f); }
    void setConfirm(Confirm f) { confirm_ = std::move(f); }
    void setInform(Inform f) { inform_ = std::move(f); }

    QPushButton* exportButton() const { return exportButton_; }
    QPushButton* anonymiseButton() const { return anonymiseButton_; }

    // The confirmation text for the shown child.
    QString confirmationText() const;

public slots:
    void exportChildData();
    void anonymiseChild();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    store::Database& db_;
    DataNotifier& notifier_;
    store::UserId user_;
    std::optional<store::RowId> childId_;
    QString name_;
    QString uid_;
    ChooseFile chooseFile_;
    Confirm confirm_;
    Inform inform_;
    QPushButton* exportButton_;
    QPushButton* anonymiseButton_;
};

} // namespace tumbuh::ui
