#include "ui/child/childfollowupview.h"

#include "records/followup/slipdata.h"
#include "records/outputguard.h"
#include "report/referralslip.h"
#include "store/access.h"
#include "store/childrepository.h"
#include "store/counsellingrepository.h"
#include "store/database.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"
#include "ui/common/displaytext.h"
#include "ui/common/filedialogs.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/counsellingdialog.h"
#include "ui/followup/followuptext.h"
#include "ui/followup/householddialog.h"
#include "ui/followup/referraldialog.h"
#include "ui/followup/referralstatusdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, int columns)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTextElideMode(Qt::ElideRight);
    // Two rows always in view; below that the child's page scrolls.
    const int row = t->fontMetrics().height() + 8;
    t->verticalHeader()->setDefaultSectionSize(row);
    t->setMinimumHeight(t->horizontalHeader()->sizeHint().height() + 2 * row
                        + t->horizontalScrollBar()->sizeHint().height() + 2 * t->frameWidth());
    return t;
}

// Wide enough for the usual text; a long one (the reasons) is elided and
// whole in the tooltip, so that every column stays on screen.
void fitColumns(QTableWidget* t)
{
    t->resizeColumnsToContents();
    const int widest = t->fontMetrics().horizontalAdvance(QStringLiteral("dirujuk — terlambat 100 hari")) + 40;
    for (int c = 0; c < t->columnCount() - 1; ++c)
        t->setColumnWidth(c, std::min(t->columnWidth(c), widest));
}

QTableWidgetItem* item(const QString& text, const QString& tooltip = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return i;
}

} // namespace

ChildFollowUpView::ChildFollowUpView(store::Database& db, DataNotifier& notifier, store::UserId user, QWidget* parent)
    : QWidget(parent), db_(db), notifier_(notifier), user_(user), title_(new QLabel(this)),
      referralsTitle_(new QLabel(this)), counsellingTitle_(new QLabel(this)),
      referrals_(makeTable(this, ReferralColumnCount)), counselling_(makeTable(this, CounsellingColumnCount)),
      referButton_(new QPushButton(this)), statusButton_(new QPushButton(this)), counselButton_(new QPushButton(this)),
      householdButton_(new QPushButton(this)), printSlipButton_(new QPushButton(this)),
      saveSlipButton_(new QPushButton(this)), error_(new QLabel(this))
{
    setObjectName(QStringLiteral("childFollowUp"));
    runDialog_ = [](QDialog& dialog) { dialog.exec(); };
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    referButton_->setObjectName(QStringLiteral("referButton"));
    statusButton_->setObjectName(QStringLiteral("referralStatusButton"));
    counselButton_->setObjectName(QStringLiteral("counselButton"));
    householdButton_->setObjectName(QStringLiteral("householdButton"));
    referButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    printSlipButton_->setObjectName(QStringLiteral("printSlipButton"));
    saveSlipButton_->setObjectName(QStringLiteral("saveSlipPdfButton"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(title_);
    bar->addStretch(1);
    bar->addWidget(referButton_);
    bar->addWidget(statusButton_);
    bar->addWidget(counselButton_);
    bar->addWidget(householdButton_);

    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* referralsBar = new QHBoxLayout;
    referralsBar->addWidget(referralsTitle_);
    referralsBar->addStretch(1);
    referralsBar->addWidget(printSlipButton_);
    referralsBar->addWidget(saveSlipButton_);
    left->addLayout(referralsBar);
    left->addWidget(referrals_);
    auto* right = new QVBoxLayout;
    right->addWidget(counsellingTitle_);
    right->addWidget(counselling_);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(error_);
    layout->addLayout(lists, 1);

    connect(referButton_, &QPushButton::clicked, this, &ChildFollowUpView::refer);
    connect(statusButton_, &QPushButton::clicked, this, &ChildFollowUpView::changeStatus);
    connect(counselButton_, &QPushButton::clicked, this, &ChildFollowUpView::recordCounselling);
    connect(householdButton_, &QPushButton::clicked, this, &ChildFollowUpView::showHousehold);
    connect(printSlipButton_, &QPushButton::clicked, this, &ChildFollowUpView::printSlip);
    connect(saveSlipButton_, &QPushButton::clicked, this, &ChildFollowUpView::saveSlipPdf);
    connect(referrals_, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        emit referralSelected();
    });
    connect(referrals_, &QTableWidget::cellActivated, this, [this] { changeStatus(); });
    const auto ifShown = [this](store::RowId id) {
        if (childId_ && *childId_ == id)
            reload();
    };
    connect(&notifier_, &DataNotifier::referralsChanged, this, ifShown);
    connect(&notifier_, &DataNotifier::counsellingChanged, this, ifShown);

    retranslateUi();
}

void ChildFollowUpView::retranslateUi()
{
    title_->setText(tr("Referrals & counselling"));
    referralsTitle_->setText(tr("Referrals"));
    counsellingTitle_->setText(tr("Counselling (edukasi)"));
    referButton_->setText(tr("&Refer…"));
    // After the text: setText() replaces a button's shortcut by its mnemonic.
    referButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    referButton_->setToolTip(tr("Refer the child or the family to the puskesmas or another service (Ctrl+R)"));
    statusButton_->setText(tr("Change &status…"));
    statusButton_->setToolTip(tr("Record what happened to the selected referral: arrived, completed, did not come, "
                                 "cancelled"));
    counselButton_->setText(tr("Record co&unselling…"));
    counselButton_->setToolTip(tr("Record the counselling (edukasi) given to the family"));
    householdButton_->setText(tr("See &family…"));
    householdButton_->setToolTip(tr("The household: address, notes, every child with its status, open referrals"));
    printSlipButton_->setText(tr("&Print referral slip…"));
    printSlipButton_->setToolTip(tr("Print the referral slip (surat rujukan, A5) of the selected referral for the family "
                                    "to take along"));
    saveSlipButton_->setText(tr("Save PDF…"));
    saveSlipButton_->setToolTip(tr("Save the referral slip of the selected referral as a PDF file"));
    referrals_->setHorizontalHeaderLabels(
        {tr("Date"), tr("Status"), tr("Destination"), tr("Follow up"), tr("For"), tr("Reasons"), tr("Last note")});
    counselling_->setHorizontalHeaderLabels({tr("Date"), tr("Topic"), tr("By"), tr("Note")});
    reload();
}

void ChildFollowUpView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChildFollowUpView::setChild(std::optional<store::RowId> childId)
{
    childId_ = childId;
    destinations_ = records::loadDestinations(QFileInfo(db_.path()).absolutePath()).destinations;
    reload();
}

void ChildFollowUpView::reload()
{
    const std::optional<store::RowId> selected = [this]() -> std::optional<store::RowId> {
        if (const auto r = selectedReferral())
            return r->meta.id;
        return std::nullopt;
    }();
    referrals_->setRowCount(0);
    counselling_->setRowCount(0);
    rows_.clear();
    householdId_.reset();
    if (!childId_) {
        updateButtons();
        return;
    }
    if (auto child = store::ChildRepository(db_).get(*childId_))
        householdId_ = child->householdId;
    const QDate today = db_.today();
    if (auto list = store::ReferralRepository(db_).forChild(*childId_)) {
        // Newest first: the open referral a cadre follows up is usually the last one made.
        rows_.assign(list->rbegin(), list->rend());
    }
    store::ReferralEventRepository events(db_);
    referrals_->setRowCount(static_cast<int>(rows_.size()));
    for (int row = 0; row < static_cast<int>(rows_.size()); ++row) {
        const store::Referral& r = rows_[static_cast<std::size_t>(row)];
        const bool secret = store::isConfidential(r);
        referrals_->setItem(row, Date, item(DisplayText::date(r.referredOn)));
        referrals_->setItem(row, For, item(r.forHousehold ? tr("family") : tr("child")));
        referrals_->setItem(row, Destination, item(FollowUpText::destinationWord(destinations_, r.destination)));
        QString reasons = FollowUpText::reasonsText(r.reasons);
        if (secret)
            reasons = FollowUpText::confidentialWord() + QStringLiteral(": ") + reasons;
        referrals_->setItem(row, Reasons, item(reasons));
        QString status = store::statusWord(r.status);
        const int late = store::daysOverdue(r, today);
        if (late > 0)
            status = tr("%1 — overdue %n day(s)", nullptr, late).arg(status);
        auto* statusItem = item(status);
        if (late > 0) {
            statusItem->setForeground(QColor(0xb7, 0x1c, 0x1c));
            QFont f = statusItem->font();
            f.setBold(true);
            statusItem->setFont(f);
        }
        referrals_->setItem(row, Status, statusItem);
        QString follow = DisplayText::date(r.followUpOn);
        if (r.closedOn.isValid())
            follow = tr("closed %1").arg(DisplayText::date(r.closedOn));
        else if (r.arrivedOn.isValid())
            follow = tr("arrived %1").arg(DisplayText::date(r.arrivedOn));
        referrals_->setItem(row, FollowUp, item(follow));
        QString note;
        if (auto history = events.history(r.meta.id))
            for (const auto& e : *history)
                if (!e.note.isEmpty())
                    note = e.note;
        referrals_->setItem(row, Note, item(note));
        if (selected && r.meta.id == *selected)
            referrals_->selectRow(row);
    }
    if (referrals_->currentRow() < 0 && !rows_.empty())
        referrals_->selectRow(0);

    if (auto list = store::CounsellingRepository(db_).forChild(*childId_)) {
        const int n = static_cast<int>(list->size());
        counselling_->setRowCount(n);
        for (int row = 0; row < n; ++row) {
            const store::Counselling& c = (*list)[static_cast<std::size_t>(n - 1 - row)]; // newest first
            counselling_->setItem(row, CounselDate, item(DisplayText::date(c.counselledOn)));
            counselling_->setItem(row, Topic, item(FollowUpText::topicWord(c.topic)));
            counselling_->setItem(row, By, item(c.counselledBy));
            counselling_->setItem(row, CounselNote, item(c.notes));
        }
    }
    fitColumns(referrals_);
    fitColumns(counselling_);
    updateButtons();
}

std::optional<store::Referral> ChildFollowUpView::selectedReferral() const
{
    const auto rows = referrals_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto at = static_cast<std::size_t>(rows.first().row());
    if (at >= rows_.size())
        return std::nullopt;
    return rows_[at];
}

void ChildFollowUpView::updateButtons()
{
    const bool writable = !db_.isReadOnly();
    const auto r = selectedReferral();
    referButton_->setEnabled(childId_.has_value() && writable);
    counselButton_->setEnabled(childId_.has_value() && writable);
    statusButton_->setEnabled(r.has_value() && writable && !store::nextSteps(r->status).empty());
    householdButton_->setEnabled(householdId_.has_value());
    // A slip can be printed from a file opened read-only too.
    printSlipButton_->setEnabled(r.has_value());
    saveSlipButton_->setEnabled(r.has_value());
}

bool ChildFollowUpView::writeSlipPdf(const QString& path, QString* error) const
{
    const auto r = selectedReferral();
    if (!r) {
        if (error)
            *error = tr("Choose a referral in the list first.");
        return false;
    }
    auto slip = records::referralSlipInput(db_, r->meta.uid);
    if (slip) {
        // The slip shows the NIK as the signed-in role may see it.
        const auto who = store::signedInAs(db_, user_);
        slip->nik = who ? who->nik(slip->nik) : store::maskNik(slip->nik);
    }
    if (!slip) {
        if (error)
            *error = slip.error().message;
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
    return report::writeReferralSlipPdf(*slip, path, error);
}

QString ChildFollowUpView::suggestedSlipPath() const
{
    QString name = QStringLiteral("surat-rujukan");
    if (const auto r = selectedReferral()) {
        QString child;
        if (auto c = store::ChildRepository(db_).get(r->childId))
            child = c->name;
        child.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
        name += QLatin1Char('-') + child.toLower() + QLatin1Char('-') + r->referredOn.toString(Qt::ISODate);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name + QStringLiteral(".pdf"));
}

void ChildFollowUpView::printSlip()
{
    const auto r = selectedReferral();
    if (!r)
        return;
    auto slip = records::referralSlipInput(db_, r->meta.uid);
    if (slip) {
        // The slip shows the NIK as the signed-in role may see it.
        const auto who = store::signedInAs(db_, user_);
        slip->nik = who ? who->nik(slip->nik) : store::maskNik(slip->nik);
    }
    if (!slip) {
        error_->setText(slip.error().message);
        error_->show();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(tr("Referral slip"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print referral slip"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    report::printReferralSlip(*slip, printer);
}

void ChildFollowUpView::saveSlipPdf()
{
    if (!selectedReferral())
        return;
    const QString path = FileDialogs::savePdf(this, tr("Save referral slip"), suggestedSlipPath());
    if (path.isEmpty())
        return;
    QString why;
    if (!writeSlipPdf(path, &why)) {
        error_->setText(tr("The slip could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), why));
        error_->show();
        return;
    }
    error_->hide();
}

void ChildFollowUpView::refer()
{
    if (!childId_ || db_.isReadOnly())
        return;
    ReferralDialog dialog(db_, notifier_, user_, *childId_, suggested_, followUpDays_, this);
    runDialog_(dialog);
}

void ChildFollowUpView::changeStatus()
{
    const auto r = selectedReferral();
    if (!r || db_.isReadOnly())
        return;
    ReferralStatusDialog dialog(db_, notifier_, user_, r->meta.id, this);
    runDialog_(dialog);
}

void ChildFollowUpView::recordCounselling()
{
    if (!childId_ || db_.isReadOnly())
        return;
    CounsellingDialog dialog(db_, notifier_, user_, *childId_, {}, this);
    runDialog_(dialog);
}

void ChildFollowUpView::showHousehold()
{
    if (!childId_ || !householdId_)
        return;
    HouseholdDialog dialog(db_, notifier_, *childId_, this);
    runDialog_(dialog);
}

} // namespace tumbuh::ui
