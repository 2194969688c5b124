#include "ui/followup/attentionpage.h"

#include "records/followup/atrisklist.h"
#include "records/followup/attentionrulesfile.h"
#include "store/database.h"
#include "store/posyandurepository.h"
#include "ui/common/displaytext.h"
#include "ui/common/flowlayout.h"
#include "ui/common/stretchcolumn.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/attentionfilterproxy.h"
#include "ui/followup/attentionlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

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

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

constexpr int kMonthsBack = 24; // the months the picker offers, this one included

} // namespace

// What the worker hands back.
struct AttentionPage::Outcome {
    std::vector<records::AtRiskChild> rows;
    QString error;
    QString rulesNote; // why the puskesmas's own rules file was not used
};

AttentionPage::AttentionPage(store::Database& db, DataNotifier& notifier, QWidget* parent)
    : QWidget(parent), db_(db), notifier_(notifier), model_(new AttentionListModel(this)),
      proxy_(new AttentionFilterProxy(this)), refresh_(new QTimer(this))
{
    proxy_->setSourceModel(model_);
    refresh_->setSingleShot(true);
    refresh_->setInterval(300); // a burst of changes (a morning's saves) makes one reload
    connect(refresh_, &QTimer::timeout, this, &AttentionPage::ensureLoaded);
    buildUi();
    fillMonths();
    fillPlaces();
    retranslateUi();

    connect(&notifier_, &DataNotifier::childChanged, this, &AttentionPage::markStale);
    connect(&notifier_, &DataNotifier::childRemoved, this, &AttentionPage::markStale);
    connect(&notifier_, &DataNotifier::measurementsChanged, this, &AttentionPage::markStale);
    connect(&notifier_, &DataNotifier::householdChanged, this, &AttentionPage::markStale);
    connect(&notifier_, &DataNotifier::referralsChanged, this, &AttentionPage::markStale);
    connect(&notifier_, &DataNotifier::databaseReplaced, this, [this] {
        fillPlaces();
        markStale();
    });
}

AttentionPage::~AttentionPage()
{
    // A worker still reading posts to this page: let it end first.
    for (QThread* t : workers_) {
        t->wait();
        delete t;
    }
}

void AttentionPage::buildUi()
{
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);

    monthLabel_ = new QLabel(this);
    month_ = new QComboBox(this);
    monthLabel_->setBuddy(month_);
    placeLabel_ = new QLabel(this);
    place_ = new QComboBox(this);
    place_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    placeLabel_->setBuddy(place_);
    openButton_ = new QPushButton(this);
    referButton_ = new QPushButton(this);
    counselButton_ = new QPushButton(this);

    auto* top = new QHBoxLayout;
    top->addWidget(title_);
    top->addStretch(1);
    top->addWidget(openButton_);
    top->addWidget(referButton_);
    top->addWidget(counselButton_);

    filterLabel_ = new QLabel(this);
    reasonFilter_ = new QComboBox(this);
    actionFilter_ = new QComboBox(this);
    for (QComboBox* box : {reasonFilter_, actionFilter_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    overdueFilter_ = new QCheckBox(this);
    // On a narrow window the filters go on a second line.
    auto* filters = new FlowLayout;
    filters->addWidget(monthLabel_);
    filters->addWidget(month_);
    filters->addWidget(placeLabel_);
    filters->addWidget(place_);
    filters->addWidget(filterLabel_);
    filters->addWidget(reasonFilter_);
    filters->addWidget(actionFilter_);
    filters->addWidget(overdueFilter_);

    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setTextVisible(true);
    progress_->hide();
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();
    emptyNote_ = new QLabel(this);
    emptyNote_->setWordWrap(true);
    emptyNote_->setStyleSheet(QStringLiteral("color: #555555; padding: 6px;"));
    emptyNote_->hide();

    table_ = new QTableView(this);
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setSortingEnabled(false);
    table_->setWordWrap(false);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->setTextElideMode(Qt::ElideRight);
    // The name takes the room left; a narrow window scrolls sideways.
    nameColumn_ = new StretchColumn(table_, AttentionListModel::Name);
    count_ = new QLabel(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(progress_);
    layout->addWidget(error_);
    layout->addWidget(emptyNote_);
    layout->addWidget(table_, 1);
    layout->addWidget(count_);

    setTabOrder(month_, place_);
    setTabOrder(place_, reasonFilter_);
    setTabOrder(reasonFilter_, actionFilter_);
    setTabOrder(actionFilter_, overdueFilter_);
    setTabOrder(overdueFilter_, table_);
    setTabOrder(table_, openButton_);
    setTabOrder(openButton_, referButton_);
    setTabOrder(referButton_, counselButton_);

    connect(month_, &QComboBox::currentIndexChanged, this, &AttentionPage::reload);
    connect(place_, &QComboBox::currentIndexChanged, this, &AttentionPage::reload);
    for (QComboBox* box : {reasonFilter_, actionFilter_})
        connect(box, &QComboBox::currentIndexChanged, this, &AttentionPage::applyFilters);
    connect(overdueFilter_, &QCheckBox::toggled, this, &AttentionPage::applyFilters);
    connect(table_, &QTableView::activated, this, &AttentionPage::activateRow);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttentionPage::updateButtons);
    connect(openButton_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedChild())
            emit childActivated(*id);
    });
    connect(referButton_, &QPushButton::clicked, this, &AttentionPage::requestReferral);
    connect(counselButton_, &QPushButton::clicked, this, &AttentionPage::requestCounselling);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &AttentionPage::updateCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &AttentionPage::updateCount);
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &AttentionPage::updateCount);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &AttentionPage::updateCount);
}

void AttentionPage::retranslateUi()
{
    title_->setText(tr("Needs attention"));
    monthLabel_->setText(tr("&Month:"));
    placeLabel_->setText(tr("&Posyandu:"));
    openButton_->setText(tr("&Open record"));
    openButton_->setToolTip(tr("Open the selected child's record (Enter)"));
    referButton_->setText(tr("Refer…"));
    counselButton_->setText(tr("Record counselling…"));
    // After the texts: setText() replaces a button's shortcut by its mnemonic.
    referButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    counselButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    filterLabel_->setText(tr("Show:"));
    overdueFilter_->setText(tr("Overdue referrals only"));
    overdueFilter_->setToolTip(tr("Children whose referral is still waiting after its follow-up date"));
    fillMonths();
    fillPlaces();
    fillFilters();
    model_->retranslate();
    const QFontMetrics fm = table_->fontMetrics();
    auto* header = table_->horizontalHeader();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + 24);
    };
    fit(AttentionListModel::Name, QStringLiteral("Muhammad Rizky Pratama"));
    nameColumn_->setMinimumWidth(header->sectionSize(AttentionListModel::Name));
    fit(AttentionListModel::Age, QStringLiteral("4 th 11 bl"));
    fit(AttentionListModel::Mother, QStringLiteral("Siti Nurhaliza Rahma"));
    fit(AttentionListModel::RtRw, QStringLiteral("004/001"));
    fit(AttentionListModel::Posyandu, QStringLiteral("Posyandu Melati 12"));
    fit(AttentionListModel::Reasons, QStringLiteral("Sangat pendek, Gizi kurang, 2T"));
    fit(AttentionListModel::Action, QStringLiteral("Edukasi"));
    fit(AttentionListModel::Referral, QStringLiteral("Dirujuk — terlambat"));
    fit(AttentionListModel::Counselled, QStringLiteral("sudah diedukasi"));
    updateCount();
}

void AttentionPage::fillMonths()
{
    QList<QPair<QString, QVariant>> months;
    const QDate today = db_.today();
    QDate first(today.year(), today.month(), 1);
    const QDate chosen = month_->currentData().toDate();
    for (int i = 0; i < kMonthsBack; ++i) {
        const QDate m = first.addMonths(-i);
        months.append({QLocale().toString(m, QStringLiteral("MMMM yyyy")), m});
    }
    if (chosen.isValid() && (chosen > first || chosen < first.addMonths(1 - kMonthsBack)))
        months.prepend({QLocale().toString(chosen, QStringLiteral("MMMM yyyy")), chosen});
    const QSignalBlocker block(month_);
    setChoices(month_, months);
}

void AttentionPage::fillPlaces()
{
    auto places = store::PosyanduRepository(db_).list();
    QList<QPair<QString, QVariant>> items{{tr("All posyandu"), QVariant()}};
    if (places)
        for (const auto& p : *places)
            items.append({p.name, QVariant::fromValue(p.meta.id)});
    const QSignalBlocker block(place_);
    setChoices(place_, items);
}

void AttentionPage::fillFilters()
{
    const auto& rules = growth::defaultAttentionRules();
    QList<QPair<QString, QVariant>> reasons{{tr("Any reason"), QVariant()}};
    for (int c = 0; c < growth::kAttentionCodeCount; ++c) {
        const auto& rule = rules.rule(static_cast<growth::AttentionCode>(c));
        reasons.append({fromStd(DisplayText::indonesian() ? rule.shortId : rule.shortEn), c});
    }
    setChoices(reasonFilter_, reasons);
    setChoices(actionFilter_,
               {{tr("Any action"), QVariant()},
                {AttentionListModel::actionText(growth::ActionClass::Rujuk), int(growth::ActionClass::Rujuk)},
                {AttentionListModel::actionText(growth::ActionClass::Edukasi), int(growth::ActionClass::Edukasi)},
                {AttentionListModel::actionText(growth::ActionClass::Pantau), int(growth::ActionClass::Pantau)}});
}

void AttentionPage::applyFilters()
{
    const QVariant reason = reasonFilter_->currentData();
    proxy_->setReason(reason.isValid() ? std::optional(static_cast<growth::AttentionCode>(reason.toInt()))
                                       : std::nullopt);
    const QVariant action = actionFilter_->currentData();
    proxy_->setAction(action.isValid() ? std::optional(static_cast<growth::ActionClass>(action.toInt()))
                                       : std::nullopt);
    proxy_->setOverdueOnly(overdueFilter_->isChecked());
    updateCount();
}

QDate AttentionPage::month() const
{
    return month_->currentData().toDate();
}

void AttentionPage::setMonth(const QDate& anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (month_->findData(first) < 0) {
        const QSignalBlocker block(month_);
        month_->insertItem(0, QLocale().toString(first, QStringLiteral("MMMM yyyy")), first);
    }
    month_->setCurrentIndex(month_->findData(first)); // reloads when it changes
}

std::optional<store::RowId> AttentionPage::posyandu() const
{
    const QVariant v = place_->currentData();
    return v.isValid() ? std::optional(v.value<store::RowId>()) : std::nullopt;
}

void AttentionPage::setPosyandu(std::optional<store::RowId> posyanduId)
{
    const int at = posyanduId ? place_->findData(QVariant::fromValue(*posyanduId)) : 0;
    if (at >= 0)
        place_->setCurrentIndex(at);
}

void AttentionPage::markStale()
{
    stale_ = true;
    if (isVisible())
        refresh_->start();
}

void AttentionPage::ensureLoaded()
{
    if (stale_)
        reload();
}

void AttentionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureLoaded();
    updateButtons();
}

void AttentionPage::reload()
{
    stale_ = false;
    refresh_->stop();
    const int generation = ++generation_;
    loading_ = true;
    progress_->setValue(0);
    progress_->setFormat(tr("Making the list… %p%"));
    progress_->show();
    error_->hide();

    records::AtRiskQuery query;
    query.month = month().isValid() ? month() : db_.today();
    query.posyanduId = posyandu();
    query.today = db_.today();
    const QString path = db_.path();
    auto* worker = QThread::create([this, path, query, generation]() mutable {
        auto outcome = std::make_shared<Outcome>();
        store::OpenOptions options;
        options.createIfMissing = false;
        options.readOnly = true;
        options.quickCheck = false; // this program opened and checked the file already
        options.lockWait = std::chrono::milliseconds(0);
        auto db = store::Database::open(path, options);
        if (!db) {
            outcome->error = db.error().message;
        } else {
            query.progress = [this, generation](int percent) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, percent] {
                        if (generation == generation_)
                            progress_->setValue(percent);
                    },
                    Qt::QueuedConnection);
            };
            // The puskesmas's own rules (attention-rules.csv beside the database), or the built-in ones.
            const records::LoadedAttentionRules rules = records::loadAttentionRules(QFileInfo(path).absolutePath());
            outcome->rulesNote = rules.error;
            query.rules = rules.rules.get();
            auto rows = records::AtRiskList(**db).load(query);
            if (rows)
                outcome->rows = std::move(*rows);
            else
                outcome->error = rows.error().message;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { finished(generation, outcome); }, Qt::QueuedConnection);
    });
    workers_.push_back(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        std::erase(workers_, worker);
        worker->deleteLater();
    });
    worker->start();
}

void AttentionPage::finished(int generation, const std::shared_ptr<Outcome>& outcome)
{
    if (generation != generation_)
        return; // a newer list is on its way
    loading_ = false;
    progress_->hide();
    const std::optional<store::RowId> selected = selectedChild();
    if (!outcome->error.isEmpty()) {
        error_->setText(tr("The list could not be made: %1").arg(outcome->error));
        error_->show();
        model_->clear();
    } else {
        model_->load(std::move(outcome->rows));
        if (!outcome->rulesNote.isEmpty()) {
            error_->setText(outcome->rulesNote);
            error_->show();
        }
    }
    // Keep the child the user was on.
    if (selected)
        if (const int row = model_->rowOf(*selected); row >= 0) {
            const QModelIndex at = proxy_->mapFromSource(model_->index(row, AttentionListModel::Name));
            if (at.isValid())
                table_->selectRow(at.row());
        }
    table_->setColumnHidden(AttentionListModel::Posyandu, posyandu().has_value());
    updateCount();
    emit loaded();
}

bool AttentionPage::waitUntilLoaded(int milliseconds)
{
    if (!loading_)
        return true;
    QEventLoop loop;
    connect(this, &AttentionPage::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    return !loading_;
}

void AttentionPage::updateCount()
{
    const int shown = proxy_->rowCount();
    const int all = model_->rowCount();
    int counts[growth::kActionClassCount] = {};
    for (int r = 0; r < all; ++r)
        ++counts[static_cast<int>(model_->rowAt(r).action)];
    QString text = shown == all ? tr("Children who need attention: %1").arg(all)
                                : tr("Shown: %1 of %2 children").arg(shown).arg(all);
    if (all > 0)
        text += QStringLiteral("   ·   ")
              + tr("refer %1, counsel %2, watch %3")
                    .arg(counts[int(growth::ActionClass::Rujuk)])
                    .arg(counts[int(growth::ActionClass::Edukasi)])
                    .arg(counts[int(growth::ActionClass::Pantau)]);
    count_->setText(text);
    if (all == 0)
        emptyNote_->setText(tr("No child needs attention in this month."));
    else if (shown == 0)
        emptyNote_->setText(tr("No child matches the filters."));
    emptyNote_->setVisible(!loading_ && shown == 0 && error_->isHidden());
    updateButtons();
}

void AttentionPage::updateButtons()
{
    const bool any = selectedChild().has_value();
    openButton_->setEnabled(any);
    // Enabled once the window connects the dialogs (MainWindow decides).
    const bool canRefer = isSignalConnected(QMetaMethod::fromSignal(&AttentionPage::referRequested));
    const bool canCounsel = isSignalConnected(QMetaMethod::fromSignal(&AttentionPage::counselRequested));
    const bool writable = !db_.isReadOnly();
    referButton_->setEnabled(any && canRefer && writable);
    counselButton_->setEnabled(any && canCounsel && writable);
    referButton_->setToolTip(canRefer ? tr("Refer the selected child, with its reasons filled in (Ctrl+R)")
                                      : tr("Not available yet"));
    counselButton_->setToolTip(canCounsel ? tr("Record the counselling given to the family (Ctrl+E)")
                                          : tr("Not available yet"));
}

std::optional<store::RowId> AttentionPage::selectedChild() const
{
    const records::AtRiskChild* row = selectedRow();
    return row ? std::optional(row->childId) : std::nullopt;
}

const records::AtRiskChild* AttentionPage::selectedRow() const
{
    const QModelIndexList rows = table_->selectionModel() ? table_->selectionModel()->selectedRows()
                                                          : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = proxy_->mapToSource(rows.first());
    return source.isValid() ? &model_->rowAt(source.row()) : nullptr;
}

void AttentionPage::activateRow(const QModelIndex& proxyIndex)
{
    if (proxyIndex.isValid())
        emit childActivated(proxyIndex.data(AttentionListModel::ChildIdRole).value<store::RowId>());
}

void AttentionPage::requestReferral()
{
    if (const auto* row = selectedRow(); row && referButton_->isEnabled())
        emit referRequested(QUuid(row->uid), row->reasonCodes().split(QLatin1Char(';')));
}

void AttentionPage::requestCounselling()
{
    if (const auto* row = selectedRow(); row && counselButton_->isEnabled())
        emit counselRequested(QUuid(row->uid), QString::fromStdString(row->reasons.front().topic));
}

void AttentionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tumbuh::ui
