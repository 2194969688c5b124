#include "ui/register/registerpage.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/rosterquery.h"
#include "ui/common/displaytext.h"
#include "ui/common/flowlayout.h"
#include "ui/common/statusmarker.h"
#include "ui/common/stretchcolumn.h"
#include "ui/core/datanotifier.h"
#include "ui/register/childdialog.h"
#include "ui/register/childfilterproxy.h"
#include "ui/register/childlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <span>

namespace tumbuh::ui {
namespace {

using AgeGroup = ChildFilterProxy::AgeGroup;
using StatusFilter = ChildFilterProxy::StatusFilter;

// Refills a combo box in the language now in use, keeping the choice.
void setChoices(QComboBox* box, const QList<QPair<QString, QVariant>>& items)
{
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    const int at = box->findData(current);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

RegisterPage::RegisterPage(store::Database& db, DataNotifier& notifier, CommandStack& commands, store::UserId user,
                           QWidget* parent)
    : QWidget(parent), db_(db), notifier_(notifier), commands_(commands), user_(user), model_(new ChildListModel(this)),
      proxy_(new ChildFilterProxy(this))
{
    if (auto who = store::signedInAs(db_, user_))
        model_->setViewer(*who);
    proxy_->setSourceModel(model_);
    // The dot needs each child's whole last measurement and the weighings
    // of the months before it (T, 2T): read for the rows as they are
    // assessed (those on screen first) rather than with the list, which a
    // city's start waits for.
    model_->setInputSource(
        [this](std::span<const store::RowId> ids) { return store::RosterQuery(db_).assessmentInputs(ids); });
    buildUi();
    retranslateUi();
    connect(model_, &ChildListModel::readFailed, this, [this](const QString& message) {
        loadError_->setText(tr("The list could not be read: %1").arg(message));
        loadError_->show();
    });

    connect(&notifier_, &DataNotifier::childChanged, this, &RegisterPage::refreshChild);
    connect(&notifier_, &DataNotifier::measurementsChanged, this, &RegisterPage::refreshChild);
    connect(&notifier_, &DataNotifier::householdChanged, this, &RegisterPage::refreshHousehold);
    connect(&notifier_, &DataNotifier::childRemoved, this, [this](store::RowId id) {
        pending_.erase(id);
        model_->remove(id);
        updateCount();
    });
    connect(&notifier_, &DataNotifier::databaseReplaced, this, &RegisterPage::reload);

    reload();
}

void RegisterPage::buildUi()
{
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);

    search_ = new QLineEdit(this);
    search_->setClearButtonEnabled(true);
    // Room for a name or a NIK in any font size; the hint in it is elided
    // when the window is narrow.
    search_->setMinimumWidth(search_->fontMetrics().averageCharWidth() * 24);
    search_->installEventFilter(this);
    addButton_ = new QPushButton(this);
    editButton_ = new QPushButton(this);
    // Ctrl+N and F2 as actions of the page: a button's own shortcut would be
    // replaced by its text's mnemonic (Alt+A, Alt+E) each time the text is set.
    const auto pageKey = [this](const QKeySequence& key, QPushButton* button) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        addAction(action);
    };
    pageKey(QKeySequence::New, addButton_);
    pageKey(QKeySequence(Qt::Key_F2), editButton_);
    openButton_ = new QPushButton(this);

    auto* top = new QHBoxLayout;
    top->addWidget(title_);
    top->addSpacing(16);
    top->addWidget(search_, 1);
    top->addWidget(openButton_);
    top->addWidget(editButton_);
    top->addWidget(addButton_);

    filterLabel_ = new QLabel(this);
    posyanduFilter_ = new QComboBox(this);
    rtRwFilter_ = new QComboBox(this);
    ageFilter_ = new QComboBox(this);
    sexFilter_ = new QComboBox(this);
    statusFilter_ = new QComboBox(this);
    resetButton_ = new QPushButton(this);
    for (QComboBox* box : {posyanduFilter_, rtRwFilter_, ageFilter_, sexFilter_, statusFilter_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // On a narrow window (a netbook, large text) the filters go on a second
    // line rather than out of the window.
    auto* filters = new FlowLayout;
    filters->addWidget(filterLabel_);
    filters->addWidget(posyanduFilter_);
    filters->addWidget(rtRwFilter_);
    filters->addWidget(ageFilter_);
    filters->addWidget(sexFilter_);
    filters->addWidget(statusFilter_);
    filters->addWidget(resetButton_);

    loadError_ = new QLabel(this);
    loadError_->setWordWrap(true);
    loadError_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    loadError_->hide();
    // Says what to do when the list shows nobody (a new database, or a
    // search that finds no one).
    emptyNote_ = new QLabel(this);
    emptyNote_->setWordWrap(true);
    emptyNote_->setStyleSheet(QStringLiteral("color: #555555; padding: 6px;"));
    emptyNote_->hide();

    table_ = new QTableView(this);
    table_->setModel(proxy_);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPage::updateCount);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setSortingEnabled(true);
    table_->setWordWrap(false);
    table_->setTabKeyNavigation(false); // Tab leaves the table, as in a form
    table_->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures 50,000
    // rows to lay itself out.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->setTextElideMode(Qt::ElideRight);
    const int icon = fontMetrics().height() - 2;
    table_->setIconSize(QSize(icon, icon));
    // The name takes the room left; a narrow window scrolls sideways.
    nameColumn_ = new StretchColumn(table_, ChildListModel::Name);
    table_->sortByColumn(ChildListModel::Name, Qt::AscendingOrder);

    count_ = new QLabel(this);
    legend_ = new QLabel(this);
    legend_->setTextFormat(Qt::RichText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(count_);
    bottom->addStretch(1);
    bottom->addWidget(legend_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(loadError_);
    layout->addWidget(emptyNote_);
    layout->addWidget(table_, 1);
    layout->addLayout(bottom);

    setTabOrder(search_, posyanduFilter_);
    setTabOrder(posyanduFilter_, rtRwFilter_);
    setTabOrder(rtRwFilter_, ageFilter_);
    setTabOrder(ageFilter_, sexFilter_);
    setTabOrder(sexFilter_, statusFilter_);
    setTabOrder(statusFilter_, resetButton_);
    setTabOrder(resetButton_, table_);
    setTabOrder(table_, openButton_);
    setTabOrder(openButton_, editButton_);
    setTabOrder(editButton_, addButton_);

    // Ctrl+F is the window's Edit > Find a child (it also comes here from
    // the child's page); a second shortcut here would make it ambiguous.
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setSearchText(text);
        updateCount();
    });
    for (QComboBox* box : {posyanduFilter_, rtRwFilter_, ageFilter_, sexFilter_, statusFilter_})
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilters);
    connect(resetButton_, &QPushButton::clicked, this, &RegisterPage::resetFilters);
    connect(addButton_, &QPushButton::clicked, this, &RegisterPage::addChild);
    connect(editButton_, &QPushButton::clicked, this, &RegisterPage::editSelectedChild);
    connect(openButton_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedChild())
            emit childActivated(*id);
    });
    connect(table_, &QTableView::activated, this, &RegisterPage::activateRow);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCount);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateCount);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateCount);
}

void RegisterPage::setColumnWidths()
{
    // Wide enough for common values and for the header in the language in
    // use; the last column takes the rest.
    const QFontMetrics fm = table_->fontMetrics();
    const QFontMetrics hm = table_->horizontalHeader()->fontMetrics();
    auto* header = table_->horizontalHeader();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        // Room for the sort arrow beside the title.
        header->resizeSection(column, std::max(fm.horizontalAdvance(sample) + 24, hm.horizontalAdvance(title) + 36));
    };
    header->resizeSection(ChildListModel::Status, table_->iconSize().width() + 20);
    fit(ChildListModel::Name, QStringLiteral("Muhammad Rizky Pratama Putra"));
    nameColumn_->setMinimumWidth(header->sectionSize(ChildListModel::Name));
    fit(ChildListModel::Sex, QStringLiteral("L"));
    fit(ChildListModel::Age, QStringLiteral("4 th 11 bl"));
    fit(ChildListModel::Mother, QStringLiteral("Siti Nurhaliza Rahmawati"));
    fit(ChildListModel::RtRw, QStringLiteral("004/001"));
    fit(ChildListModel::LastVisit, QStringLiteral("28 Sep 2026"));
    fit(ChildListModel::Result, QStringLiteral("2T · ") + DisplayText::category(growth::NutritionCategory::SeverelyUnderweight));
    // The result (letters and categories) shares the room with the name.
    nameColumn_->addColumn(ChildListModel::Result, header->sectionSize(ChildListModel::Result));
}

void RegisterPage::retranslateUi()
{
    title_->setText(tr("Children register"));
    search_->setPlaceholderText(tr("Search by name, NIK or mother's name  (Ctrl+F)"));
    addButton_->setText(tr("&Add child"));
    addButton_->setToolTip(tr("Register a new child and the family (Ctrl+N)"));
    editButton_->setText(tr("&Edit child"));
    editButton_->setToolTip(tr("Change the selected child's data (F2)"));
    openButton_->setText(tr("&Open record"));
    openButton_->setToolTip(tr("Open the selected child's record: measurements and charts (Enter)"));
    filterLabel_->setText(tr("Show:"));
    resetButton_->setText(tr("Clear filters"));
    resetButton_->setToolTip(tr("Clear the search and show every child under five"));

    fillFilterChoices();
    // Balita first: the register of a posyandu is the under-fives'; older
    // children stay on file but out of the way.
    setChoices(ageFilter_, {{tr("Under five (0–59 months)"), int(AgeGroup::M0To59)},
                            {tr("0–5 months"), int(AgeGroup::M0To5)},
                            {tr("6–11 months"), int(AgeGroup::M6To11)},
                            {tr("12–23 months"), int(AgeGroup::M12To23)},
                            {tr("24–59 months"), int(AgeGroup::M24To59)},
                            {tr("60 months and over"), int(AgeGroup::M60Plus)},
                            {tr("All ages"), int(AgeGroup::All)}});
    setChoices(sexFilter_, {{tr("Boys and girls"), 0},
                            {tr("Boys"), int(growth::Sex::Male)},
                            {tr("Girls"), int(growth::Sex::Female)}});
    setChoices(statusFilter_, {{tr("Any status"), int(StatusFilter::All)},
                               {tr("Needs attention (yellow, orange, red)"), int(StatusFilter::AnyProblem)},
                               {tr("Normal (green)"), int(StatusFilter::Normal)},
                               {tr("Watch (yellow)"), int(StatusFilter::Attention)},
                               {tr("Problem (orange)"), int(StatusFilter::Moderate)},
                               {tr("Severe problem (red)"), int(StatusFilter::Severe)},
                               {tr("Not measured yet"), int(StatusFilter::NeverMeasured)},
                               {tr("Not weighed for 2 months or more"), int(StatusFilter::NotWeighedTwoMonths)}});
    QStringList legend;
    for (const Marker m : {Marker::Normal, Marker::Attention, Marker::Moderate, Marker::Severe, Marker::None})
        legend << StatusMarker::html(m);
    legend_->setText(legend.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    model_->retranslate();
    setColumnWidths();
    updateCount();
}

void RegisterPage::fillFilterChoices()
{
    QList<QPair<QString, QVariant>> places{{tr("All posyandu"), QVariant()}};
    for (const auto& p : posyandu_)
        places.append({p.name, QVariant::fromValue(p.meta.id)});
    setChoices(posyanduFilter_, places);
    // A posyandu's own laptop has one: the choice would only take room.
    posyanduFilter_->setVisible(posyandu_.size() > 1);

    QList<QPair<QString, QVariant>> rtRw{{tr("All RT/RW"), QVariant()}};
    for (const QString& v : model_->rtRwValues())
        rtRw.append({tr("RT/RW %1").arg(v), v});
    setChoices(rtRwFilter_, rtRw);
}

void RegisterPage::applyFilters()
{
    const QVariant place = posyanduFilter_->currentData();
    proxy_->setPosyandu(place.isValid() ? std::optional<store::RowId>(place.value<store::RowId>()) : std::nullopt);
    proxy_->setRtRw(rtRwFilter_->currentData().toString());
    proxy_->setAgeGroup(static_cast<AgeGroup>(ageFilter_->currentData().toInt()));
    const int sex = sexFilter_->currentData().toInt();
    proxy_->setSex(sex == 0 ? std::nullopt : std::optional<growth::Sex>(static_cast<growth::Sex>(sex)));
    proxy_->setStatus(static_cast<StatusFilter>(statusFilter_->currentData().toInt()));
    updateCount();
}

void RegisterPage::resetFilters()
{
    for (QComboBox* box : {posyanduFilter_, rtRwFilter_, ageFilter_, sexFilter_, statusFilter_}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    search_->clear();
    applyFilters();
    search_->setFocus();
}

void RegisterPage::updateCount()
{
    const int shown = proxy_->rowCount();
    const int all = model_->rowCount();
    count_->setText(shown == all ? tr("Children: %1").arg(all) : tr("Shown: %1 of %2 children").arg(shown).arg(all));
    if (all == 0)
        emptyNote_->setText(tr("No child is registered yet. Press \"Add child\" (Ctrl+N) to register the first one."));
    else if (shown == 0)
        emptyNote_->setText(tr("No child matches the search and the filters. \"Clear filters\" shows every child under five."));
    emptyNote_->setVisible(shown == 0);
    const bool any = selectedChild().has_value();
    // A read-only file can be looked at, not changed.
    editButton_->setEnabled(any && !db_.isReadOnly());
    addButton_->setEnabled(!db_.isReadOnly());
    openButton_->setEnabled(any);
}

void RegisterPage::reload()
{
    pending_.clear();
    auto places = store::PosyanduRepository(db_).list();
    // RT/RW come with the children (no separate read of every household);
    // of the last measurement only its date and weight (from the index): the
    // rest of it and the earlier weighings come later (the model's input
    // source).
    store::ChildFilter brief;
    brief.lastInBrief = true;
    auto children = store::RosterQuery(db_).list(brief);
    const store::Error* error = !places ? &places.error() : !children ? &children.error()
                                                                      : nullptr;
    if (error) {
        loadError_->setText(tr("The list could not be read: %1").arg(error->message));
        loadError_->show();
        return;
    }
    loadError_->hide();
    posyandu_ = std::move(*places);
    model_->load(std::move(*children), db_.today(), true);
    fillFilterChoices();
    applyFilters();
    updateCount();
}

void RegisterPage::refreshChild(store::RowId childId)
{
    // While another page is in front (a posyandu morning), changes are
    // noted and read when the list is shown again: each save there should
    // not wait for this list.
    if (!isVisible()) {
        pending_.insert(childId);
        return;
    }
    const int before = model_->rowOf(childId);
    const QString rtRwBefore = before >= 0 ? model_->listedRow(before).rtRw : QString();
    auto child = store::ChildRepository(db_).get(childId);
    if (!child || child->status != store::ChildStatus::Active) {
        // Deleted, moved away or died: off the list.
        model_->remove(childId);
        updateCount();
        return;
    }
    store::ChildWithLastMeasurement line{*child, std::nullopt};
    std::vector<store::Measurement> history;
    if (auto h = store::MeasurementRepository(db_).history(childId); h && !h->empty()) {
        history = std::move(*h);
        line.last = history.back();
    }
    std::optional<store::Household> household;
    if (child->householdId)
        if (auto h = store::HouseholdRepository(db_).get(*child->householdId))
            household = *h;
    model_->upsert(line, household ? &*household : nullptr, history);
    // A new RT/RW may have appeared.
    if (before < 0 || model_->listedRow(model_->rowOf(childId)).rtRw != rtRwBefore)
        fillFilterChoices();
    updateCount();
}

void RegisterPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const std::set<store::RowId> pending = std::move(pending_);
    pending_.clear();
    for (const auto id : pending)
        refreshChild(id);
}

void RegisterPage::refreshHousehold(store::RowId householdId)
{
    std::vector<store::RowId> affected;
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->listedRow(r).child.householdId == householdId)
            affected.push_back(model_->listedRow(r).child.meta.id);
    for (const auto id : affected)
        refreshChild(id);
}

std::optional<store::RowId> RegisterPage::selectedChild() const
{
    const QModelIndexList rows = table_->selectionModel() ? table_->selectionModel()->selectedRows()
                                                          : QModelIndexList();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(ChildListModel::ChildIdRole).value<store::RowId>();
}

void RegisterPage::selectChild(store::RowId childId)
{
    const int row = model_->rowOf(childId);
    if (row < 0)
        return;
    const QModelIndex at = proxy_->mapFromSource(model_->index(row, ChildListModel::Name));
    if (!at.isValid())
        return;
    table_->setCurrentIndex(at);
    table_->selectRow(at.row());
    table_->scrollTo(at);
}

store::RowId RegisterPage::defaultPosyandu() const
{
    if (const QVariant v = posyanduFilter_->currentData(); v.isValid())
        return v.value<store::RowId>();
    return posyandu_.empty() ? 0 : posyandu_.front().meta.id;
}

void RegisterPage::addChild()
{
    if (db_.isReadOnly())
        return;
    ChildDialog dialog(db_, commands_, notifier_, user_, std::nullopt, defaultPosyandu(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the new child even if a filter would hide it.
    if (proxy_->mapFromSource(model_->index(model_->rowOf(dialog.savedChildId()), 0)).isValid() == false)
        resetFilters();
    selectChild(dialog.savedChildId());
}

void RegisterPage::editSelectedChild()
{
    const auto id = selectedChild();
    if (!id || db_.isReadOnly())
        return;
    ChildDialog dialog(db_, commands_, notifier_, user_, *id, defaultPosyandu(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectChild(dialog.savedChildId());
}

void RegisterPage::focusSearch()
{
    search_->setFocus();
    search_->selectAll();
}

void RegisterPage::activateRow(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    emit childActivated(proxyIndex.data(ChildListModel::ChildIdRole).value<store::RowId>());
}

bool RegisterPage::eventFilter(QObject* watched, QEvent* event)
{
    // From the search field: Down goes into the list, Enter opens the
    // selected (or the only) child, Escape clears the search.
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && proxy_->rowCount() > 0) {
            table_->setFocus();
            if (!table_->currentIndex().isValid())
                table_->selectRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && proxy_->rowCount() > 0) {
            const QModelIndex current = table_->currentIndex();
            activateRow(current.isValid() ? current : proxy_->index(0, ChildListModel::Name));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !search_->text().isEmpty()) {
            search_->clear();
            return true;
        }
    }
    // A line edit claims Ctrl+Z even with nothing of its own to undo; then
    // it is the window's (Edit > Undo: the latest change, such as a child
    // just added).
    if (watched == search_ && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) && !search_->isUndoAvailable()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegisterPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tumbuh::ui
