#include "ui/followup/counsellingdialog.h"

#include "store/childrepository.h"
#include "store/counsellingrepository.h"
#include "store/database.h"
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
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tumbuh::ui {

CounsellingDialog::CounsellingDialog(store::Database& db, DataNotifier& notifier, store::UserId user,
                                     store::RowId childId, const QString& topic, QWidget* parent)
    : QDialog(parent), db_(db), notifier_(notifier), user_(user), childId_(childId), intro_(new QLabel(this)),
      dateLabel_(new QLabel(this)), date_(new DateField(this)), dateMessage_(new FieldMessage(this)),
      topicLabel_(new QLabel(this)), topic_(new QComboBox(this)), byLabel_(new QLabel(this)),
      by_(new QLineEdit(this)), noteLabel_(new QLabel(this)), note_(new QLineEdit(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("counsellingDialog"));
    if (auto child = store::ChildRepository(db_).get(childId_))
        intro_->setText(QStringLiteral("<b>%1</b>").arg(child->name.toHtmlEscaped()));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();
    dateLabel_->setBuddy(date_);
    topicLabel_->setBuddy(topic_);
    byLabel_->setBuddy(by_);
    noteLabel_->setBuddy(note_);
    date_->setDate(db_.today());
    if (auto u = store::UserRepository(db_).get(user_))
        by_->setText(u->name);

    auto* form = new QFormLayout;
    form->addRow(dateLabel_, date_);
    form->addRow(QString(), dateMessage_);
    form->addRow(topicLabel_, topic_);
    form->addRow(byLabel_, by_);
    form->addRow(noteLabel_, note_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &CounsellingDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons_->button(QDialogButtonBox::Save)->setDefault(true);
    retranslateUi();
    if (const int at = topic_->findData(topic); at >= 0)
        topic_->setCurrentIndex(at);
    if (db_.isReadOnly()) {
        error_->setText(tr("This file is open read-only: the counselling cannot be saved."));
        error_->show();
        buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    DialogScrollArea::fitWhenShown(this);
    topic_->setFocus();
}

void CounsellingDialog::retranslateUi()
{
    setWindowTitle(tr("Record counselling"));
    dateLabel_->setText(tr("&Date"));
    topicLabel_->setText(tr("&Topic"));
    byLabel_->setText(tr("Given &by"));
    noteLabel_->setText(tr("&Note"));
    note_->setPlaceholderText(tr("e.g. showed the mother how to make MP-ASI"));
    buttons_->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const QString current = topic_->currentData().toString();
    topic_->clear();
    for (const auto& [code, words] : FollowUpText::topics())
        topic_->addItem(words, code);
    if (const int at = topic_->findData(current); at >= 0)
        topic_->setCurrentIndex(at);
}

void CounsellingDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString CounsellingDialog::messageText() const
{
    if (dateMessage_->kind() != FieldMessage::Kind::None)
        return dateMessage_->text();
    return !error_->isHidden() ? error_->text() : QString();
}

void CounsellingDialog::save()
{
    dateMessage_->clear();
    error_->hide();
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
    store::Counselling c;
    c.childId = childId_;
    c.counselledOn = on;
    c.topic = topic_->currentData().toString();
    c.counselledBy = by_->text().trimmed();
    c.notes = note_->text().trimmed();
    const auto done = store::CounsellingRepository(db_).add(c, user_);
    if (!done) {
        if (done.error().field == QLatin1String("counselled_on")) {
            dateMessage_->showError(done.error().message);
        } else {
            error_->setText(done.error().message);
            error_->show();
        }
        return;
    }
    saved_ = *done;
    emit notifier_.counsellingChanged(childId_);
    accept();
}

} // namespace tumbuh::ui
