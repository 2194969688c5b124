#include "ui/register/childdialog.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/posyandurepository.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/fieldmessage.h"
#include "ui/core/commandstack.h"
#include "ui/core/savechildcommand.h"
#include "ui/register/childform.h"
#include "ui/register/householdform.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

// The household's own validation speaks of the mother's name too; the form
// has one field for it, the child's.
const QString kMotherName = QStringLiteral("mother_name");

// A pause long enough not to flash messages at every keystroke, short
// enough to feel immediate.
constexpr int kValidateDelayMs = 300;

// The child's and the family's parts side by side where the dialog is wide
// enough for both, one under the other where it is not (a 1024×600 screen,
// 150 % text): its least width is one column's.
class Columns : public QWidget {
public:
    Columns(QWidget* first, QWidget* second, QWidget* parent)
        : QWidget(parent), first_(first), second_(second), layout_(new QBoxLayout(QBoxLayout::LeftToRight, this))
    {
        layout_->setContentsMargins(0, 0, 0, 0);
        layout_->addWidget(first_, 1);
        layout_->addWidget(second_, 1);
    }

    // As wide as both side by side (what the dialog asks for when the
    // screen has room), as high as they are now.
    QSize sizeHint() const override
    {
        const int both = first_->sizeHint().width() + layout_->spacing() + second_->sizeHint().width();
        return {both, QWidget::sizeHint().height()};
    }

    QSize minimumSizeHint() const override
    {
        const int column = std::max(first_->minimumSizeHint().width(), second_->minimumSizeHint().width());
        return {column, QWidget::minimumSizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        const int both = first_->minimumSizeHint().width() + layout_->spacing() + second_->minimumSizeHint().width();
        const auto direction = event->size().width() >= both ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (layout_->direction() != direction)
            layout_->setDirection(direction);
        QWidget::resizeEvent(event);
    }

private:
    QWidget* first_;
    QWidget* second_;
    QBoxLayout* layout_;
};

} // namespace

ChildDialog::ChildDialog(store::Database& db, CommandStack& commands, DataNotifier& notifier, store::UserId user,
                         std::optional<store::RowId> childId, store::RowId defaultPosyandu, QWidget* parent)
    : QDialog(parent), db_(db), commands_(commands), notifier_(notifier), user_(user), childId_(childId), today_(db.today()),
      childForm_(new ChildForm(this)), householdForm_(new HouseholdForm(this)), general_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      validateTimer_(new QTimer(this))
{
    general_->setWordWrap(true);
    general_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    general_->hide();

    // The forms scroll inside the dialog on a small screen; the buttons stay.
    auto* forms = new DialogScrollArea(new Columns(childForm_, householdForm_, this), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(forms, 1);
    layout->addWidget(general_);
    layout->addWidget(buttons_);

    validateTimer_->setSingleShot(true);
    validateTimer_->setInterval(kValidateDelayMs);
    connect(validateTimer_, &QTimer::timeout, this, &ChildDialog::validateNow);
    connect(childForm_, &ChildForm::edited, this, &ChildDialog::onEdited);
    connect(householdForm_, &HouseholdForm::edited, this, &ChildDialog::onEdited);
    connect(childForm_, &ChildForm::posyanduChanged, this, &ChildDialog::loadHouseholds);
    connect(childForm_, &ChildForm::posyanduChanged, this, &ChildDialog::updateAllowed);
    connect(householdForm_, &HouseholdForm::familyChosen, this, [this](const QString& mother) {
        if (!mother.isEmpty() && childForm_->motherEdit()->text().trimmed().isEmpty())
            childForm_->motherEdit()->setText(mother);
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    childForm_->setToday(today_);
    if (auto who = store::signedInAs(db_, user_))
        viewer_ = *who;
    childForm_->setViewer(viewer_);
    householdForm_->setViewer(viewer_);
    auto places = store::PosyanduRepository(db_).list();
    std::vector<store::Posyandu> placeList = places ? std::move(*places) : std::vector<store::Posyandu>();
    if (childId_) {
        if (auto c = store::ChildRepository(db_).get(*childId_)) {
            stored_ = *c;
        } else {
            general_->setText(c.error().message);
            general_->show();
            buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
        }
    }
    childForm_->setPosyanduChoices(placeList, childId_ ? stored_.posyanduId : defaultPosyandu);
    loadHouseholds();
    if (childId_ && stored_.meta.id != 0) {
        childForm_->setChild(stored_);
        householdForm_->select(stored_.householdId);
    }
    retranslateUi();
    updateAllowed();
    childForm_->nameEdit()->setFocus();
    validateNow();
    DialogScrollArea::fitWhenShown(this);
}

store::Result<void> ChildDialog::allowed() const
{
    if (childId_ && stored_.meta.id != 0)
        if (auto ok = viewer_.requireFor(store::Permission::EditRegister, stored_.posyanduId); !ok)
            return ok;
    return viewer_.requireFor(store::Permission::EditRegister, childForm_->posyanduId());
}

void ChildDialog::updateAllowed()
{
    QPushButton* save = buttons_->button(QDialogButtonBox::Save);
    const auto ok = allowed();
    save->setToolTip(ok ? QString() : ok.error().message);
    if (!ok)
        save->setEnabled(false);
    else if (!childId_ || stored_.meta.id != 0)
        save->setEnabled(true);
}

void ChildDialog::retranslateUi()
{
    setWindowTitle(childId_ ? tr("Edit child") : tr("Add child"));
    buttons_->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ChildDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The store's messages are made in the language of the moment.
        validateNow();
    }
    QDialog::changeEvent(event);
}

void ChildDialog::loadHouseholds()
{
    auto households = store::HouseholdRepository(db_).list(childForm_->posyanduId());
    householdForm_->setChoices(households ? std::move(*households) : std::vector<store::Household>());
}

void ChildDialog::onEdited(const QString& field)
{
    touched_.insert(field);
    validateTimer_->start();
}

store::Child ChildDialog::currentChild() const
{
    store::Child base = stored_;
    if (!childId_)
        base = store::Child();
    store::Child c = childForm_->child(base);
    c.householdId = householdForm_->selectedId();
    return c;
}

FieldMessage* ChildDialog::messageFor(const QString& field) const
{
    if (auto* m = childForm_->grid().message(field))
        return m;
    return householdForm_->grid().message(field);
}

bool ChildDialog::showIssues(const std::vector<FieldIssue>& childIssues, const std::vector<FieldIssue>& householdIssues)
{
    childForm_->grid().clearMessages();
    householdForm_->grid().clearMessages();
    QStringList general;
    bool ok = true;
    std::set<QString> shown;

    const auto place = [&](const FieldIssue& issue, FormGrid& grid) {
        if (!issue.warning)
            ok = false;
        FieldMessage* m = grid.message(issue.field);
        if (!m) {
            if (!issue.warning)
                general << issue.message;
            return;
        }
        // Before a save is tried, only the fields already typed in speak up:
        // a new form does not open covered in "required" messages.
        if (!showAll_ && !touched_.contains(issue.field))
            return;
        // One message per field, the first (the most basic) one.
        if (shown.contains(issue.field))
            return;
        shown.insert(issue.field);
        if (issue.warning)
            m->showWarning(issue.message);
        else
            m->showError(issue.message);
    };
    for (const auto& issue : childIssues)
        place(issue, childForm_->grid());
    for (const auto& issue : householdIssues)
        place(issue, issue.field == kMotherName ? childForm_->grid() : householdForm_->grid());

    if (!shown.contains(QStringLiteral("birth_date")))
        childForm_->grid().message(QStringLiteral("birth_date"))->showHint(childForm_->ageHint());
    if (!shown.contains(QStringLiteral("nik")) && childForm_->nikEdit()->text().trimmed().isEmpty())
        childForm_->grid().message(QStringLiteral("nik"))->showHint(tr("Many babies have no NIK yet: it can be added later."));

    general_->setText(showAll_ ? general.join(QLatin1Char('\n')) : QString());
    general_->setVisible(showAll_ && !general.isEmpty());
    return ok;
}

bool ChildDialog::validateNow()
{
    validateTimer_->stop();
    std::vector<FieldIssue> childIssues = childForm_->unreadable();
    std::set<QString> unreadable;
    for (const auto& i : childIssues)
        unreadable.insert(i.field);

    if (auto ok = allowed(); !ok)
        childIssues.push_back({QString(), ok.error().message, false});
    const store::Child child = currentChild();
    for (auto& issue : issuesOf(store::ChildRepository(db_).validate(child)))
        if (!unreadable.contains(issue.field)) // "not a date" says more than "required"
            childIssues.push_back(std::move(issue));

    std::vector<FieldIssue> householdIssues;
    if (!householdForm_->isBlank()) {
        store::Household h = householdForm_->household();
        h.posyanduId = child.posyanduId;
        h.motherName = child.motherName;
        householdIssues = issuesOf(store::HouseholdRepository(db_).validate(h));
    }
    return showIssues(childIssues, householdIssues);
}

void ChildDialog::focusFirstError()
{
    for (const QString& field : childForm_->fieldOrder())
        if (auto* m = childForm_->grid().message(field); m && m->kind() == FieldMessage::Kind::Error) {
            childForm_->grid().editor(field)->setFocus();
            return;
        }
    for (const QString& field : householdForm_->fieldOrder())
        if (auto* m = householdForm_->grid().message(field); m && m->kind() == FieldMessage::Kind::Error) {
            householdForm_->grid().editor(field)->setFocus();
            return;
        }
}

std::unique_ptr<SaveChildCommand> ChildDialog::command() const
{
    store::Child child = currentChild();
    std::optional<store::Household> household;
    if (!householdForm_->isBlank()) {
        household = householdForm_->household();
        household->posyanduId = child.posyanduId;
        // The family's mother is the child's mother: one field, two records.
        household->motherName = child.motherName.simplified();
    }
    return std::make_unique<SaveChildCommand>(db_, notifier_, std::move(child), std::move(household), user_);
}

bool ChildDialog::save()
{
    showAll_ = true;
    if (!validateNow()) {
        focusFirstError();
        return false;
    }
    std::unique_ptr<SaveChildCommand> cmd = command();
    const SaveChildCommand* saving = cmd.get();
    auto pushed = commands_.push(std::move(cmd));
    if (!pushed) {
        // The checks passed, so the store saw something they could not (a
        // NIK taken meanwhile, a full disk): each message goes under its
        // field, whichever part of the form has it.
        std::vector<FieldIssue> childIssues;
        std::vector<FieldIssue> householdIssues;
        for (auto& issue : issuesOf(pushed)) {
            if (householdForm_->grid().message(issue.field) && !childForm_->grid().message(issue.field))
                householdIssues.push_back(std::move(issue));
            else
                childIssues.push_back(std::move(issue));
        }
        showIssues(childIssues, householdIssues);
        focusFirstError();
        return false;
    }
    // Kept by the stack while it can be undone.
    savedChild_ = saving->childId();
    savedHousehold_ = saving->household() ? std::optional<store::RowId>(saving->household()->meta.id) : std::nullopt;
    return true;
}

} // namespace tumbuh::ui
