#include "ui/audit/auditdialog.h"

#include "records/audit/auditcsv.h"
#include "records/audit/auditwords.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "ui/audit/audittablemodel.h"
#include "ui/common/dialogscrollarea.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace tumbuh::ui {
namespace {

// A date edit whose lowest date means "no bound", shown as "—".
const QDate kNoDate(2000, 1, 1);

constexpr int kWhoRole = Qt::UserRole + 1;

QDateEdit* dateEdit(QWidget* parent)
{
    auto* d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    d->setMinimumDate(kNoDate);
    d->setSpecialValueText(QStringLiteral("—"));
    d->setDate(kNoDate);
    return d;
}

QDate boundOf(const QDateEdit* d)
{
    return d->date() == kNoDate ? QDate() : d->date();
}

// The tables of the log, in the order the combo lists them.
const char* const kTables[] = {"children", "measurements", "referrals", "referral_events", "counselling",
                               "consents", "households", "posyandu", "users"};

} // namespace

AuditDialog::AuditDialog(store::Database& db, store::SignedInUser viewer, QWidget* parent)
    : QDialog(parent), db_(db), viewer_(std::move(viewer)),
      model_(new AuditTableModel(db, records::AuditWords(viewer_), this)), user_(new QComboBox(this)),
      tableChoice_(new QComboBox(this)), child_(new QLineEdit(this)), childChoices_(new QStandardItemModel(this)),
      from_(dateEdit(this)), to_(dateEdit(this)), table_(new QTableView(this)), detail_(new QTextBrowser(this)),
      status_(new QLabel(this)), export_(new QPushButton(tr("Export CSV…"), this))
{
    setWindowTitle(tr("Audit log"));
    buildFilters();

    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(AuditTableModel::Time, 150);
    table_->setColumnWidth(AuditTableModel::User, 150);
    table_->setColumnWidth(AuditTableModel::Table, 110);
    table_->setColumnWidth(AuditTableModel::Child, 170);
    table_->setColumnWidth(AuditTableModel::Action, 100);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditDialog::showDetail);
    detail_->setPlaceholderText(tr("Choose a row to see the change in full."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(detail_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(export_, QDialogButtonBox::ActionRole);
    export_->setToolTip(tr("Every row that matches the filters, for an inspector"));
    connect(export_, &QPushButton::clicked, this, &AuditDialog::askAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filters = new QFormLayout;
    auto* dates = new QHBoxLayout;
    dates->addWidget(from_);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(to_);
    dates->addStretch(1);
    filters->addRow(tr("User:"), user_);
    filters->addRow(tr("Table:"), tableChoice_);
    filters->addRow(tr("Child:"), child_);
    filters->addRow(tr("Dates from:"), dates);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status_, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    DialogScrollArea::setPreferredSize(this, QSize(1100, 700));
    DialogScrollArea::fitWhenShown(this);

    reload();
}

void AuditDialog::buildFilters()
{
    user_->addItem(tr("Everyone"), static_cast<int>(records::AuditFilter::Who::Anyone));
    user_->addItem(AuditTableModel::programText(), static_cast<int>(records::AuditFilter::Who::Program));
    if (auto users = store::UserRepository(db_).list()) {
        for (const store::User& u : *users) {
            user_->addItem(u.active ? u.name : tr("%1 (deactivated)").arg(u.name),
                           static_cast<int>(records::AuditFilter::Who::User));
            user_->setItemData(user_->count() - 1, static_cast<qlonglong>(u.meta.id), kWhoRole);
        }
    }
    tableChoice_->addItem(tr("Every table"), QString());
    for (const char* t : kTables) {
        const QString table = QString::fromLatin1(t);
        tableChoice_->addItem(records::AuditWords::tableNoun(table), table);
    }

    child_->setPlaceholderText(tr("Type a child's name and pick it (empty: every child)"));
    child_->setClearButtonEnabled(true);
    auto* completer = new QCompleter(childChoices_, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    child_->setCompleter(completer);
    connect(child_, &QLineEdit::textEdited, this, &AuditDialog::childTextEdited);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const QVariant id = index.data(Qt::UserRole);
        if (id.isValid())
            setChildFilter(id.toLongLong(), index.data(Qt::DisplayRole).toString());
    });

    const auto changed = [this] {
        if (!loading_)
            reload();
    };
    connect(user_, &QComboBox::currentIndexChanged, this, changed);
    connect(tableChoice_, &QComboBox::currentIndexChanged, this, changed);
    connect(from_, &QDateEdit::dateChanged, this, changed);
    connect(to_, &QDateEdit::dateChanged, this, changed);
}

void AuditDialog::childTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        if (childId_) {
            childId_.reset();
            reload();
        }
        return;
    }
    childChoices_->clear();
    auto found = records::AuditQuery::childrenNamed(db_, text);
    if (!found)
        return;
    for (const records::AuditChildChoice& c : *found) {
        auto* item = new QStandardItem(QStringLiteral("%1 (%2)").arg(c.name, c.birthDate.toString(QStringLiteral("dd-MM-yyyy"))));
        item->setData(static_cast<qlonglong>(c.id), Qt::UserRole);
        childChoices_->appendRow(item);
    }
}

records::AuditFilter AuditDialog::filter() const
{
    records::AuditFilter f;
    f.who = static_cast<records::AuditFilter::Who>(user_->currentData().toInt());
    f.userId = user_->currentData(kWhoRole).toLongLong();
    f.table = tableChoice_->currentData().toString();
    f.childId = childId_;
    f.from = boundOf(from_);
    f.to = boundOf(to_);
    return f;
}

void AuditDialog::setUserFilter(records::AuditFilter::Who who, store::UserId userId)
{
    for (int i = 0; i < user_->count(); ++i) {
        if (static_cast<records::AuditFilter::Who>(user_->itemData(i).toInt()) == who
            && (who != records::AuditFilter::Who::User || user_->itemData(i, kWhoRole).toLongLong() == userId)) {
            user_->setCurrentIndex(i);
            return;
        }
    }
}

void AuditDialog::setTableFilter(const QString& table)
{
    const int i = tableChoice_->findData(table);
    tableChoice_->setCurrentIndex(i < 0 ? 0 : i);
}

void AuditDialog::setChildFilter(std::optional<store::RowId> childId, const QString& name)
{
    childId_ = childId;
    child_->setText(childId ? name : QString());
    reload();
}

void AuditDialog::setDateFilter(const QDate& from, const QDate& to)
{
    loading_ = true;
    from_->setDate(from.isValid() ? from : kNoDate);
    to_->setDate(to.isValid() ? to : kNoDate);
    loading_ = false;
    reload();
}

void AuditDialog::reload()
{
    detail_->clear();
    if (!model_->setFilter(filter())) {
        status_->setText(model_->lastError());
        return;
    }
    status_->setText(model_->canFetchMore({}) ? tr("The newest %1 rows; scroll down for more.").arg(model_->rowCount())
                                              : tr("%n row(s).", nullptr, model_->rowCount()));
}

void AuditDialog::selectRow(int row)
{
    table_->selectRow(row);
    table_->setCurrentIndex(model_->index(row, 0));
}

QString AuditDialog::detailText() const
{
    return detail_->toPlainText();
}

void AuditDialog::showDetail()
{
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid()) {
        detail_->clear();
        return;
    }
    const records::AuditRow& r = model_->rowAt(current.row());
    QStringList text;
    text << tr("%1 · %2 · %3 %4")
                .arg(r.entry.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")),
                     r.entry.userId ? r.userName : AuditTableModel::programText(),
                     records::AuditWords::tableNoun(r.entry.table), records::AuditWords::actionWord(r.entry.action));
    if (!r.childName.isEmpty())
        text << tr("Child: %1").arg(r.childName);
    text << QString();
    const QStringList lines = model_->words().lines(r.entry, r.redacted);
    if (lines.isEmpty())
        text << tr("No field changed.");
    text << lines;
    detail_->setPlainText(text.join(QLatin1Char('\n')));
}

store::Result<qint64> AuditDialog::exportTo(const QString& path)
{
    if (auto allowed = viewer_.require(store::Permission::ViewAudit); !allowed)
        return allowed.error();
    return records::AuditCsv::write(db_, filter(), model_->words(), path);
}

void AuditDialog::askAndExport()
{
    const QString suggested = QDir(QFileInfo(db_.path()).absolutePath())
                                  .filePath(QStringLiteral("log-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    QFileDialog dialog(this, tr("Export the audit log"), suggested, tr("CSV (*.csv)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setLabelText(QFileDialog::Accept, tr("&Save"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    auto written = exportTo(path);
    if (!written) {
        QMessageBox::warning(this, tr("Audit log not exported"), written.error().message);
        return;
    }
    status_->setText(tr("%n row(s) written to %1.", nullptr, static_cast<int>(*written)).arg(QDir::toNativeSeparators(path)));
}

} // namespace tumbuh::ui
