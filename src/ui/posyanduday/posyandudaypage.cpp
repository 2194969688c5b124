#include "ui/posyanduday/posyandudaypage.h"

#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/core/editmeasurementcommand.h"
#include "ui/core/savemeasurementcommand.h"
#include "ui/posyanduday/resultpanel.h"
#include "ui/posyanduday/resulttext.h"
#include "ui/posyanduday/rosterfilterproxy.h"
#include "ui/posyanduday/rostermodel.h"
#include "ui/register/childdialog.h"

#include "store/database.h"
#include "store/posyandurepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

QLabel* bigLabel(double scale, bool bold, const QString& objectName = {})
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

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

    loadPosyanduList();
    {
        const QSignalBlocker block(date_);
        date_->setMaximumDate(db_.today());
        date_->setDate(db_.today());
    }
    reload();
    updateUndoButton();
}

PosyanduDayPage::~PosyanduDayPage() = default;

void PosyanduDayPage::build()
{
    auto* page = new QVBoxLayout(this);

    // The day: date, posyandu, how far the morning has come.
    auto* top = new QHBoxLayout;
    heading_ = bigLabel(1.5, true);
    top->addWidget(heading_);
    top->addSpacing(24);
    dateLabel_ = bigLabel(1.1, false);
    date_ = new QDateEdit;
    date_->setObjectName(QStringLiteral("dateEdit"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    QFont dateFont = date_->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.2);
    date_->setFont(dateFont);
    dateLabel_->setBuddy(date_);
    top->addWidget(dateLabel_);
    top->addWidget(date_);
    dateError_ = new QLabel;
    dateError_->setObjectName(QStringLiteral("dateError"));
    dateError_->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    dateError_->hide();
    top->addWidget(dateError_);
    top->addSpacing(16);
    posyanduLabel_ = bigLabel(1.1, false);
    posyandu_ = new QComboBox;
    posyandu_->setObjectName(QStringLiteral("posyanduCombo"));
    posyandu_->setFont(dateFont);
    posyandu_->setMinimumContentsLength(16);
    posyanduLabel_->setBuddy(posyandu_);
    top->addWidget(posyanduLabel_);
    top->addWidget(posyandu_);
    top->addStretch();
    progress_ = bigLabel(1.2, true, QStringLiteral("progressLabel"));
    top->addWidget(progress_);
    page->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);

    // Left: the roster.
    auto* left = new QWidget;
    auto* leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    filter_ = new QLineEdit;
    filter_->setObjectName(QStringLiteral("rosterFilter"));
    filter_->setClearButtonEnabled(true);
    filter_->setFont(dateFont);
    filter_->installEventFilter(this);
    leftBox->addWidget(filter_);
    waitingOnly_ = new QCheckBox;
    waitingOnly_->setObjectName(QStringLiteral("waitingOnly"));
    leftBox->addWidget(waitingOnly_);
    model_ = new RosterModel(this);
    proxy_ = new RosterFilterProxy(this);
    proxy_->setSourceModel(model_);
    roster_ = new QTableView;
    roster_->setObjectName(QStringLiteral("rosterView"));
    roster_->setModel(proxy_);
    roster_->setSelectionBehavior(QAbstractItemView::SelectRows);
    roster_->setSelectionMode(QAbstractItemView::SingleSelection);
    roster_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    roster_->setAlternatingRowColors(true);
    roster_->setWordWrap(false);
    roster_->verticalHeader()->hide();
    roster_->horizontalHeader()->setStretchLastSection(false);
    roster_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    roster_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    roster_->horizontalHeader()->setSectionResizeMode(RosterModel::Name, QHeaderView::Stretch);
    roster_->setColumnHidden(RosterModel::Mother, true);
    roster_->setColumnHidden(RosterModel::Last, true);
    QFont rosterFont = roster_->font();
    rosterFont.setPointSizeF(rosterFont.pointSizeF() * 1.1);
    roster_->setFont(rosterFont);
    roster_->installEventFilter(this);
    leftBox->addWidget(roster_, 1);
    addChild_ = new QPushButton;
    addChild_->setObjectName(QStringLiteral("addChildButton"));
    leftBox->addWidget(addChild_);
    splitter->addWidget(left);

    // Middle: the child and the form.
    auto* middle = new QWidget;
    auto* midBox = new QVBoxLayout(middle);
    midBox->setContentsMargins(8, 0, 8, 0);
    childName_ = bigLabel(1.6, true, QStringLiteral("childName"));
    childFacts_ = bigLabel(1.1, false, QStringLiteral("childFacts"));
    childFacts_->setStyleSheet(QStringLiteral("color: #37474f;"));
    childFacts_->setWordWrap(true);
    midBox->addWidget(childName_);
    midBox->addWidget(childFacts_);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    midBox->addWidget(line);
    form_ = new MeasurementForm;
    form_->setObjectName(QStringLiteral("measurementForm"));
    midBox->addWidget(form_);
    auto* buttons = new QHBoxLayout;
    save_ = new QPushButton;
    save_->setObjectName(QStringLiteral("saveButton"));
    save_->setDefault(false);
    save_->setAutoDefault(false);
    save_->setFont(dateFont);
    save_->setMinimumHeight(36);
    undo_ = new QPushButton;
    undo_->setObjectName(QStringLiteral("undoButton"));
    undo_->setAutoDefault(false);
    undo_->setMinimumHeight(36);
    buttons->addWidget(save_);
    buttons->addWidget(undo_);
    buttons->addStretch();
    midBox->addLayout(buttons);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("statusMessage"));
    status_->setWordWrap(true);
    QFont statusFont = status_->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.1);
    status_->setFont(statusFont);
    status_->hide();
    midBox->addWidget(status_);
    midBox->addStretch(1);
    splitter->addWidget(middle);

    // Right: what it means.
    result_ = new ResultPanel;
    result_->setObjectName(QStringLiteral("resultPanel"));
    result_->setMinimumWidth(330);
    splitter->addWidget(result_);
    left->setMinimumWidth(340);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 5);
    page->addWidget(splitter, 1);

    // Tab: search -> roster -> the form in paper order -> save -> undo ->
    // the rarer controls. Set as one chain, pair by pair.
    QList<QWidget*> chain{filter_, roster_};
    chain << form_->tabChain();
    chain << QList<QWidget*>{save_, undo_, addChild_, waitingOnly_, date_, posyandu_};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(date_, &QDateEdit::dateChanged, this, [this](const QDate& d) { setDate(d); });
    connect(posyandu_, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(filter_, &QLineEdit::textChanged, proxy_, &RosterFilterProxy::setText);
    connect(waitingOnly_, &QCheckBox::toggled, proxy_, &RosterFilterProxy::setNotDoneOnly);
    connect(roster_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(model_, &RosterModel::progressChanged, this, &PosyanduDayPage::onProgress);
    connect(form_, &MeasurementForm::edited, this, &PosyanduDayPage::recompute);
    connect(form_, &MeasurementForm::submitRequested, this, [this] { save(); });
    connect(save_, &QPushButton::clicked, this, [this] { save(); });
    connect(undo_, &QPushButton::clicked, this, [this] { undoLastSave(); });
    connect(addChild_, &QPushButton::clicked, this, &PosyanduDayPage::addChild);

    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] { undoLastSave(); });
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    findKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, this, [this] {
        filter_->setFocus(Qt::ShortcutFocusReason);
        filter_->selectAll();
    });
}

void PosyanduDayPage::retranslate()
{
    heading_->setText(tr("Posyandu day"));
    dateLabel_->setText(tr("&Date:"));
    posyanduLabel_->setText(tr("&Posyandu:"));
    filter_->setPlaceholderText(tr("Find a child or mother (Ctrl+F)"));
    waitingOnly_->setText(tr("Only children not measured yet"));
    addChild_->setText(tr("New child not on the list…"));
    save_->setText(tr("Save (Enter)"));
    undo_->setText(tr("Undo last save (Ctrl+Z)"));
    onProgress(model_->doneCount(), model_->rowCount());
    model_->refreshTexts();
    if (current_) {
        // Redraw the child in the new language without losing what is typed.
        keepDraft();
        showChild(current_);
    }
}

void PosyanduDayPage::showEvent(QShowEvent* event)
{
    // The laptop may have stayed on overnight: "today" moves on.
    date_->setMaximumDate(db_.today());
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
    if (event->type() == QEvent::LanguageChange && heading_)
        retranslate();
    QWidget::changeEvent(event);
}

void PosyanduDayPage::loadPosyanduList()
{
    const QSignalBlocker block(posyandu_);
    const store::RowId previous = posyandu_->currentData().toLongLong();
    posyandu_->clear();
    auto list = store::PosyanduRepository(db_).list();
    if (!list) {
        setStatus(list.error().message, false);
        return;
    }
    int select = 0;
    for (const auto& p : *list) {
        if ((options_.posyanduId && p.meta.id == *options_.posyanduId) || p.meta.id == previous)
            select = posyandu_->count();
        posyandu_->addItem(p.name, QVariant::fromValue(p.meta.id));
    }
    posyandu_->setCurrentIndex(list->empty() ? -1 : select);
}

bool PosyanduDayPage::setDate(const QDate& date)
{
    if (!date.isValid() || date > db_.today()) {
        dateError_->setText(tr("The date cannot be in the future (today is %1).").arg(DisplayText::date(db_.today())));
        dateError_->show();
        const QSignalBlocker block(date_);
        date_->setDate(session_.date().isValid() ? session_.date() : db_.today());
        return false;
    }
    dateError_->hide();
    if (date_->date() != date) {
        const QSignalBlocker block(date_);
        date_->setDate(date);
    }
    if (date != session_.date())
        reload();
    return true;
}

bool PosyanduDayPage::setPosyandu(store::RowId posyanduId)
{
    const int i = posyandu_->findData(QVariant::fromValue(posyanduId));
    if (i < 0)
        return false;
    posyandu_->setCurrentIndex(i); // reloads through currentIndexChanged
    if (session_.posyanduId() != posyanduId)
        reload();
    return true;
}

void PosyanduDayPage::reload()
{
    drafts_.clear();
    current_.reset();
    const store::RowId posyanduId = posyandu_->currentData().toLongLong();
    auto roster = session_.loadRoster(date_->date(), posyanduId);
    if (!roster) {
        model_->setEntries({});
        setStatus(roster.error().message, false);
        showChild(std::nullopt);
        return;
    }
    model_->setEntries(std::move(roster).value());
    if (auto next = nextWaiting(std::nullopt))
        selectChild(*next);
    else if (proxy_->rowCount() > 0)
        selectChild(proxy_->index(0, 0).data(RosterModel::ChildIdRole).toLongLong());
    else
        showChild(std::nullopt);
}

bool PosyanduDayPage::selectChild(store::RowId childId)
{
    const int row = model_->rowOf(childId);
    if (row < 0)
        return false;
    QModelIndex at = proxy_->mapFromSource(model_->index(row, RosterModel::Name));
    if (!at.isValid()) {
        // Hidden by the search text or "not measured yet": show everyone.
        filter_->clear();
        waitingOnly_->setChecked(false);
        at = proxy_->mapFromSource(model_->index(row, RosterModel::Name));
    }
    const bool same = current_ && *current_ == childId;
    roster_->setCurrentIndex(at); // shows the child through currentRowChanged...
    if (same || !current_ || *current_ != childId)
        showChild(childId);       // ...unless the view's current row did not move
    roster_->scrollTo(at);
    return current_ && *current_ == childId;
}

void PosyanduDayPage::onCurrentRowChanged(const QModelIndex& current)
{
    // While saving, the roster may move its current row by itself (the saved
    // line leaves the "not measured yet" view); save() picks the next child.
    if (!current.isValid() || saving_)
        return;
    const store::RowId id = current.data(RosterModel::ChildIdRole).toLongLong();
    if (!current_ || *current_ != id)
        showChild(id);
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
    form_->setEnabled(e != nullptr);
    save_->setEnabled(e != nullptr);
    if (!e) {
        childName_->setText(model_->rowCount() == 0 ? tr("No children expected on this day")
                                                    : tr("Choose a child on the list"));
        childFacts_->clear();
        form_->clear(growth::Measure::Lying);
        form_->setLastTexts({}, {}, {}, {});
        form_->setPositionNote({}, false);
        switching_ = false;
        result_->showMessage({});
        return;
    }
    childName_->setText(e->child.name);
    QStringList facts{DisplayText::sexLong(e->child.sex), DisplayText::ageFromMonths(e->ageMonths)};
    if (!e->child.motherName.isEmpty())
        facts << tr("mother: %1").arg(e->child.motherName);
    if (e->done())
        facts << tr("already measured today — Enter saves the correction");
    else if (e->earlierThisMonth)
        facts << tr("already measured this month on %1").arg(DisplayText::date(e->previous->date));
    childFacts_->setText(facts.join(QStringLiteral(" · ")));

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
    const RosterEntry* e = current_ ? model_->entryOf(*current_) : nullptr;
    auto history = e ? session_.history(e->child.meta.id) : store::Result<const std::vector<store::Measurement>*>(nullptr);
    if (!e || !history || !*history) {
        form_->setLastTexts({}, {}, {}, {});
        return;
    }
    const auto& h = **history;
    const QDate day = session_.date();
    auto when = [&](const store::Measurement& m) {
        const int months = growth::calendarMonthsBetween(toYmd(m.date), toYmd(day));
        if (months == 1)
            return tr("last month");
        if (months <= 0)
            return DisplayText::date(m.date);
        return tr("%n month(s) ago", nullptr, months);
    };
    QString weight, length, head, arm;
    if (const auto* m = DaySession::latestBefore(h, day, [](const store::Measurement& x) { return x.weight.has_value(); }))
        weight = tr("%1: %2 kg").arg(when(*m), DisplayText::kg(m->weight));
    if (const auto* m = DaySession::latestBefore(h, day, [](const store::Measurement& x) { return x.length.has_value(); }))
        length = tr("%1: %2 cm (%3)").arg(when(*m), DisplayText::cm(m->length), DisplayText::position(m->position).toLower());
    if (const auto* m = DaySession::latestBefore(h, day, [](const store::Measurement& x) { return x.headCircumference.has_value(); }))
        head = tr("%1: %2 cm").arg(when(*m), DisplayText::cm(m->headCircumference));
    if (const auto* m = DaySession::latestBefore(h, day, [](const store::Measurement& x) { return x.armCircumference.has_value(); }))
        arm = tr("%1: %2 cm").arg(when(*m), DisplayText::cm(m->armCircumference));
    form_->setLastTexts(weight, length, head, arm);
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

    growth::Visit v;
    v.date = toYmd(session_.date());
    if (d.weight.value)
        v.weight = growth::Grams{*d.weight.value};
    if (d.length.value)
        v.lengthHeight = growth::Millimetres{*d.length.value};
    v.measure = d.position;
    if (d.head.value)
        v.headCircumference = growth::Millimetres{*d.head.value};
    if (d.arm.value)
        v.armCircumference = growth::Millimetres{*d.arm.value};
    v.oedema = d.oedema;

    const bool countedAsLength = session_.expectedPosition(e->child) == growth::Measure::Lying;
    const growth::Assessment a = session_.assess(e->child, v, e->today ? std::optional(e->today->meta.id) : std::nullopt);

    // Beside the position: the 0.7 cm rule in words as soon as the choice
    // does not fit the age, even before a length is typed.
    const auto checks = session_.positionChecks(e->child, d.position);
    if (!checks.empty()) {
        const auto measured = toCm(d.length.value);
        form_->setPositionNote(ResultText::positionRule(checks.front().kind, measured,
                                                        measured ? a.adjustedLengthCm : std::nullopt),
                               true);
    } else {
        form_->setPositionNote(countedAsLength ? tr("Right for the age: lying under 24 months")
                                               : tr("Right for the age: standing from 24 months"),
                               false);
    }

    if (!d.weight.value && !d.length.value && !d.head.value && !d.arm.value && !d.oedema) {
        result_->showMessage(tr("Type the weight: the result appears here while you type."));
        return;
    }
    result_->showAssessment(a, countedAsLength, toCm(d.length.value));
}

std::optional<store::RowId> PosyanduDayPage::nextWaiting(std::optional<store::RowId> after) const
{
    // Name order, as the roster shows it, whatever the search box hides:
    // after saving, the next child is the next one on the full list.
    std::vector<const RosterEntry*> order;
    order.reserve(static_cast<std::size_t>(model_->rowCount()));
    for (int r = 0; r < model_->rowCount(); ++r)
        order.push_back(model_->entry(r));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(order.begin(), order.end(), [&](const RosterEntry* a, const RosterEntry* b) {
        return collator.compare(a->child.name, b->child.name) < 0;
    });
    std::size_t start = 0;
    if (after) {
        for (std::size_t i = 0; i < order.size(); ++i)
            if (order[i]->child.meta.id == *after)
                start = i + 1;
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        const RosterEntry* e = order[(start + k) % order.size()];
        if (!e->done() && (!after || e->child.meta.id != *after))
            return e->child.meta.id;
    }
    return std::nullopt;
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
        if (auto next = nextWaiting(childId)) {
            selectChild(*next);
            form_->focusWeight();
        }
        return true;
    }

    store::Measurement m;
    if (correction) {
        m = *e->today;
    } else {
        m.childId = childId;
        m.posyanduId = session_.posyanduId();
        m.date = session_.date();
        m.measuredBy = options_.measuredBy;
    }
    m.weight = d.weight.value ? std::optional(growth::Grams{*d.weight.value}) : std::nullopt;
    m.length = d.length.value ? std::optional(growth::Millimetres{*d.length.value}) : std::nullopt;
    m.position = m.length ? d.position : growth::Measure::Unknown;
    m.headCircumference = d.head.value ? std::optional(growth::Millimetres{*d.head.value}) : std::nullopt;
    m.armCircumference = d.arm.value ? std::optional(growth::Millimetres{*d.arm.value}) : std::nullopt;
    m.oedema = d.oedema;
    m.notes = d.notes;

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
    if (!filter_->text().isEmpty())
        filter_->clear();
    if (auto next = nextWaiting(childId)) {
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
    Command* top = commands_.undoCommand();
    if (!top)
        return false;
    std::optional<store::Measurement> back;
    if (const auto* s = dynamic_cast<const SaveMeasurementCommand*>(top))
        back = s->measurement();
    else if (const auto* ed = dynamic_cast<const EditMeasurementCommand*>(top))
        back = ed->measurement();
    const QString what = top->text();
    auto undone = commands_.undo();
    if (!undone) {
        setStatus(tr("Could not undo: %1").arg(undone.error().message), false);
        return false;
    }
    if (back && back->date == session_.date() && model_->rowOf(back->childId) >= 0) {
        // The values come back into the form, so that a slip can be
        // corrected and saved again with Enter.
        drafts_.erase(back->childId);
        selectChild(back->childId);
        store::Measurement values = *back;
        form_->load(values);
        form_->restore(form_->snapshot()); // typed, not saved
        recompute();
        form_->focusWeight();
        setStatus(tr("Undone: %1. The values are back in the form to be corrected.").arg(what), true);
    } else {
        setStatus(tr("Undone: %1").arg(what), true);
    }
    return true;
}

void PosyanduDayPage::addChild()
{
    const store::RowId posyanduId = session_.posyanduId();
    std::optional<store::RowId> added;
    if (options_.addChild) {
        added = options_.addChild(this, posyanduId);
    } else {
        ChildDialog dialog(db_, options_.user, std::nullopt, posyanduId, this);
        if (dialog.exec() == QDialog::Accepted && dialog.savedChildId() != 0) {
            added = dialog.savedChildId();
            emit notifier_.childChanged(*added);
        }
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
            if (auto next = nextWaiting(std::nullopt))
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

void PosyanduDayPage::onProgress(int done, int total)
{
    progress_->setText(tr("%1 of %2 children measured").arg(done).arg(total));
}

void PosyanduDayPage::updateUndoButton()
{
    undo_->setEnabled(commands_.canUndo());
    undo_->setToolTip(commands_.undoText());
}

void PosyanduDayPage::setStatus(const QString& text, bool good)
{
    status_->setStyleSheet(good ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

void PosyanduDayPage::selectFirstMatch()
{
    if (proxy_->rowCount() == 0)
        return;
    if (selectChild(proxy_->index(0, 0).data(RosterModel::ChildIdRole).toLongLong()))
        form_->focusWeight();
}

bool PosyanduDayPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == filter_ && enter) {
            selectFirstMatch();
            return true;
        }
        if (watched == filter_ && key->key() == Qt::Key_Down) {
            roster_->setFocus(Qt::OtherFocusReason);
            if (!roster_->currentIndex().isValid() && proxy_->rowCount() > 0)
                roster_->setCurrentIndex(proxy_->index(0, RosterModel::Name));
            return true;
        }
        if (watched == roster_ && enter) {
            form_->focusWeight();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tumbuh::ui
