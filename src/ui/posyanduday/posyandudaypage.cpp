#include "ui/posyanduday/posyandudaypage.h"

#include "ui/common/adaptivecolumns.h"
#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/core/editmeasurementcommand.h"
#include "ui/core/savemeasurementcommand.h"
#include "ui/followup/attentioncodes.h"
#include "ui/followup/referraldialog.h"
#include "ui/posyanduday/dayheader.h"
#include "ui/posyanduday/entrypanel.h"
#include "ui/posyanduday/largetext.h"
#include "ui/posyanduday/lastvisittext.h"
#include "ui/posyanduday/resultpanel.h"
#include "ui/posyanduday/resulttext.h"
#include "ui/posyanduday/rosterfilterproxy.h"
#include "ui/posyanduday/rostermodel.h"
#include "ui/posyanduday/rosterpanel.h"
#include "ui/register/childdialog.h"

#include "store/database.h"
#include "store/posyandurepository.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

std::optional<double> toCm(const std::optional<std::int32_t>& mm)
{
    if (!mm)
        return std::nullopt;
    return growth::Millimetres{*mm}.cm();
}

} // namespace

PosyanduDayPage::PosyanduDayPage(store::Database& db, DataNotifier& notifier, CommandStack& commands,
                                 PosyanduDayOptions options, QWidget* parent)
    : QWidget(parent), db_(db), notifier_(notifier), commands_(commands), options_(std::move(options)),
      session_(db, options_.cadre)
{
    setObjectName(QStringLiteral("posyanduDayPage"));
    runDialog_ = [](QDialog& dialog) { dialog.exec(); };
    build();
    retranslate();

    connect(&notifier_, &DataNotifier::measurementsChanged, this, &PosyanduDayPage::onMeasurementsChanged);
    connect(&notifier_, &DataNotifier::childChanged, this, &PosyanduDayPage::refreshEntry);
    connect(&notifier_, &DataNotifier::childRemoved, this, &PosyanduDayPage::refreshEntry);
    connect(&notifier_, &DataNotifier::databaseReplaced, this, [this] {
        loadPosyanduList();
        reload();
    });
    connect(&commands_, &CommandStack::changed, this, &PosyanduDayPage::updateUndoButton);
    connect(&commands_, &CommandStack::undone, this, &PosyanduDayPage::onUndone);

    loadPosyanduList();
    header_->setToday(db_.today());
    header_->setDate(db_.today());
    reload();
    updateUndoButton();
}

PosyanduDayPage::~PosyanduDayPage() = default;

RosterModel* PosyanduDayPage::rosterModel() const
{
    return roster_->model();
}

RosterFilterProxy* PosyanduDayPage::rosterProxy() const
{
    return roster_->proxy();
}

QTableView* PosyanduDayPage::rosterView() const
{
    return roster_->view();
}

void PosyanduDayPage::build()
{
    auto* page = new QVBoxLayout(this);
    header_ = new DayHeader;
    page->addWidget(header_);

    // Left the roster; right the form and what it means, side by side when
    // there is room and one under the other when not, in a scroll area so
    // that a small screen scrolls instead of squeezing (issue 15).
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    roster_ = new RosterPanel;
    roster_->setMinimumWidth(220);
    model_ = roster_->model();
    splitter->addWidget(roster_);

    entry_ = new EntryPanel;
    form_ = entry_->form();
    result_ = new ResultPanel;
    result_->setObjectName(QStringLiteral("resultPanel"));
    result_->setMinimumWidth(260);
    connect(result_, &ResultPanel::referRequested, this, &PosyanduDayPage::referCurrentChild);
    columns_ = new AdaptiveColumns(entry_, result_);
    columns_->setObjectName(QStringLiteral("formAndResult"));
    columns_->setStretch(4, 5);
    work_ = new QScrollArea;
    work_->setObjectName(QStringLiteral("workArea"));
    work_->setFrameShape(QFrame::NoFrame);
    work_->setWidgetResizable(true);
    work_->setWidget(columns_);
    splitter->addWidget(work_);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 9);
    updateWorkMinimum();
    connect(columns_, &AdaptiveColumns::minimumChanged, this, &PosyanduDayPage::updateWorkMinimum);
    page->addWidget(splitter, 1);

    // Tab: search -> roster -> the form in paper order -> save -> undo ->
    // the rarer controls. Set as one chain, pair by pair (setTabOrder moves
    // one widget at a time).
    QList<QWidget*> chain = roster_->tabChain();
    chain << entry_->tabChain();
    chain << roster_->rareTabChain();
    chain << header_->tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(header_, &DayHeader::dateChosen, this, [this](const QDate& d) { setDate(d); });
    connect(header_, &DayHeader::posyanduChosen, this, [this] { reload(); });
    connect(roster_, &RosterPanel::currentChildChanged, this, &PosyanduDayPage::onCurrentChildChanged);
    connect(roster_, &RosterPanel::searchAccepted, this, [this] {
        if (auto first = roster_->firstShown(); first && selectChild(*first))
            form_->focusWeight();
    });
    connect(roster_, &RosterPanel::rowAccepted, form_, &MeasurementForm::focusWeight);
    connect(roster_, &RosterPanel::addChildRequested, this, &PosyanduDayPage::addChild);
    connect(model_, &RosterModel::progressChanged, header_, &DayHeader::setProgress);
    connect(form_, &MeasurementForm::edited, this, &PosyanduDayPage::recompute);
    connect(form_, &MeasurementForm::submitRequested, this, [this] { save(); });
    connect(form_, &MeasurementForm::undoRequested, this, [this] { undoLastSave(); });
    connect(entry_, &EntryPanel::saveClicked, this, [this] { save(); });
    connect(entry_, &EntryPanel::undoClicked, this, [this] { undoLastSave(); });
}

void PosyanduDayPage::setLargeText(bool on)
{
    if (on == largeText_)
        return;
    largeText_ = on;
    const double extra = on ? 1.25 : 1.0;
    largetext::setExtraScale(entry_, extra);
    largetext::setExtraScale(result_, extra);
    form_->alignColumns();
    columns_->rearrange();
    updateWorkMinimum();
}

void PosyanduDayPage::updateWorkMinimum()
{
    // The splitter keeps the form at its minimum width (the wider of the form
    // and the result, stacked) plus a scroll bar: it never scrolls sideways.
    const int bar = work_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, work_);
    work_->setMinimumWidth(columns_->minimumSizeHint().width() + bar + 2 * work_->frameWidth());
}

void PosyanduDayPage::retranslate()
{
    if (current_) {
        // Redraw the child in the new language without losing what is typed.
        keepDraft();
        showChild(current_);
    }
}

void PosyanduDayPage::showEvent(QShowEvent* event)
{
    // The laptop may have stayed on overnight: "today" moves on.
    header_->setToday(db_.today());
    QWidget::showEvent(event);
    // Keyboard first: whenever the page comes up, the cursor waits in the
    // weight field (Qt would put it in the first field of the window, the
    // date). Queued, so that it comes after Qt's own choice.
    QTimer::singleShot(0, this, [this] {
        if (current_ && isVisible() && !form_->isAncestorOf(QApplication::focusWidget()))
            form_->focusWeight();
    });
}

void PosyanduDayPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && entry_)
        retranslate();
    QWidget::changeEvent(event);
}

void PosyanduDayPage::loadPosyanduList()
{
    auto list = store::PosyanduRepository(db_).list();
    if (!list) {
        setStatus(list.error().message, false);
        return;
    }
    header_->setPosyanduList(*list, options_.posyanduId);
}

bool PosyanduDayPage::setDate(const QDate& date)
{
    if (!date.isValid() || date > db_.today()) {
        header_->showDateError(
            tr("The date cannot be in the future (today is %1).").arg(DisplayText::date(db_.today())));
        header_->setDate(session_.date().isValid() ? session_.date() : db_.today());
        return false;
    }
    header_->clearDateError();
    header_->setDate(date);
    if (date != session_.date())
        reload();
    return true;
}

bool PosyanduDayPage::setPosyandu(store::RowId posyanduId)
{
    if (!header_->selectPosyandu(posyanduId))
        return false;
    if (session_.posyanduId() != posyanduId)
        reload();
    return true;
}

void PosyanduDayPage::reload()
{
    drafts_.clear();
    current_.reset();
    auto roster = session_.loadRoster(header_->date(), header_->posyanduId());
    if (!roster) {
        model_->setEntries({});
        setStatus(roster.error().message, false);
        showChild(std::nullopt);
        return;
    }
    model_->setEntries(std::move(roster).value());
    if (auto next = model_->nextWaiting(std::nullopt))
        selectChild(*next);
    else if (auto first = roster_->firstShown())
        selectChild(*first);
    else
        showChild(std::nullopt);
}

bool PosyanduDayPage::selectChild(store::RowId childId)
{
    const bool same = current_ && *current_ == childId;
    if (!roster_->select(childId)) // shows the child through currentChildChanged...
        return false;
    if (same || !current_ || *current_ != childId)
        showChild(childId); // ...unless the roster's current row did not move
    return current_ && *current_ == childId;
}

void PosyanduDayPage::onCurrentChildChanged(store::RowId childId)
{
    // While saving, the roster may move its current row by itself (the saved
    // line leaves the "not measured yet" view); save() picks the next child.
    if (saving_)
        return;
    if (!current_ || *current_ != childId)
        showChild(childId);
}

void PosyanduDayPage::keepDraft()
{
    if (!current_)
        return;
    const store::RowId id = *current_;
    if (form_->hasEditedSinceLoad() && !form_->draft().isEmpty()) {
        drafts_[id] = form_->snapshot();
        model_->setUnsaved(id, true);
    } else {
        drafts_.erase(id);
        model_->setUnsaved(id, false);
    }
}

void PosyanduDayPage::showChild(std::optional<store::RowId> childId)
{
    if (current_ != childId)
        keepDraft();
    const RosterEntry* e = childId ? model_->entryOf(*childId) : nullptr;
    current_ = e ? childId : std::nullopt;
    switching_ = true;
    if (!e) {
        entry_->showNoChild(model_->rowCount() == 0 ? tr("No children expected on this day")
                                                    : tr("Choose a child on the list"));
        form_->clear(growth::Measure::Lying);
        form_->setLastTexts({}, {}, {}, {});
        form_->setPositionNote({}, false);
        switching_ = false;
        result_->showMessage({});
        return;
    }
    entry_->showChild(*e);
    if (auto it = drafts_.find(*childId); it != drafts_.end())
        form_->restore(it->second);
    else if (e->today)
        form_->load(*e->today);
    else
        form_->clear(session_.expectedPosition(e->child));
    updateLastTexts();
    switching_ = false;
    recompute();
}

void PosyanduDayPage::updateLastTexts()
{
    LastVisitTexts last;
    if (current_)
        if (auto history = session_.history(*current_); history)
            last = LastVisitText::forDay(**history, session_.date());
    form_->setLastTexts(last.weight, last.length, last.head, last.arm);
}

void PosyanduDayPage::recompute()
{
    if (switching_ || !current_)
        return;
    const RosterEntry* e = model_->entryOf(*current_);
    if (!e)
        return;
    const MeasurementDraft d = form_->draft();
    model_->setUnsaved(*current_, form_->hasEditedSinceLoad() && !d.isEmpty());

    const growth::Visit v = d.visit(session_.date());
    const bool countedAsLength = session_.expectedPosition(e->child) == growth::Measure::Lying;
    const growth::Assessment a = session_.assess(e->child, v, e->today ? std::optional(e->today->meta.id) : std::nullopt);

    // Beside the position: the 0.7 cm rule in words as soon as the choice
    // does not fit the age, even before a length is typed.
    const auto checks = session_.positionChecks(e->child, d.position);
    const auto measured = toCm(d.length.value);
    const std::optional<growth::CheckKind> conflict = checks.empty() ? std::nullopt : std::optional(checks.front().kind);
    form_->setPositionNote(
        ResultText::positionNote(conflict, countedAsLength, measured, measured ? a.adjustedLengthCm : std::nullopt),
        conflict.has_value());

    if (d.hasNoValues()) {
        result_->showMessage(tr("Type the weight: the result appears here while you type."));
        return;
    }
    result_->showAssessment(a, countedAsLength, toCm(d.length.value));
}

void PosyanduDayPage::referCurrentChild()
{
    if (!current_ || db_.isReadOnly())
        return;
    const RosterEntry* e = model_->entryOf(*current_);
    if (!e)
        return;
    // The reasons of the values as typed: the history with the form's visit
    // in place of today's record.
    std::vector<growth::Visit> visits;
    if (auto history = session_.history(*current_); history)
        for (const store::Measurement& m : **history)
            if (!e->today || m.meta.id != e->today->meta.id)
                visits.push_back(toVisit(m));
    const MeasurementDraft d = form_->draft();
    if (!d.hasNoValues())
        visits.push_back(d.visit(session_.date()));
    const QStringList reasons = referralReasonCodes(e->child, visits, session_.date());
    ReferralDialog dialog(db_, notifier_, options_.user, *current_, reasons, options_.referralFollowUpDays, this);
    runDialog_(dialog);
}

bool PosyanduDayPage::save()
{
    if (!current_)
        return false;
    const RosterEntry* e = model_->entryOf(*current_);
    if (!e)
        return false;
    const MeasurementDraft d = form_->draft();
    if (!d.readable()) {
        setStatus(tr("Not saved: correct the value marked in red first."), false);
        return false;
    }
    const store::RowId childId = *current_;
    const QString childName = e->child.name;
    const bool correction = e->today.has_value();
    if (correction && !form_->hasEditedSinceLoad()) {
        // Enter on a child already done and unchanged: just move on.
        if (auto next = model_->nextWaiting(childId)) {
            selectChild(*next);
            form_->focusWeight();
        }
        return true;
    }

    const store::Measurement m = session_.toRecord(*e, d, options_.measuredBy);
    std::unique_ptr<Command> command;
    if (correction)
        command = std::make_unique<EditMeasurementCommand>(db_, notifier_, m, options_.user, childName);
    else
        command = std::make_unique<SaveMeasurementCommand>(db_, notifier_, m, options_.user, childName);
    saving_ = true;
    auto saved = commands_.push(std::move(command));
    saving_ = false;
    if (!saved) {
        QWidget* field = form_->showErrors(saved.error());
        field->setFocus(Qt::OtherFocusReason);
        setStatus(tr("Not saved: see the message beside the field."), false);
        return false;
    }

    drafts_.erase(childId);
    model_->setUnsaved(childId, false);
    QString summary = tr("Saved: %1").arg(childName);
    if (const RosterEntry* now = model_->entryOf(childId); now && now->status) {
        summary += QStringLiteral(" — ") + DisplayText::weighingLetter(*now->status);
        if (now->twoT)
            summary += QStringLiteral(" · ") + tr("2T");
        if (now->bgm)
            summary += QStringLiteral(" · ") + tr("BGM");
    }
    if (roster_->hasSearchText())
        roster_->clearSearch();
    if (auto next = model_->nextWaiting(childId)) {
        form_->clear(growth::Measure::Lying); // nothing left to keep as a draft
        selectChild(*next);
        setStatus(summary, true);
    } else {
        selectChild(childId);
        setStatus(summary + QStringLiteral(". ") + tr("Every child on the list has been measured."), true);
    }
    form_->focusWeight();
    return true;
}

bool PosyanduDayPage::undoLastSave()
{
    if (!commands_.canUndo())
        return false;
    auto undone = commands_.undo(); // the page follows through onUndone()
    if (!undone) {
        setStatus(tr("Could not undo: %1").arg(undone.error().message), false);
        return false;
    }
    return true;
}

void PosyanduDayPage::onUndone(Command* command)
{
    // Whoever asked (the button, Ctrl+Z here, the Edit menu): a save or a
    // correction of this day that is taken back comes back into the form, so
    // that a slip can be corrected and saved again with Enter.
    std::optional<store::Measurement> back;
    if (const auto* s = dynamic_cast<const SaveMeasurementCommand*>(command))
        back = s->measurement();
    else if (const auto* ed = dynamic_cast<const EditMeasurementCommand*>(command))
        back = ed->measurement();
    if (!back || back->date != session_.date() || model_->rowOf(back->childId) < 0) {
        setStatus(tr("Undone: %1").arg(command->text()), true);
        return;
    }
    drafts_.erase(back->childId);
    selectChild(back->childId);
    form_->load(*back);
    form_->restore(form_->snapshot()); // typed, not saved
    recompute();
    form_->focusWeight();
    setStatus(tr("Undone: %1. The values are back in the form to be corrected.").arg(command->text()), true);
}

void PosyanduDayPage::addChild()
{
    const store::RowId posyanduId = session_.posyanduId();
    std::optional<store::RowId> added;
    if (options_.addChild) {
        added = options_.addChild(this, posyanduId);
    } else {
        ChildDialog dialog(db_, commands_, notifier_, options_.user, std::nullopt, posyanduId, this);
        if (dialog.exec() == QDialog::Accepted && dialog.savedChildId() != 0)
            added = dialog.savedChildId();
    }
    if (!added)
        return;
    refreshEntry(*added);
    if (selectChild(*added)) {
        form_->focusWeight();
    } else {
        setStatus(tr("The child was registered but is not expected here on this day (another posyandu, or "
                     "5 years or older)."),
                  false);
    }
}

void PosyanduDayPage::refreshEntry(store::RowId childId)
{
    auto entry = session_.reloadEntry(childId);
    if (!entry) {
        setStatus(entry.error().message, false);
        return;
    }
    if (*entry) {
        model_->updateEntry(std::move(**entry));
        if (drafts_.contains(childId))
            model_->setUnsaved(childId, true);
    } else {
        const bool wasCurrent = current_ && *current_ == childId;
        drafts_.erase(childId);
        model_->removeChild(childId);
        if (wasCurrent) {
            current_.reset();
            if (auto next = model_->nextWaiting(std::nullopt))
                selectChild(*next);
            else
                showChild(std::nullopt);
        }
    }
}

void PosyanduDayPage::onMeasurementsChanged(store::RowId childId)
{
    refreshEntry(childId);
    if (saving_ || !current_ || *current_ != childId)
        return;
    // Changed from another page (the child's record): show the new state,
    // unless the cadre is typing here.
    if (form_->hasEditedSinceLoad()) {
        updateLastTexts();
        recompute();
    } else {
        showChild(childId);
    }
}

void PosyanduDayPage::updateUndoButton()
{
    entry_->setUndo(commands_.canUndo(), commands_.undoText());
}

void PosyanduDayPage::setStatus(const QString& text, bool good)
{
    entry_->setStatus(text, good);
}

bool PosyanduDayPage::event(QEvent* event)
{
    // Ctrl+Z and Ctrl+F anywhere on the page are the page's own (undo the
    // last save here, search this roster). Claiming them here keeps them
    // from matching the window's actions on the same keys (Edit > Undo, the
    // register's search); the key press then reaches keyPressEvent() or
    // the form's undoRequested().
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Find)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void PosyanduDayPage::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Undo)) {
        undoLastSave();
        return;
    }
    if (event->matches(QKeySequence::Find)) {
        roster_->focusSearch();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tumbuh::ui
