#include "ui/report/reportpage.h"

#include "records/monthly/monthlycsv.h"
#include "records/monthly/monthlyloader.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "report/monthly/monthlylabels.h"
#include "report/monthly/monthlypdf.h"
#include "report/monthly/monthlyxlsx.h"
#include "store/database.h"
#include "store/posyandurepository.h"
#include "ui/common/filedialogs.h"
#include "ui/common/flowlayout.h"
#include "ui/report/reporttablemodel.h"
#include "ui/report/reporttables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace tumbuh::ui {

struct ReportPage::Outcome {
    std::optional<report::MonthlyReport> report;
    QString error;
};

namespace {

constexpr int kMonthsBack = 24;

std::chrono::year_month toYearMonth(const QDate& d)
{
    return std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())};
}

int monthKey(std::chrono::year_month m)
{
    return static_cast<int>(m.year()) * 12 + static_cast<int>(static_cast<unsigned>(m.month())) - 1;
}

std::chrono::year_month fromKey(int key)
{
    return std::chrono::year{key / 12} / std::chrono::month{static_cast<unsigned>(key % 12 + 1)};
}

QTableView* makeView(ReportTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Each table is shown whole; the tab around it scrolls (a report is
    // read as a page, not through a small window per table).
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return view;
}

// Makes `view` exactly as large as its rows and columns, after its model
// changed.
void fitToContents(QTableView* view)
{
    QHeaderView* columns = view->horizontalHeader();
    columns->resizeSections(QHeaderView::ResizeToContents);
    const int frame = 2 * view->frameWidth();
    view->setFixedWidth(columns->length() + frame);
    view->setFixedHeight(columns->sizeHint().height() + view->verticalHeader()->length() + frame);
}

// A tab's page in a scroll area: on a small screen the tables scroll as one.
QScrollArea* scrolling(QWidget* page, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

// Counts in the worker thread, on a connection of its own (a read-only open
// takes no writer lock and leaves nothing behind).
std::shared_ptr<ReportPage::Outcome> compute(const QString& path, std::chrono::year_month month,
                                             const QStringList& scope, const QString& madeBy,
                                             const store::SignedInUser& user)
{
    auto outcome = std::make_shared<ReportPage::Outcome>();
    store::OpenOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    options.quickCheck = false; // this program opened and checked the file already
    auto db = store::Database::open(path, options);
    if (!db) {
        outcome->error = db.error().message;
        return outcome;
    }
    // Files saved from the page show NIKs masked (no "full NIK" request).
    auto policy = records::NamedPolicy::make(**db, user, false);
    if (!policy) {
        outcome->error = policy.error().message;
        return outcome;
    }
    auto input = records::MonthlyLoader(**db, *policy).load(month, scope);
    if (!input) {
        outcome->error = input.error().message;
        return outcome;
    }
    if (!madeBy.isEmpty())
        input->madeBy = madeBy;
    outcome->report = report::computeMonthlyReport(*input);
    return outcome;
}

} // namespace

ReportPage::ReportPage(store::Database& db, QWidget* parent)
    : QWidget(parent), db_(db), monthLabel_(new QLabel(this)), month_(new QComboBox(this)), scopeLabel_(new QLabel(this)), scope_(new QComboBox(this)), excelButton_(new QPushButton(this)), csvButton_(new QPushButton(this)), pdfButton_(new QPushButton(this)), printButton_(new QPushButton(this)), progress_(new QProgressBar(this)), status_(new QLabel(this)), title_(new QLabel(this)), tabs_(new QTabWidget(this)), ratioTitle_(new QLabel(this)), prevalenceTitle_(new QLabel(this)), skdnModel_(new ReportTableModel(this)), ratioModel_(new ReportTableModel(this)), statusModel_(new ReportTableModel(this)), prevalenceModel_(new ReportTableModel(this)), comparisonModel_(new ReportTableModel(this))
{
    skdnView_ = makeView(skdnModel_, this);
    ratioView_ = makeView(ratioModel_, this);
    statusView_ = makeView(statusModel_, this);
    prevalenceView_ = makeView(prevalenceModel_, this);
    comparisonView_ = makeView(comparisonModel_, this);

    monthLabel_->setBuddy(month_);
    scopeLabel_->setBuddy(scope_);
    month_->setMinimumContentsLength(14);
    scope_->setMinimumContentsLength(24);
    scope_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMonths();
    fillScopes();

    // On a narrow window the buttons go under the choices.
    auto* choices = new FlowLayout;
    choices->addWidget(monthLabel_);
    choices->addWidget(month_);
    choices->addWidget(scopeLabel_);
    choices->addWidget(scope_);
    for (QPushButton* b : {excelButton_, csvButton_, pdfButton_, printButton_})
        choices->addWidget(b);

    progress_->setRange(0, 0); // busy: the loader does not say how far it is
    progress_->setMaximumWidth(220);
    progress_->setTextVisible(false);
    progress_->hide();
    auto* state = new QHBoxLayout;
    state->addWidget(progress_);
    state->addWidget(status_, 1);
    status_->setWordWrap(true);

    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title_->setFont(big);

    title_->setWordWrap(true);
    prevalenceTitle_->setWordWrap(true);
    auto* skdnPage = new QWidget(this);
    auto* skdnLayout = new QVBoxLayout(skdnPage);
    skdnLayout->addWidget(skdnView_);
    skdnLayout->addWidget(ratioTitle_);
    skdnLayout->addWidget(ratioView_);
    skdnLayout->addStretch(1);
    auto* statusPage = new QWidget(this);
    auto* statusLayout = new QVBoxLayout(statusPage);
    statusLayout->addWidget(statusView_);
    statusLayout->addWidget(prevalenceTitle_);
    statusLayout->addWidget(prevalenceView_);
    statusLayout->addStretch(1);
    auto* comparison = new QWidget(this);
    auto* comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->addWidget(comparisonView_);
    comparisonLayout->addStretch(1);
    comparisonPage_ = scrolling(comparison, this);
    tabs_->addTab(scrolling(skdnPage, this), QString());
    tabs_->addTab(scrolling(statusPage, this), QString());
    tabs_->addTab(comparisonPage_, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(state);
    layout->addWidget(title_);
    layout->addWidget(tabs_, 1);

    connect(month_, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(scope_, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(excelButton_, &QPushButton::clicked, this, &ReportPage::saveExcelClicked);
    connect(csvButton_, &QPushButton::clicked, this, &ReportPage::saveCsvClicked);
    connect(pdfButton_, &QPushButton::clicked, this, &ReportPage::savePdfClicked);
    connect(printButton_, &QPushButton::clicked, this, &ReportPage::printClicked);
    retranslateUi();
    updateButtons();
}

ReportPage::~ReportPage()
{
    // The worker posts its result to this page: let it finish first (its
    // queued result is then dropped with the page).
    if (worker_) {
        worker_->wait();
        delete worker_;
    }
}

void ReportPage::fillMonths()
{
    const QSignalBlocker block(month_);
    month_->clear();
    const QDate today = db_.today();
    const int last = monthKey(toYearMonth(today));
    for (int k = last; k > last - kMonthsBack; --k)
        month_->addItem(report::monthText(fromKey(k)), k);
    // The report goes to the puskesmas in the first days of the next month:
    // until the 10th the page opens on the month just ended.
    month_->setCurrentIndex(today.day() <= 10 ? 1 : 0);
}

void ReportPage::fillScopes()
{
    const QSignalBlocker block(scope_);
    const QString chosen = scope_->currentData().toString();
    scope_->clear();
    scope_->addItem(tr("All posyandu in the file"), QString());
    if (auto list = store::PosyanduRepository(db_).list())
        for (const store::Posyandu& p : *list)
            scope_->addItem(p.name, p.meta.uid.toString(QUuid::WithoutBraces));
    const int at = scope_->findData(chosen);
    scope_->setCurrentIndex(at < 0 ? 0 : at);
}

void ReportPage::selectMonth(std::chrono::year_month month)
{
    const int at = month_->findData(monthKey(month));
    if (at >= 0)
        month_->setCurrentIndex(at);
}

std::chrono::year_month ReportPage::selectedMonth() const
{
    return fromKey(month_->currentData().toInt());
}

void ReportPage::selectScope(const QString& posyanduUid)
{
    const int at = scope_->findData(posyanduUid);
    if (at >= 0)
        scope_->setCurrentIndex(at);
}

QString ReportPage::selectedScope() const { return scope_->currentData().toString(); }

void ReportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Fresh numbers each time the page is opened: a posyandu day may have
    // added weighings since.
    fillScopes();
    refresh();
}

void ReportPage::refresh()
{
    if (busy_) {
        pending_ = true; // counted again when the running count ends
        ++generation_;
        return;
    }
    start();
}

void ReportPage::start()
{
    busy_ = true;
    pending_ = false;
    const std::uint64_t generation = ++generation_;
    const std::chrono::year_month month = selectedMonth();
    const QString uid = selectedScope();
    const QStringList scope = uid.isEmpty() ? QStringList() : QStringList{uid};
    progress_->show();
    status_->setText(tr("Counting the report of %1…").arg(report::monthText(month)));
    updateButtons();
    if (worker_) {
        worker_->wait();
        delete worker_;
    }
    worker_ = QThread::create([this, path = db_.path(), month, scope, madeBy = madeBy_, user = viewer_, generation] {
        std::shared_ptr<Outcome> outcome = compute(path, month, scope, madeBy, user);
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { finished(generation, outcome); }, Qt::QueuedConnection);
    });
    worker_->start();
}

void ReportPage::finished(std::uint64_t generation, const std::shared_ptr<Outcome>& outcome)
{
    busy_ = false;
    if (pending_ || generation != generation_) {
        start(); // the month or the scope changed meanwhile
        return;
    }
    progress_->hide();
    if (!outcome->report) {
        report_.reset();
        status_->setText(tr("The report could not be made: %1").arg(outcome->error));
    } else {
        report_ = std::move(outcome->report);
        const report::SkdnCell& all = report_->total.skdn[static_cast<std::size_t>(report::AgeGroup::Total)]
                                                         [static_cast<std::size_t>(report::SexColumn::Total)];
        status_->setText(tr("%1 children on the register (S), %2 weighed (D) in %3.")
                             .arg(all.s)
                             .arg(all.d)
                             .arg(report::monthText(report_->month)));
    }
    showReport();
    updateButtons();
    emit reportReady();
}

bool ReportPage::waitForReport(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (busy_ && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return !busy_;
}

void ReportPage::showReport()
{
    if (!report_) {
        title_->clear();
        for (ReportTableModel* m : {skdnModel_, ratioModel_, statusModel_, prevalenceModel_, comparisonModel_})
            m->clear();
        for (QTableView* v : {skdnView_, ratioView_, statusView_, prevalenceView_, comparisonView_})
            fitToContents(v);
        return;
    }
    title_->setText(QStringLiteral("%1 — %2 — %3")
                        .arg(report::reportHeading(*report_), report::scopeName(*report_),
                             report::monthText(report_->month)));
    skdnModel_->setTable(skdnTable(*report_));
    ratioModel_->setTable(ratioTable(*report_));
    statusModel_->setTable(statusTable(*report_));
    prevalenceModel_->setTable(prevalenceTable(*report_));
    const bool several = report_->posyandu.size() > 1;
    if (several)
        comparisonModel_->setTable(comparisonTable(*report_));
    else
        comparisonModel_->clear();
    tabs_->setTabEnabled(tabs_->indexOf(comparisonPage_), several);
    for (QTableView* v : {skdnView_, ratioView_, statusView_, prevalenceView_, comparisonView_})
        fitToContents(v);
}

void ReportPage::setViewer(const store::SignedInUser& viewer)
{
    viewer_ = viewer;
    retranslateUi();
    updateButtons();
}

void ReportPage::updateButtons()
{
    const bool ready = report_.has_value() && !busy_;
    const bool byName = viewer_.may(store::Permission::ExportByName);
    for (QPushButton* b : {excelButton_, csvButton_, pdfButton_, printButton_})
        b->setEnabled(ready && (byName || (b != excelButton_ && b != csvButton_)));
}

void ReportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportPage::retranslateUi()
{
    monthLabel_->setText(tr("&Month:"));
    scopeLabel_->setText(tr("&Posyandu:"));
    scope_->setItemText(0, tr("All posyandu in the file"));
    excelButton_->setText(tr("Save &Excel…"));
    csvButton_->setText(tr("Save &CSV…"));
    pdfButton_->setText(tr("Save P&DF…"));
    printButton_->setText(tr("P&rint…"));
    const bool byName = viewer_.may(store::Permission::ExportByName);
    const QString refused = store::refusalText(viewer_.role, store::Permission::ExportByName);
    excelButton_->setToolTip(byName ? tr("The whole report as an Excel workbook for the puskesmas") : refused);
    csvButton_->setToolTip(byName ? tr("One CSV file per table, in a folder you choose") : refused);
    pdfButton_->setToolTip(tr("One A4 page to pin on the wall or to send"));
    tabs_->setTabText(0, tr("F1 / SKDN"));
    tabs_->setTabText(1, tr("Nutrition status"));
    tabs_->setTabText(2, tr("Posyandu compared"));
    ratioTitle_->setText(tr("Ratios (target 80 %)"));
    prevalenceTitle_->setText(tr("Prevalence with its 95 % interval: in a small posyandu one number says little"));
}

QString ReportPage::suggestedName(const QString& suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const std::chrono::year_month m = selectedMonth();
    const QString name = QStringLiteral("laporan-%1-%2%3")
                             .arg(static_cast<int>(m.year()))
                             .arg(static_cast<unsigned>(m.month()), 2, 10, QLatin1Char('0'))
                             .arg(suffix);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name);
}

QString ReportPage::choose(FileKind kind, const QString& suggested)
{
    if (chooser_)
        return chooser_(kind, suggested);
    switch (kind) {
    case FileKind::Excel:
        return FileDialogs::saveXlsx(this, tr("Save the monthly report as Excel"), suggested);
    case FileKind::Pdf:
        return FileDialogs::savePdf(this, tr("Save the monthly report as PDF"), suggested);
    case FileKind::CsvFolder:
        break;
    }
    return FileDialogs::chooseFolder(this, tr("Choose a folder for the CSV files"), suggested);
}

namespace {

// A guard that refuses the open database (and any database) as a target.
records::OutputGuard guardFor(const store::Database& db)
{
    records::OutputGuard guard;
    guard.protectDatabase(db.path());
    guard.protectEveryDatabase();
    return guard;
}

// Writes through a temporary file beside `path`, renamed over it at the end.
bool writeSafely(const store::Database& db, const QString& path, QString* error,
                 const std::function<bool(const QString&, QString*)>& write)
{
    records::OutputGuard guard = guardFor(db);
    if (auto free = guard.claim(path); !free) {
        if (error)
            *error = free.error().message;
        return false;
    }
    records::OutputFile out(path);
    if (auto made = out.create(); !made) {
        if (error)
            *error = made.error().message;
        return false;
    }
    if (!write(out.temporaryPath(), error))
        return false; // the temporary file goes with `out`
    if (auto done = out.commit(); !done) {
        if (error)
            *error = done.error().message;
        return false;
    }
    return true;
}

} // namespace

bool ReportPage::saveExcel(const QString& path, QString* error)
{
    if (auto allowed = viewer_.require(store::Permission::ExportByName); !allowed) {
        if (error)
            *error = allowed.error().message;
        return false;
    }
    if (!report_) {
        if (error)
            *error = tr("There is no report yet.");
        return false;
    }
    return writeSafely(db_, path, error, [this](const QString& to, QString* why) {
        return report::writeMonthlyXlsx(*report_, to, why);
    });
}

bool ReportPage::savePdf(const QString& path, QString* error)
{
    if (!report_) {
        if (error)
            *error = tr("There is no report yet.");
        return false;
    }
    return writeSafely(db_, path, error, [this](const QString& to, QString* why) {
        return report::writeMonthlyPdf(*report_, to, why);
    });
}

bool ReportPage::saveCsv(const QString& folder, QString* error)
{
    if (auto allowed = viewer_.require(store::Permission::ExportByName); !allowed) {
        if (error)
            *error = allowed.error().message;
        return false;
    }
    if (!report_) {
        if (error)
            *error = tr("There is no report yet.");
        return false;
    }
    records::OutputGuard guard = guardFor(db_);
    auto written = records::MonthlyCsv::write(*report_, folder, guard);
    if (!written) {
        if (error)
            *error = written.error().message;
        return false;
    }
    return true;
}

void ReportPage::tellSaved(bool ok, const QString& path, const QString& error)
{
    status_->setText(ok ? tr("Saved: %1").arg(QDir::toNativeSeparators(path))
                        : tr("Not saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void ReportPage::saveExcelClicked()
{
    if (auto allowed = viewer_.require(store::Permission::ExportByName); !allowed) {
        status_->setText(allowed.error().message);
        return;
    }
    const QString path = choose(FileKind::Excel, suggestedName(QStringLiteral(".xlsx")));
    if (path.isEmpty())
        return;
    QString error;
    tellSaved(saveExcel(path, &error), path, error);
}

void ReportPage::saveCsvClicked()
{
    if (auto allowed = viewer_.require(store::Permission::ExportByName); !allowed) {
        status_->setText(allowed.error().message);
        return;
    }
    const QString folder = choose(FileKind::CsvFolder, suggestedName(QString()));
    if (folder.isEmpty())
        return;
    QString error;
    tellSaved(saveCsv(folder, &error), folder, error);
}

void ReportPage::savePdfClicked()
{
    const QString path = choose(FileKind::Pdf, suggestedName(QStringLiteral(".pdf")));
    if (path.isEmpty())
        return;
    QString error;
    tellSaved(savePdf(path, &error), path, error);
}

void ReportPage::printClicked()
{
    if (!report_)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(tr("Monthly report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the monthly report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    report::printMonthly(*report_, printer);
}

} // namespace tumbuh::ui
