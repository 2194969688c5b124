#include "ui/filecheckstatus.h"

#include "store/database.h"

#include <QEvent>
#include <QMessageBox>
#include <QThread>

#include <memory>

namespace tumbuh::ui {

FileCheckStatus::FileCheckStatus(store::Database& db, QWidget* parent)
    : QLabel(parent), db_(db)
{
    setObjectName(QStringLiteral("fileCheckStatus"));
    // A check open() ran itself (after an unclean shutdown, a restore, a
    // change while closed) is shown as well.
    if (db_.isDamaged()) {
        state_ = State::Damaged;
        damage_ = db_.damage()->message;
    } else if (db_.openCheck().ran)
        state_ = State::Good;
    retranslateUi();
}

FileCheckStatus::~FileCheckStatus()
{
    // The worker has its own connection; the window waits for it so that
    // nothing outlives the file it reads.
    if (worker_) {
        worker_->wait();
        delete worker_;
    }
}

void FileCheckStatus::start()
{
    if (worker_)
        return;
    state_ = State::Running;
    retranslateUi();
    auto outcome = std::make_shared<store::Result<void>>();
    const QString path = db_.path();
    const QString backups = db_.backupDir();
    worker_ = QThread::create([outcome, path, backups] { *outcome = store::Database::verifyFile(path, backups); });
    connect(worker_, &QThread::finished, this, [this, outcome] {
        worker_->deleteLater();
        worker_ = nullptr;
        (void)db_.recordCheck(store::CheckReason::Scheduled, *outcome);
        showOutcome(*outcome);
    });
    worker_->start(QThread::LowPriority);
}

void FileCheckStatus::showOutcome(const store::Result<void>& outcome)
{
    if (outcome) {
        state_ = State::Good;
        damage_.clear();
    } else {
        state_ = State::Damaged;
        damage_ = outcome.error().message;
    }
    retranslateUi();
    if (state_ == State::Damaged) {
        auto* box = new QMessageBox(QMessageBox::Critical, tr("The database file is damaged"),
                                    tr("%1\n\nChanges are no longer saved. Close Tumbuh, then open the file again: "
                                       "Tumbuh offers to restore the newest backup. Ask the puskesmas for help if there is none.")
                                        .arg(damage_),
                                    QMessageBox::Ok, window());
        box->setObjectName(QStringLiteral("fileCheckDamaged"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(state_ == State::Good);
}

void FileCheckStatus::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void FileCheckStatus::retranslateUi()
{
    switch (state_) {
    case State::None:
        setText(QString());
        setToolTip(QString());
        setStyleSheet(QString());
        break;
    case State::Running:
        setText(tr("File check: running…"));
        setToolTip(tr("The whole file is read in the background; you can work on."));
        setStyleSheet(QString());
        break;
    case State::Good:
        setText(tr("File check: good"));
        setToolTip(tr("The whole database file was read and is undamaged."));
        setStyleSheet(QString());
        break;
    case State::Damaged:
        setText(tr("File check: DAMAGED, changes are not saved"));
        setToolTip(damage_);
        setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        break;
    }
}

} // namespace tumbuh::ui
