#include "ui/child/consentdialog.h"

#include "store/access.h"
#include "store/childrepository.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "ui/common/datefield.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {

ConsentDialog::ConsentDialog(store::Database& db, store::UserId user, store::RowId childId, Kind kind,
                             QWidget* parent)
    : QDialog(parent), db_(db), user_(user), childId_(childId), kind_(kind), intro_(new QLabel(this)),
      dateLabel_(new QLabel(this)), date_(new DateField(this)), dateMessage_(new FieldMessage(this)),
      guardianLabel_(new QLabel(this)), guardian_(new QLineEdit(this)), relationLabel_(new QLabel(this)),
      relation_(new QComboBox(this)), purposesLabel_(new QLabel(this)), monitoring_(new QCheckBox(this)),
      reporting_(new QCheckBox(this)), referral_(new QCheckBox(this)), noteLabel_(new QLabel(this)),
      note_(new QLineEdit(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("consentDialog"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();
    intro_->setWordWrap(true);
    dateLabel_->setBuddy(date_);
    guardianLabel_->setBuddy(guardian_);
    relationLabel_->setBuddy(relation_);
    noteLabel_->setBuddy(note_);
    date_->setDate(db_.today());

    // The guardian of the statement in force, else the mother.
    std::optional<store::Consent> current;
    if (auto c = store::ConsentRepository(db_).current(childId_); c && *c)
        current = **c;
    if (auto child = store::ChildRepository(db_).get(childId_)) {
        intro_->setText(QStringLiteral("<b>%1</b>").arg(child->name.toHtmlEscaped()));
        QString mother = child->motherName;
        if (child->householdId)
            if (auto home = store::HouseholdRepository(db_).get(*child->householdId);
                home && !home->motherName.trimmed().isEmpty())
                mother = home->motherName;
        guardian_->setText(current ? current->guardianName : mother);
    }
    retranslateUi();
    if (current)
        relation_->setCurrentIndex(static_cast<int>(current->relation));
    const bool give = kind_ == Kind::Give;
    // Giving: all three proposed (what most parents agree to), or what holds
    // now; withdrawing: none remain unless ticked again.
    monitoring_->setChecked(give && (!current || current->withdrawal || current->forMonitoring));
    reporting_->setChecked(give && (!current || current->withdrawal || current->forReporting));
    referral_->setChecked(give && (!current || current->withdrawal || current->forReferral));

    auto* purposes = new QVBoxLayout;
    purposes->addWidget(monitoring_);
    purposes->addWidget(reporting_);
    purposes->addWidget(referral_);
    auto* form = new QFormLayout;
    form->addRow(dateLabel_, date_);
    form->addRow(QString(), dateMessage_);
    form->addRow(guardianLabel_, guardian_);
    form->addRow(relationLabel_, relation_);
    form->addRow(purposesLabel_, purposes);
    form->addRow(noteLabel_, note_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &ConsentDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons_->button(QDialogButtonBox::Save)->setDefault(true);

    auto who = store::signedInAs(db_, user_);
    if (who)
        userName_ = who->name;
    QString refusal;
    if (!who)
        refusal = who.error().message;
    else if (auto allowed = who->require(store::Permission::RecordConsent); !allowed)
        refusal = allowed.error().message;
    else if (db_.isReadOnly())
        refusal = tr("This file is open read-only: the consent cannot be saved.");
    if (!refusal.isEmpty()) {
        error_->setText(refusal);
        error_->show();
        buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    DialogScrollArea::fitWhenShown(this);
    guardian_->setFocus();
}

void ConsentDialog::retranslateUi()
{
    setWindowTitle(kind_ == Kind::Give ? tr("Record consent") : tr("Withdraw consent"));
    dateLabel_->setText(tr("&Date"));
    guardianLabel_->setText(tr("&Parent or guardian"));
    relationLabel_->setText(tr("&Relation"));
    purposesLabel_->setText(kind_ == Kind::Give ? tr("Agrees to") : tr("Still agrees to"));
    monitoring_->setText(tr("&Growth monitoring"));
    reporting_->setText(tr("Re&porting to the Dinkes / e-PPGBM (with the child's name)"));
    referral_->setText(tr("Referral to &other services"));
    noteLabel_->setText(tr("&Note"));
    note_->setPlaceholderText(kind_ == Kind::Give ? tr("e.g. signed notice kept in the posyandu folder")
                                                  : tr("e.g. the mother asked by telephone"));
    buttons_->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const int at = relation_->currentIndex();
    relation_->clear();
    // In the order of store::GuardianRelation.
    relation_->addItem(tr("mother"));
    relation_->addItem(tr("father"));
    relation_->addItem(tr("guardian"));
    relation_->addItem(tr("other"));
    relation_->setCurrentIndex(at < 0 ? 0 : at);
}

void ConsentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ConsentDialog::messageText() const
{
    if (dateMessage_->kind() != FieldMessage::Kind::None)
        return dateMessage_->text();
    return !error_->isHidden() ? error_->text() : QString();
}

void ConsentDialog::save()
{
    dateMessage_->clear();
    error_->hide();
    auto who = store::signedInAs(db_, user_);
    if (!who || !who->may(store::Permission::RecordConsent)) {
        error_->setText(!who ? who.error().message : who->require(store::Permission::RecordConsent).error().message);
        error_->show();
        return;
    }
    const QDate on = date_->date();
    if (date_->isBlank() || !on.isValid()) {
        dateMessage_->showError(tr("Type the date as day-month-year, e.g. 15-03-2026."));
        date_->lineEdit()->setFocus();
        return;
    }
    store::Consent c;
    c.childId = childId_;
    c.givenOn = on;
    c.guardianName = guardian_->text();
    c.relation = static_cast<store::GuardianRelation>(std::max(0, relation_->currentIndex()));
    c.forMonitoring = monitoring_->isChecked();
    c.forReporting = reporting_->isChecked();
    c.forReferral = referral_->isChecked();
    c.withdrawal = kind_ == Kind::Withdraw;
    c.recordedBy = who->name;
    c.notes = note_->text();
    const auto done = store::ConsentRepository(db_).add(c, user_);
    if (!done) {
        if (done.error().field == QLatin1String("given_on")) {
            dateMessage_->showError(done.error().message);
            date_->lineEdit()->setFocus();
        } else {
            error_->setText(done.error().message);
            error_->show();
        }
        return;
    }
    saved_ = *done;
    accept();
}

} // namespace tumbuh::ui
