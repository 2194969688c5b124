#include "ui/followup/referralstatusdialog.h"

#include "records/followup/destinations.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"
#include "store/userrepository.h"
#include "ui/common/datefield.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/followuptext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tumbuh::ui {

ReferralStatusDialog::ReferralStatusDialog(store::Database& db, DataNotifier& notifier, store::UserId user,
                                           store::RowId referralId, QWidget* parent)
    : QDialog(parent), db_(db), notifier_(notifier), user_(user), referralId_(referralId),
      summary_(new QLabel(this)), stepLabel_(new QLabel(this)), step_(new QComboBox(this)),
      dateLabel_(new QLabel(this)), date_(new DateField(this)), dateMessage_(new FieldMessage(this)),
      noteLabel_(new QLabel(this)), note_(new QLineEdit(this)), recordedByLabel_(new QLabel(this)),
      recordedBy_(new QLineEdit(this)), historyLabel_(new QLabel(this)), history_(new QListWidget(this)),
      error_(new QLabel(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("referralStatusDialog"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();
    history_->setFocusPolicy(Qt::NoFocus);
    history_->setMinimumHeight(90);
    stepLabel_->setBuddy(step_);
    dateLabel_->setBuddy(date_);
    noteLabel_->setBuddy(note_);
    recordedByLabel_->setBuddy(recordedBy_);
    if (auto u = store::UserRepository(db_).get(user_))
        recordedBy_->setText(u->name);
    if (auto who = store::signedInAs(db_, user_))
        viewer_ = *who;
    date_->setDate(db_.today());

    auto* form = new QFormLayout;
    form->addRow(stepLabel_, step_);
    form->addRow(dateLabel_, date_);
    form->addRow(QString(), dateMessage_);
    form->addRow(noteLabel_, note_);
    form->addRow(recordedByLabel_, recordedBy_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(historyLabel_);
    layout->addWidget(history_, 1);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons_->button(QDialogButtonBox::Save)->setDefault(true);
    load();
    retranslateUi();
    // Wide enough for the summary and the history's lines.
    DialogScrollArea::setPreferredSize(this, QSize(520, 0));
    DialogScrollArea::fitWhenShown(this);
    step_->setFocus();
}

void ReferralStatusDialog::load()
{
    auto r = store::ReferralRepository(db_).get(referralId_);
    if (!r) {
        referral_.reset();
        return;
    }
    referral_ = *r;
}

void ReferralStatusDialog::retranslateUi()
{
    setWindowTitle(tr("Referral status"));
    stepLabel_->setText(tr("&New status"));
    dateLabel_->setText(tr("&Date"));
    noteLabel_->setText(tr("&Note (outcome)"));
    note_->setPlaceholderText(tr("e.g. PMT 90 hari, rujuk RS"));
    recordedByLabel_->setText(tr("Recorded &by"));
    historyLabel_->setText(tr("History"));
    buttons_->button(QDialogButtonBox::Save)->setText(tr("Save status"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    step_->clear();
    history_->clear();
    if (!referral_) {
        summary_->setText(tr("The referral was not found (it may have been deleted)."));
        buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    const store::Referral& r = *referral_;
    QString childName;
    if (auto child = store::ChildRepository(db_).get(r.childId))
        childName = child->name;
    const auto destinations = records::loadDestinations(QFileInfo(db_.path()).absolutePath()).destinations;
    const QString reasons = FollowUpText::reasonsText(r.reasons);
    summary_->setText(tr("<b>%1</b>: referred on %2 to %3.<br>Reasons: %4<br>Status now: <b>%5</b>")
                          .arg(childName.toHtmlEscaped(), DisplayText::date(r.referredOn),
                               FollowUpText::destinationWord(destinations, r.destination).toHtmlEscaped(),
                               reasons.toHtmlEscaped(), store::statusWord(r.status)));
    // A kader records "diterima"; closing a referral is for the nutritionist
    // (store/access.h): those steps are shown, greyed, saying why.
    auto* steps = qobject_cast<QStandardItemModel*>(step_->model());
    int firstAllowed = -1;
    for (const store::ReferralStatus s : store::nextSteps(r.status)) {
        step_->addItem(store::statusWord(s), static_cast<int>(s));
        const bool allowed = s == store::ReferralStatus::Arrived || viewer_.may(store::Permission::CloseReferral);
        if (!allowed && steps) {
            QStandardItem* item = steps->item(step_->count() - 1);
            item->setEnabled(false);
            item->setToolTip(store::refusalText(viewer_.role, store::Permission::CloseReferral));
        } else if (firstAllowed < 0) {
            firstAllowed = step_->count() - 1;
        }
    }
    if (firstAllowed >= 0)
        step_->setCurrentIndex(firstAllowed);
    const bool open = step_->count() > 0;
    step_->setEnabled(open);
    date_->setEnabled(open);
    note_->setEnabled(open);
    buttons_->button(QDialogButtonBox::Save)->setEnabled(open && firstAllowed >= 0 && !db_.isReadOnly());
    buttons_->button(QDialogButtonBox::Save)
        ->setToolTip(open && firstAllowed < 0 ? store::refusalText(viewer_.role, store::Permission::CloseReferral) : QString());
    if (!open) {
        error_->setText(tr("This referral is closed (%1): its status cannot change any more.").arg(store::statusWord(r.status)));
        error_->show();
    }
    if (auto events = store::ReferralEventRepository(db_).history(r.meta.id)) {
        for (const auto& e : *events) {
            QString line = DisplayText::date(e.happenedOn) + QStringLiteral(" — ") + store::statusWord(e.status);
            if (!e.note.isEmpty())
                line += QStringLiteral(": ") + e.note;
            if (!e.recordedBy.isEmpty())
                line += QStringLiteral(" (") + e.recordedBy + QLatin1Char(')');
            history_->addItem(line);
        }
    }
}

void ReferralStatusDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ReferralStatusDialog::messageText(const QString& field) const
{
    if (field == QLatin1String("happened_on"))
        return dateMessage_->kind() == FieldMessage::Kind::None ? QString() : dateMessage_->text();
    return !error_->isHidden() ? error_->text() : QString();
}

void ReferralStatusDialog::save()
{
    dateMessage_->clear();
    error_->hide();
    if (!referral_ || step_->currentIndex() < 0)
        return;
    const QDate on = date_->date();
    if (date_->isBlank() || !on.isValid()) {
        dateMessage_->showError(tr("Type the date as day-month-year, e.g. 15-03-2026."));
        date_->lineEdit()->setFocus();
        return;
    }
    if (on > db_.today()) {
        dateMessage_->showError(tr("The date %1 is in the future.").arg(DisplayText::date(on)));
        date_->lineEdit()->setFocus();
        return;
    }
    const auto to = static_cast<store::ReferralStatus>(step_->currentData().toInt());
    if (to != store::ReferralStatus::Arrived && !viewer_.may(store::Permission::CloseReferral)) {
        error_->setText(store::refusalText(viewer_.role, store::Permission::CloseReferral));
        error_->show();
        return;
    }
    const auto done = store::ReferralWorkflow(db_).transition(referral_->meta.id, to, on, note_->text().trimmed(), user_,
                                                              recordedBy_->text().trimmed());
    if (!done) {
        if (done.error().field == QLatin1String("happened_on")) {
            dateMessage_->showError(done.error().message);
        } else {
            error_->setText(done.error().message);
            error_->show();
        }
        return;
    }
    referral_ = *done;
    emit notifier_.referralsChanged(done->childId);
    accept();
}

} // namespace tumbuh::ui
