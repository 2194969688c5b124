#include "ui/child/childpage.h"

#include "records/outputguard.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "ui/charts/cardprinting.h"
#include "ui/child/childcard.h"
#include "ui/child/childchartsview.h"
#include "ui/child/childconsentview.h"
#include "ui/child/childfollowupview.h"
#include "ui/child/childprofileview.h"
#include "ui/child/childrightsactions.h"
#include "ui/child/measurementdialog.h"
#include "ui/child/measurementhistorymodel.h"
#include "ui/common/displaytext.h"
#include "ui/common/filedialogs.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/attentioncodes.h"
#include "ui/core/deletemeasurementcommand.h"
#include "ui/core/editmeasurementcommand.h"
#include "ui/register/childdialog.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tumbuh::ui {

ChildPage::ChildPage(store::Database& db, DataNotifier& notifier, CommandStack& commands, store::UserId user,
                     QWidget* parent)
    : QWidget(parent), db_(db), notifier_(notifier), commands_(commands), user_(user),
      stack_(new QStackedWidget(this)), empty_(new QLabel(this)), error_(new QLabel(this)),
      profile_(new ChildProfileView(this)), editChildButton_(new QPushButton(this)),
      historyTitle_(new QLabel(this)), editButton_(new QPushButton(this)), deleteButton_(new QPushButton(this)),
      table_(new QTableView(this)), model_(new MeasurementHistoryModel(this)), charts_(new ChildChartsView(this)),
      followUp_(new ChildFollowUpView(db, notifier, user, this)), consent_(new ChildConsentView(db, user, this)),
      printCardButton_(new QPushButton(this)), saveCardButton_(new QPushButton(this)),
      splitter_(new QSplitter(Qt::Vertical, this))
{
    if (auto who = store::signedInAs(db_, user_))
        viewer_ = *who;
    profile_->setViewer(viewer_);
    confirm_ = [this](const QString& title, const QString& question) {
        // Own button texts: Qt's standard ones would stay in English.
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        QPushButton* yes = box.addButton(tr("Yes, delete"), QMessageBox::DestructiveRole);
        QPushButton* no = box.addButton(tr("No"), QMessageBox::RejectRole);
        box.setDefaultButton(no);
        box.exec();
        return box.clickedButton() == yes;
    };
    runDialog_ = [](MeasurementDialog& dialog) { dialog.exec(); };

    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();

    QFont bold = historyTitle_->font();
    bold.setBold(true);
    historyTitle_->setFont(bold);

    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->setTextElideMode(Qt::ElideRight);
    // Never fewer than four visits in view: below that the page scrolls.
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height()
                             + 4 * table_->verticalHeader()->defaultSectionSize()
                             + table_->horizontalScrollBar()->sizeHint().height() + 2 * table_->frameWidth());
    editButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Delete acts on the table only (eventFilter): a key that removes data
    // should not work from wherever the focus happens to be.
    table_->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(profile_, 1);
    top->addWidget(editChildButton_, 0, Qt::AlignTop);
    rights_ = new ChildRightsActions(db, notifier, user, this); // Ekspor data anak, Anonimkan
    top->addWidget(rights_, 0, Qt::AlignTop);

    auto* historyBar = new QHBoxLayout;
    historyBar->addWidget(historyTitle_);
    historyBar->addStretch(1);
    historyBar->addWidget(editButton_);
    historyBar->addWidget(deleteButton_);

    auto* historyPane = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(table_);
    // The card is the charts on paper: its buttons sit beside the chart tabs.
    printCardButton_->setObjectName(QStringLiteral("printCardButton"));
    saveCardButton_->setObjectName(QStringLiteral("saveCardPdfButton"));
    printCardButton_->setShortcut(QKeySequence::Print);
    auto* cardButtons = new QWidget(this);
    auto* cardBar = new QHBoxLayout(cardButtons);
    cardBar->setContentsMargins(0, 0, 0, 2);
    cardBar->addWidget(printCardButton_);
    cardBar->addWidget(saveCardButton_);
    charts_->setCornerWidget(cardButtons, Qt::TopRightCorner);

    splitter_->addWidget(historyPane);
    splitter_->addWidget(followUp_);
    splitter_->addWidget(charts_);
    // About eight visits and a few referrals above a chart that is still
    // easy to read.
    splitter_->setStretchFactor(0, 4);
    splitter_->setStretchFactor(1, 2);
    splitter_->setStretchFactor(2, 5);
    splitter_->setSizes({250, 220, 430});
    splitter_->setChildrenCollapsible(false);

    // On a small screen (1024×600, or large text) the measurements, the
    // referrals and a readable chart keep their least height and scroll
    // under the child's name, rather than being squeezed into slivers.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("childRecordScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(splitter_);

    auto* record = new QWidget(this);
    auto* recordLayout = new QVBoxLayout(record);
    recordLayout->addLayout(top);
    recordLayout->addWidget(consent_);
    recordLayout->addWidget(error_);
    recordLayout->addWidget(scroll, 1);

    stack_->addWidget(empty_);
    stack_->addWidget(record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    connect(editChildButton_, &QPushButton::clicked, this, &ChildPage::editChild);
    connect(editButton_, &QPushButton::clicked, this, &ChildPage::editSelectedMeasurement);
    connect(deleteButton_, &QPushButton::clicked, this, &ChildPage::deleteSelectedMeasurement);
    connect(printCardButton_, &QPushButton::clicked, this, &ChildPage::printCard);
    connect(saveCardButton_, &QPushButton::clicked, this, &ChildPage::saveCardPdf);
    connect(table_, &QTableView::activated, this, &ChildPage::editSelectedMeasurement);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChildPage::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &ChildPage::updateButtons);

    const auto ifShown = [this](store::RowId id) {
        if (childId_ && *childId_ == id)
            reloadWhenShown();
    };
    connect(&notifier_, &DataNotifier::measurementsChanged, this, ifShown);
    connect(&notifier_, &DataNotifier::childChanged, this, ifShown);
    connect(&notifier_, &DataNotifier::householdChanged, this, [this](store::RowId id) {
        if (childId_ && child_.householdId == id)
            reloadWhenShown();
    });
    connect(&notifier_, &DataNotifier::childRemoved, this, [this](store::RowId id) {
        if (childId_ && *childId_ == id) {
            childId_.reset();
            reload();
        }
    });
    connect(&notifier_, &DataNotifier::databaseReplaced, this, [this] {
        childId_.reset();
        reload();
    });

    retranslateUi();
    reload();
}

void ChildPage::retranslateUi()
{
    empty_->setText(tr("Choose a child in the children register (double-click the name or press Enter)."));
    editChildButton_->setText(tr("Edit &child"));
    historyTitle_->setText(tr("Measurements"));
    editButton_->setText(tr("Change measurement…"));
    deleteButton_->setText(tr("Delete measurement…"));
    printCardButton_->setText(tr("Print card…"));
    printCardButton_->setToolTip(
        tr("Print the growth card for the mother: the weight and length/height charts and the latest result "
           "(Ctrl+P)"));
    saveCardButton_->setText(tr("Save card as PDF…"));
    saveCardButton_->setToolTip(tr("Save the growth card as a PDF file, to print later or send"));
    model_->retranslate();
    setColumnWidths();
    updateButtons();
}

void ChildPage::setColumnWidths()
{
    // Sized for the common values and the header in the language in use;
    // the longest labels ("Berat badan sangat kurang") are elided and whole
    // in the tooltip.
    const QFontMetrics fm = table_->fontMetrics();
    const QFontMetrics hm = table_->horizontalHeader()->fontMetrics();
    auto* header = table_->horizontalHeader();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = model_->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fm.horizontalAdvance(sample) + 20, hm.horizontalAdvance(title) + 20));
    };
    const auto labelled = [](growth::NutritionCategory c) {
        return DisplayText::z(-2.31) + QStringLiteral("  ") + DisplayText::category(c);
    };
    using growth::NutritionCategory;
    fit(MeasurementHistoryModel::Date, DisplayText::date(QDate(2026, 9, 28)));
    fit(MeasurementHistoryModel::Age, DisplayText::ageFromMonths(59));
    fit(MeasurementHistoryModel::Weight, QStringLiteral("10,25"));
    fit(MeasurementHistoryModel::Length, QStringLiteral("100,5 TB"));
    fit(MeasurementHistoryModel::Head, QStringLiteral("45,5"));
    fit(MeasurementHistoryModel::Arm, QStringLiteral("14,5"));
    fit(MeasurementHistoryModel::WeightForAge, labelled(NutritionCategory::Underweight));
    fit(MeasurementHistoryModel::LengthForAge, labelled(NutritionCategory::SeverelyStunted));
    fit(MeasurementHistoryModel::WeightForLength, labelled(NutritionCategory::Wasted));
    fit(MeasurementHistoryModel::BmiForAge, labelled(NutritionCategory::Wasted));
    fit(MeasurementHistoryModel::Weighing, QStringLiteral("2T"));
}

void ChildPage::reloadWhenShown()
{
    // A save on the posyandu-day page should not wait for this page's
    // charts: while hidden, the page only notes that it is out of date.
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    reload();
}

void ChildPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_)
        reload();
}

bool ChildPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table_ && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        deleteSelectedMeasurement();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChildPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChildPage::setFollowUpDays(int days)
{
    followUp_->setFollowUpDays(days);
}

std::optional<store::RowId> ChildPage::childId() const
{
    return childId_;
}

void ChildPage::showChild(store::RowId childId)
{
    childId_ = childId;
    reload();
    if (model_->rowCount() > 0)
        table_->selectRow(0);
}

void ChildPage::reload()
{
    stale_ = false;
    error_->hide();
    rights_->setChild(std::nullopt, {}, {});
    if (!childId_) {
        model_->clear();
        charts_->clear();
        followUp_->setChild(std::nullopt);
        consent_->setChild(std::nullopt);
        stack_->setCurrentIndex(0);
        return;
    }
    auto child = store::ChildRepository(db_).get(*childId_);
    if (!child) {
        childId_.reset();
        model_->clear();
        charts_->clear();
        followUp_->setChild(std::nullopt);
        consent_->setChild(std::nullopt);
        stack_->setCurrentIndex(0);
        return;
    }
    child_ = *child;
    rights_->setChild(child_.meta.id, child_.name, child_.meta.uid.toString(QUuid::WithoutBraces));
    auto history = store::MeasurementRepository(db_).history(child_.meta.id);
    if (!history) {
        error_->setText(tr("The measurements could not be read: %1").arg(history.error().message));
        error_->show();
        history_.clear();
    } else {
        history_ = std::move(*history);
    }
    std::optional<store::Household> household;
    if (child_.householdId)
        if (auto h = store::HouseholdRepository(db_).get(*child_.householdId))
            household = *h;
    posyanduName_.clear();
    if (auto p = store::PosyanduRepository(db_).get(child_.posyanduId))
        posyanduName_ = p->name;

    const auto selected = selectedRow();
    const store::RowId selectedId = selected ? model_->measurementAt(*selected).meta.id : 0;
    model_->setHistory(child_, history_);
    std::optional<growth::Assessment> latest;
    if (model_->rowCount() > 0)
        latest = model_->assessmentAt(0);
    profile_->setChild(child_, household, posyanduName_, db_.today(), latest);
    charts_->setHistory(child_, history_, posyanduName_);
    followUp_->setSuggestedReasons(referralReasonCodes(child_, history_, db_.today()));
    followUp_->setChild(child_.meta.id);
    consent_->setChild(child_.meta.id);
    if (const int row = model_->rowOf(selectedId); row >= 0)
        table_->selectRow(row);
    else if (model_->rowCount() > 0)
        table_->selectRow(0);
    stack_->setCurrentIndex(1);
    updateButtons();
}

std::optional<int> ChildPage::selectedRow() const
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().row();
}

void ChildPage::updateButtons()
{
    const bool any = selectedRow().has_value();
    const bool writable = !db_.isReadOnly();
    // A kader with a home posyandu changes only that posyandu's children
    // (store/access.h): the buttons say why they are grey.
    store::Result<void> mayEditChild;
    store::Result<void> mayEditMeasurements;
    if (childId_) {
        mayEditChild = viewer_.requireFor(store::Permission::EditRegister, child_.posyanduId);
        mayEditMeasurements = viewer_.requireFor(store::Permission::EditMeasurements, child_.posyanduId);
    }
    editButton_->setEnabled(any && writable && mayEditMeasurements);
    deleteButton_->setEnabled(any && writable && mayEditMeasurements);
    editChildButton_->setEnabled(childId_.has_value() && writable && mayEditChild);
    editChildButton_->setToolTip(mayEditChild ? tr("Change the child's or the family's data")
                                              : mayEditChild.error().message);
    editButton_->setToolTip(mayEditMeasurements ? tr("Change the selected measurement (Ctrl+E)")
                                                : mayEditMeasurements.error().message);
    deleteButton_->setToolTip(mayEditMeasurements
                                  ? tr("Delete the selected measurement (Delete); it can be undone with Ctrl+Z")
                                  : mayEditMeasurements.error().message);
    // A card can be printed from a file opened read-only too.
    printCardButton_->setEnabled(childId_.has_value());
    saveCardButton_->setEnabled(childId_.has_value());
}

std::optional<report::CardInput> ChildPage::card() const
{
    if (!childId_)
        return std::nullopt;
    return childCard(child_, history_, posyanduName_, report::CardPaper::A4, db_.today());
}

bool ChildPage::writeCardPdf(const QString& path, QString* error) const
{
    const auto c = card();
    if (!c) {
        if (error)
            *error = tr("No child is shown.");
        return false;
    }
    // The save dialog lets the user pick any file, the open database too.
    records::OutputGuard guard;
    guard.protectDatabase(db_.path());
    guard.protectEveryDatabase();
    if (auto free = guard.claim(path); !free) {
        if (error)
            *error = free.error().message;
        return false;
    }
    return report::writeCardPdf(*c, path, error);
}

QString ChildPage::suggestedCardPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(cardFileName(child_.name, child_.meta.uid));
}

void ChildPage::printCard()
{
    if (const auto c = card())
        printCardWithDialog(*c, this);
}

void ChildPage::saveCardPdf()
{
    if (!childId_)
        return;
    const QString path = FileDialogs::savePdf(this, tr("Save growth card"), suggestedCardPath());
    if (path.isEmpty())
        return;
    QString why;
    if (!writeCardPdf(path, &why)) {
        error_->setText(tr("The card could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), why));
        error_->show();
    }
}

void ChildPage::editChild()
{
    if (!childId_)
        return;
    // The command tells the notifier; this page follows through it.
    ChildDialog dialog(db_, commands_, notifier_, user_, *childId_, child_.posyanduId, this);
    dialog.exec();
}

void ChildPage::editSelectedMeasurement()
{
    const auto row = selectedRow();
    if (!row || db_.isReadOnly())
        return;
    const store::Measurement m = model_->measurementAt(*row);
    std::vector<store::Measurement> others;
    for (const auto& h : history_)
        if (h.meta.id != m.meta.id)
            others.push_back(h);
    const store::Child child = child_;
    MeasurementDialog dialog(
        db_, child, others, m, [this, &child](const store::Measurement& changed) {
            return commands_.push(std::make_unique<EditMeasurementCommand>(db_, notifier_, changed, user_, child.name));
        },
        this);
    runDialog_(dialog);
}

void ChildPage::deleteSelectedMeasurement()
{
    const auto row = selectedRow();
    if (!row || db_.isReadOnly())
        return;
    const store::Measurement m = model_->measurementAt(*row);
    QStringList values;
    if (m.weight)
        values << tr("weight %1 kg").arg(DisplayText::kg(m.weight));
    if (m.length)
        values << tr("length/height %1 cm").arg(DisplayText::cm(m.length));
    const QString question = tr("Delete the measurement of %1 on %2 (%3)?\n\nThe deletion is recorded in the audit log and can be "
                                "undone with Ctrl+Z.")
                                 .arg(child_.name, DisplayText::date(m.date), values.join(QStringLiteral(", ")));
    if (!confirm_(tr("Delete measurement"), question))
        return;
    const auto done = commands_.push(std::make_unique<DeleteMeasurementCommand>(db_, notifier_, m.meta.id, user_, child_.name));
    if (!done) {
        error_->setText(done.error().message);
        error_->show();
    }
}

} // namespace tumbuh::ui
