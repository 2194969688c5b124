#include "ui/importing/importdialog.h"

#include "records/import/importreport.h"
#include "store/database.h"
#include "store/posyandurepository.h"
#include "ui/common/filedialogs.h"
#include "ui/core/datanotifier.h"
#include "ui/importing/importreportview.h"
#include "ui/importing/importrun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {

ImportDialog::ImportDialog(store::Database& db, DataNotifier& notifier, const store::SignedInUser& who, QWidget* parent)
    : QDialog(parent), db_(db), notifier_(notifier), who_(who), run_(new ImportRun(this))
{
    buildUi();
    retranslateUi();
    fillPosyandu();
    setState(State::NoFile);
    if (auto allowed = mayImport(who_); !allowed)
        showError(allowed.error().message);
    connect(run_, &ImportRun::progressed, this, [this](qint64 rows) {
        rowsRead_ = rows;
        setState(state_);
    });
    connect(run_, &ImportRun::finished, this, &ImportDialog::finished);

    // Never larger than the screen (1024×600 too): the content scrolls, the buttons stay.
    const QScreen* screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    if (screen)
        resize(sizeFor(screen->availableGeometry().size()));
}

QSize ImportDialog::sizeFor(const QSize& available) const
{
    const QFontMetrics fm = fontMetrics();
    return {std::min(available.width() * 9 / 10, fm.averageCharWidth() * 150),
            std::min(available.height() * 9 / 10, fm.height() * 52)};
}

ImportDialog::~ImportDialog() = default;

store::Result<void> ImportDialog::mayImport(const store::SignedInUser& who)
{
    if (who.role == store::Role::Kader || !who.may(store::Permission::EditRegister)
        || !who.may(store::Permission::EditMeasurements)) {
        return store::Error{store::ErrorCode::NotAllowed, {}, tr("Only a nutritionist (ahli gizi) or an admin may import a file: one file can change the "
                                                                 "children of every posyandu. Ask one of them to import it."),
                            {},
                            {}};
    }
    return {};
}

void ImportDialog::buildUi()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    intro_ = new QLabel(content);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);

    auto* fileRow = new QHBoxLayout;
    fileLabel_ = new QLabel(content);
    file_ = new QLineEdit(content);
    file_->setReadOnly(true);
    fileLabel_->setBuddy(file_);
    choose_ = new QPushButton(content);
    fileRow->addWidget(fileLabel_);
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(choose_);
    layout->addLayout(fileRow);

    optionsBox_ = new QGroupBox(content);
    auto* options = new QFormLayout(optionsBox_);
    options->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    options->setRowWrapPolicy(QFormLayout::WrapLongRows);
    posyanduLabel_ = new QLabel(optionsBox_);
    posyanduLabel_->setWordWrap(true);
    posyandu_ = new QComboBox(optionsBox_);
    posyanduLabel_->setBuddy(posyandu_);
    options->addRow(posyanduLabel_, posyandu_);
    allOrNothing_ = new QCheckBox(optionsBox_);
    options->addRow(allOrNothing_);
    rejects_ = new QCheckBox(optionsBox_);
    options->addRow(rejects_);
    auto* rejectsRow = new QHBoxLayout;
    rejectsPath_ = new QLineEdit(optionsBox_);
    chooseRejects_ = new QPushButton(optionsBox_);
    rejectsRow->addWidget(rejectsPath_, 1);
    rejectsRow->addWidget(chooseRejects_);
    options->addRow(rejectsRow);
    layout->addWidget(optionsBox_);

    progress_ = new QProgressBar(content);
    progress_->setRange(0, 0); // rows are counted, the total is not known
    progress_->setTextVisible(false);
    status_ = new QLabel(content);
    status_->setWordWrap(true);
    message_ = new QLabel(content);
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(message_);

    view_ = new ImportReportView(content);
    layout->addWidget(view_, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    buttons_ = new QDialogButtonBox(this);
    check_ = buttons_->addButton(QString(), QDialogButtonBox::ActionRole);
    import_ = buttons_->addButton(QString(), QDialogButtonBox::ActionRole);
    cancel_ = buttons_->addButton(QString(), QDialogButtonBox::RejectRole);
    for (QPushButton* b : {check_, import_, cancel_})
        b->setAutoDefault(false); // Enter never imports by accident

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons_);

    connect(choose_, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(chooseRejects_, &QPushButton::clicked, this, &ImportDialog::chooseRejectsFile);
    connect(rejects_, &QCheckBox::toggled, this, [this](bool on) {
        if (on && rejectsPath_->text().trimmed().isEmpty())
            chooseRejectsFile();
        setState(state_);
    });
    connect(allOrNothing_, &QCheckBox::toggled, this, [this] { setState(state_); });
    connect(posyandu_, &QComboBox::activated, this, [this] {
        if (posyanduNeeded_ && (state_ == State::Checked || state_ == State::Failed))
            checkAgain();
    });
    connect(check_, &QPushButton::clicked, this, &ImportDialog::checkAgain);
    connect(import_, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(cancel_, &QPushButton::clicked, this, &ImportDialog::reject);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import children and measurements"));
    intro_->setText(tr("Children and measurements from a CSV file or an Excel list from e-PPGBM (.xls, .xlsx). "
                       "Tumbuh first checks the whole file and shows what would change; nothing is saved until "
                       "you press Import."));
    fileLabel_->setText(tr("&File:"));
    file_->setPlaceholderText(tr("No file chosen"));
    choose_->setText(tr("&Choose file…"));
    optionsBox_->setTitle(tr("Options"));
    posyanduLabel_->setText(tr("The file has no Posyandu column. &Put its children in:"));
    allOrNothing_->setText(tr("Save nothing at all if any row is refused"));
    rejects_->setText(tr("Save the list of refused rows to:"));
    rejectsPath_->setPlaceholderText(tr("a CSV file, with the line and the reason of each refused row"));
    chooseRejects_->setText(tr("C&hoose…"));
    check_->setText(tr("Check &again"));
    import_->setText(tr("&Import"));
    if (posyandu_->count() > 0)
        posyandu_->setItemText(0, tr("— choose a posyandu —"));
    setState(state_);
}

void ImportDialog::fillPosyandu()
{
    posyandu_->clear();
    posyandu_->addItem(tr("— choose a posyandu —"));
    if (auto list = store::PosyanduRepository(db_).list()) {
        for (const store::Posyandu& p : *list)
            posyandu_->addItem(p.name, p.meta.uid.toString(QUuid::WithoutBraces));
    }
}

void ImportDialog::chooseFile()
{
    const QString folder = file_->text().isEmpty() ? QFileInfo(db_.path()).absolutePath()
                                                   : QFileInfo(file_->text()).absolutePath();
    const QString path = FileDialogs::openImport(this, folder);
    if (!path.isEmpty())
        checkFile(path);
}

void ImportDialog::chooseRejectsFile()
{
    QString suggested = rejectsPath_->text().trimmed();
    if (suggested.isEmpty()) {
        const QFileInfo input(file_->text().isEmpty() ? db_.path() : file_->text());
        suggested = input.absoluteDir().filePath(input.completeBaseName() + tr("-refused") + QStringLiteral(".csv"));
    }
    const QString path = FileDialogs::saveCsv(this, tr("Save the refused rows"), suggested);
    if (!path.isEmpty()) {
        rejectsPath_->setText(QDir::toNativeSeparators(path));
        rejects_->setChecked(true);
    } else if (rejectsPath_->text().trimmed().isEmpty()) {
        rejects_->setChecked(false);
    }
}

void ImportDialog::setRejectsPath(const QString& path)
{
    rejectsPath_->setText(QDir::toNativeSeparators(path));
    rejects_->setChecked(!path.isEmpty());
}

void ImportDialog::checkFile(const QString& path)
{
    if (run_->isRunning())
        return;
    file_->setText(QDir::toNativeSeparators(path));
    posyanduNeeded_ = false;
    posyandu_->setCurrentIndex(0);
    start(true);
}

void ImportDialog::checkAgain()
{
    if (!file_->text().isEmpty())
        start(true);
}

void ImportDialog::startImport()
{
    if (state_ == State::Checked)
        start(false);
}

records::ImportOptions ImportDialog::options(bool dryRun) const
{
    records::ImportOptions o;
    o.dryRun = dryRun;
    o.allOrNothing = allOrNothing_->isChecked();
    if (rejects_->isChecked())
        o.rejectsPath = QDir::fromNativeSeparators(rejectsPath_->text().trimmed());
    if (posyanduNeeded_ && posyandu_->currentIndex() > 0)
        o.defaultPosyandu = posyandu_->currentData().toString();
    o.user = who_.id;
    return o;
}

void ImportDialog::start(bool dryRun)
{
    if (run_->isRunning())
        return;
    if (auto allowed = mayImport(who_); !allowed) {
        showError(allowed.error().message);
        return;
    }
    if (rejects_->isChecked() && rejectsPath_->text().trimmed().isEmpty()) {
        showError(tr("Choose where to save the refused rows, or untick that option."));
        return;
    }
    message_->clear();
    message_->hide();
    cancelling_ = false;
    rowsRead_ = 0;
    view_->clear();
    run_->start(db_.path(), db_.today(), options(dryRun), QDir::fromNativeSeparators(file_->text()));
    setState(dryRun ? State::Checking : State::Importing);
}

void ImportDialog::cancelRun()
{
    if (!run_->isRunning())
        return;
    cancelling_ = true;
    run_->cancel();
    status_->setText(tr("Stopping… nothing will be saved."));
    cancel_->setEnabled(false);
}

bool ImportDialog::waitForRun(int timeoutMs)
{
    return run_->waitForFinished(timeoutMs);
}

bool ImportDialog::fileHasPosyandu() const
{
    const auto& outcome = run_->outcome();
    if (!outcome || !outcome->report)
        return true;
    for (const QString& line : outcome->report->columns) {
        if (line.endsWith(QStringLiteral(" -> posyandu")) || line.endsWith(QStringLiteral(" -> posyandu_uid")))
            return true;
    }
    // Measurements of children already in the database keep their posyandu.
    return outcome->report->layout == records::ImportLayout::Measurements;
}

void ImportDialog::finished()
{
    const auto outcome = run_->outcome();
    const bool dryRun = outcome->dryRun;
    if (!outcome->report) {
        setState(State::Failed);
        if (outcome->cancelled)
            status_->setText(dryRun ? tr("The check was stopped. Nothing was saved.")
                                    : tr("The import was stopped. Nothing was saved: the database is as it was."));
        else
            showError((dryRun ? tr("The file could not be checked: %1") : tr("Nothing was imported: %1"))
                          .arg(outcome->error));
        emit runFinished();
        return;
    }
    const records::ImportReport& report = *outcome->report;
    view_->showReport(report, dryRun);
    if (dryRun) {
        posyanduNeeded_ = posyanduNeeded_ || !fileHasPosyandu();
        setState(State::Checked);
        if (posyanduNeeded_ && posyandu_->currentIndex() == 0)
            status_->setText(tr("Checked. Nothing was saved. The file has no Posyandu column: choose the posyandu "
                                "for its new children above, and the check runs again."));
        else if (report.rows == report.rejectedRows)
            status_->setText(tr("Checked. Nothing was saved. No row can be imported: see the reasons below."));
        else
            status_->setText(tr("Checked. Nothing was saved yet. Press Import to save what is listed below."));
    } else {
        setState(State::Imported);
        if (report.committed) {
            // Many rows at once: every page reloads, and what could be undone
            // before refers to an older state (CommandStack clears itself).
            emit notifier_.databaseReplaced();
            fillPosyandu(); // it may have made new ones
            status_->setText(cancelling_ ? tr("The import had already finished when Cancel was pressed: it was saved.")
                                         : tr("Imported and saved."));
        } else {
            status_->setText(tr("Nothing was saved, because rows were refused and \"save nothing at all\" is ticked."));
        }
    }
    emit runFinished();
}

void ImportDialog::setState(State state)
{
    state_ = state;
    const bool running = state == State::Checking || state == State::Importing;
    const bool allowed = mayImport(who_).ok();
    progress_->setVisible(running);
    choose_->setEnabled(!running && allowed);
    optionsBox_->setEnabled(!running && allowed);
    posyanduLabel_->setVisible(posyanduNeeded_);
    posyandu_->setVisible(posyanduNeeded_);
    rejectsPath_->setEnabled(rejects_->isChecked());
    chooseRejects_->setEnabled(rejects_->isChecked());
    check_->setEnabled(!running && allowed && !file_->text().isEmpty());
    check_->setVisible(state != State::NoFile);

    bool canImport = false;
    if (state == State::Checked && allowed) {
        const auto& outcome = run_->outcome();
        if (outcome && outcome->report) {
            const records::ImportReport& r = *outcome->report;
            canImport = r.rows > r.rejectedRows && !(allOrNothing_->isChecked() && r.rejectedRows > 0)
                     && !(posyanduNeeded_ && posyandu_->currentIndex() == 0);
        }
    }
    import_->setEnabled(canImport);
    import_->setVisible(state != State::Imported);
    cancel_->setEnabled(!cancelling_ || !running);
    cancel_->setText(running ? tr("Cancel") : state == State::Imported ? tr("Close")
                                                                       : tr("Cancel"));
    if (running && cancelling_)
        status_->setText(tr("Stopping… nothing will be saved."));
    else if (state == State::Checking && rowsRead_ > 0)
        status_->setText(tr("Checking the file… %1 rows read").arg(QLocale().toString(rowsRead_)));
    else if (state == State::Checking)
        status_->setText(tr("Checking the file… nothing is saved."));
    else if (state == State::Importing && rowsRead_ > 0)
        status_->setText(tr("Importing… %1 rows read").arg(QLocale().toString(rowsRead_)));
    else if (state == State::Importing)
        status_->setText(tr("Importing… press Cancel to stop with nothing saved."));
    else if (state == State::NoFile)
        status_->setText(allowed ? tr("Choose the file to import.") : QString());
}

void ImportDialog::showError(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void ImportDialog::reject()
{
    if (run_->isRunning()) {
        cancelRun();
        return;
    }
    QDialog::reject();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tumbuh::ui
