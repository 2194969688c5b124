#include "ui/followup/referraldialog.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "store/referralworkflow.h"
#include "store/userrepository.h"
#include "ui/common/datefield.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/formgrid.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/followuptext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

const QString kFor = QStringLiteral("for_household");
const QString kDate = QStringLiteral("referred_on");
const QString kReasons = QStringLiteral("reasons");
const QString kConsent = QStringLiteral("consent");
const QString kDestination = QStringLiteral("destination");
const QString kReferredBy = QStringLiteral("referred_by");
const QString kFollowUp = QStringLiteral("follow_up_on");
const QString kNote = QStringLiteral("notes");

// More reasons than this go in two columns (a small screen has no room for
// a long list).
constexpr int kReasonsInOneColumn = 6;

// The destination a referral proposes: child protection for violence, the
// puskesmas nutritionist otherwise (the cadre changes it as needed).
QString proposedDestination(const QStringList& reasons)
{
    if (reasons.contains(store::familyreason::Kekerasan))
        return QStringLiteral("uptd_ppa");
    return QStringLiteral("puskesmas_gizi");
}

} // namespace

ReferralDialog::ReferralDialog(store::Database& db, DataNotifier& notifier, store::UserId user, store::RowId childId,
                               const QStringList& reasonCodes, int followUpDays, QWidget* parent)
    : QDialog(parent), db_(db), notifier_(notifier), user_(user), childId_(childId),
      followUpDays_(followUpDays > 0 ? followUpDays : store::DefaultFollowUpDays), intro_(new QLabel(this)),
      forChild_(new QRadioButton(this)), forHousehold_(new QRadioButton(this)), date_(new DateField(this)),
      consent_(new QComboBox(this)), destination_(new QComboBox(this)), referredBy_(new QLineEdit(this)),
      followUp_(new DateField(this)), note_(new QLineEdit(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("referralDialog"));
    const auto loaded = records::loadDestinations(QFileInfo(db_.path()).absolutePath());
    destinations_ = loaded.destinations;
    destinationsProblem_ = loaded.error;

    QString childName;
    if (auto child = store::ChildRepository(db_).get(childId_)) {
        childName = child->name;
        householdId_ = child->householdId;
    }
    intro_->setText(QStringLiteral("<b>%1</b>").arg(childName.toHtmlEscaped()));

    auto* forRow = new QWidget(this);
    auto* forLayout = new QHBoxLayout(forRow);
    forLayout->setContentsMargins(0, 0, 0, 0);
    forLayout->addWidget(forChild_);
    forLayout->addWidget(forHousehold_);
    forLayout->addStretch(1);
    auto* forGroup = new QButtonGroup(this);
    forGroup->addButton(forChild_);
    forGroup->addButton(forHousehold_);
    forChild_->setChecked(true);
    forHousehold_->setEnabled(householdId_.has_value());

    // The rules' reasons first (ticked), then the family reasons; in two
    // columns when there are many, read down the first column first.
    auto* reasonsBox = new QWidget(this);
    auto* reasonsLayout = new QGridLayout(reasonsBox);
    reasonsLayout->setContentsMargins(0, 0, 0, 0);
    reasonsLayout->setVerticalSpacing(2);
    QStringList codes;
    for (const QString& c : reasonCodes)
        if (!codes.contains(c) && !FollowUpText::familyReasons().contains(c))
            codes << c;
    const int ruled = static_cast<int>(codes.size());
    for (const QString& c : FollowUpText::familyReasons())
        codes << c;
    const int count = static_cast<int>(codes.size());
    const int perColumn = count > kReasonsInOneColumn ? (count + 1) / 2 : count;
    for (int i = 0; i < count; ++i) {
        auto* box = new QCheckBox(reasonsBox);
        box->setObjectName(codes[i]);
        box->setChecked(i < ruled || reasonCodes.contains(codes[i]));
        reasonsLayout->addWidget(box, i % std::max(perColumn, 1), i / std::max(perColumn, 1));
        reasonBoxes_.push_back(box);
    }

    const QDate today = db_.today();
    date_->setDate(today);
    followUp_->setDate(today.addDays(followUpDays_));
    fillDestinations();
    if (auto u = store::UserRepository(db_).get(user_))
        referredBy_->setText(u->name);
    note_->setPlaceholderText(tr("e.g. the family will go on Monday"));

    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();

    auto* form = new QWidget(this);
    auto* gridLayout = new QGridLayout(form);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    grid_ = std::make_unique<FormGrid>(gridLayout);
    const auto row = [&](const QString& field, QWidget* editor) {
        auto* label = new QLabel(form);
        labels_[field] = label;
        grid_->addRow(field, label, editor);
    };
    row(kFor, forRow);
    row(kDate, date_);
    row(kReasons, reasonsBox);
    row(kConsent, consent_);
    row(kDestination, destination_);
    row(kReferredBy, referredBy_);
    row(kFollowUp, followUp_);
    row(kNote, note_);
    labels_[kFor]->setBuddy(forChild_);
    labels_[kReasons]->setBuddy(reasonBoxes_.empty() ? nullptr : reasonBoxes_.front());
    labels_[kReasons]->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The form scrolls inside the dialog on a small screen; the buttons stay.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(new DialogScrollArea(form, this), 1);
    layout->addWidget(error_);
    layout->addWidget(buttons_);

    // A changed referral date moves the follow-up date along, until the
    // cadre sets that one by hand.
    connect(date_, &DateField::edited, this, [this] {
        if (!followUpTouched_ && date_->date().isValid())
            followUp_->setDate(date_->date().addDays(followUpDays_));
    });
    connect(followUp_, &DateField::edited, this, [this] { followUpTouched_ = true; });
    connect(buttons_, &QDialogButtonBox::accepted, this, &ReferralDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons_->button(QDialogButtonBox::Save)->setDefault(true);
    date_->lineEdit()->setFocus();

    retranslateUi();
    if (!destinationsProblem_.isEmpty())
        showError(QString(), destinationsProblem_);
    if (db_.isReadOnly()) {
        showError(QString(), tr("This file is open read-only: the referral cannot be saved."));
        buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    DialogScrollArea::fitWhenShown(this);
}

ReferralDialog::~ReferralDialog() = default;

void ReferralDialog::fillDestinations()
{
    const QString current = destination_->currentData().toString();
    const QString wanted = current.isEmpty() ? proposedDestination(checkedReasons()) : current;
    destination_->clear();
    auto* model = qobject_cast<QStandardItemModel*>(destination_->model());
    std::optional<records::DestinationGroup> group;
    for (const auto& d : destinations_) {
        if (group != d.group) {
            // The group's name as a heading that cannot be chosen.
            group = d.group;
            destination_->addItem(FollowUpText::groupWord(d.group));
            if (auto* item = model ? model->item(destination_->count() - 1) : nullptr) {
                item->setFlags(Qt::NoItemFlags);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        destination_->addItem(QStringLiteral("   ") + d.label(!DisplayText::indonesian()), d.code);
        if (!d.contact.isEmpty())
            destination_->setItemData(destination_->count() - 1, d.contact, Qt::ToolTipRole);
    }
    int at = destination_->findData(wanted);
    if (at < 0)
        at = destination_->findData(destinations_.empty() ? QString() : destinations_.front().code);
    destination_->setCurrentIndex(at);
}

void ReferralDialog::retranslateUi()
{
    setWindowTitle(tr("Refer"));
    forChild_->setText(tr("The c&hild"));
    forHousehold_->setText(tr("The &whole family"));
    forHousehold_->setToolTip(householdId_ ? tr("Refer the household, e.g. to social assistance or child protection")
                                           : tr("The child has no household recorded."));
    labels_[kFor]->setText(tr("Refer"));
    labels_[kDate]->setText(tr("&Date"));
    labels_[kReasons]->setText(tr("Reasons"));
    labels_[kConsent]->setText(tr("Family &agrees"));
    labels_[kDestination]->setText(tr("Refer &to"));
    labels_[kReferredBy]->setText(tr("Referred &by"));
    labels_[kFollowUp]->setText(tr("&Follow up on"));
    labels_[kNote]->setText(tr("&Note"));
    for (QCheckBox* box : reasonBoxes_)
        box->setText(FollowUpText::reasonWord(box->objectName()));
    const int consent = consent_->currentIndex();
    consent_->clear();
    consent_->addItem(tr("Not asked yet"));
    consent_->addItem(tr("Yes, the family agrees"), true);
    consent_->addItem(tr("No, the family does not agree"), false);
    consent_->setCurrentIndex(consent < 0 ? 0 : consent);
    fillDestinations();
    followUp_->setToolTip(tr("The referral is overdue when the family has not arrived by this day (setting: %n day(s) "
                             "after the referral).",
                             nullptr, followUpDays_));
    buttons_->button(QDialogButtonBox::Save)->setText(tr("Save referral"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ReferralDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QStringList ReferralDialog::checkedReasons() const
{
    QStringList out;
    for (const QCheckBox* box : reasonBoxes_)
        if (box->isChecked())
            out << box->objectName();
    return out;
}

QString ReferralDialog::messageText(const QString& field) const
{
    if (field.isEmpty())
        return !error_->isHidden() ? error_->text() : QString();
    const FieldMessage* m = grid_->message(field);
    return m && m->kind() != FieldMessage::Kind::None ? m->text() : QString();
}

void ReferralDialog::showError(const QString& field, const QString& message)
{
    if (FieldMessage* m = field.isEmpty() ? nullptr : grid_->message(field)) {
        m->showError(message);
        if (QWidget* editor = grid_->editor(field))
            editor->setFocus();
        return;
    }
    error_->setText(message);
    error_->show();
}

void ReferralDialog::save()
{
    grid_->clearMessages();
    error_->hide();
    bool ok = true;
    const auto refuse = [&](const QString& field, const QString& message) {
        if (ok)
            showError(field, message);
        else if (FieldMessage* m = grid_->message(field))
            m->showError(message);
        ok = false;
    };
    const QDate on = date_->date();
    if (date_->isBlank())
        refuse(kDate, tr("Type the date of the referral."));
    else if (!on.isValid())
        refuse(kDate, tr("\"%1\" is not a date. Type it as day-month-year, e.g. 15-03-2026.").arg(date_->lineEdit()->text()));
    else if (on > db_.today())
        refuse(kDate, tr("The date %1 is in the future. Type the day the child was referred.").arg(DisplayText::date(on)));
    const QStringList reasons = checkedReasons();
    if (reasons.isEmpty())
        refuse(kReasons, tr("Tick at least one reason."));
    const QString destination = destination_->currentData().toString();
    if (destination.isEmpty())
        refuse(kDestination, tr("Choose where the child or the family is referred."));
    if (!followUp_->isReadable())
        refuse(kFollowUp, tr("\"%1\" is not a date. Type it as day-month-year, e.g. 29-03-2026.")
                              .arg(followUp_->lineEdit()->text()));
    else if (on.isValid() && followUp_->date().isValid() && followUp_->date() < on)
        refuse(kFollowUp, tr("The follow-up date cannot be before the referral."));
    if (!ok)
        return;

    store::Referral r;
    r.childId = childId_;
    r.forHousehold = forHousehold_->isChecked();
    r.referredOn = on;
    r.reasons = reasons;
    if (const QVariant c = consent_->currentData(); c.isValid())
        r.consent = c.toBool();
    r.destination = destination;
    r.referredBy = referredBy_->text().trimmed();
    r.followUpOn = followUp_->date(); // null: the workflow adds the days
    const auto done = store::ReferralWorkflow(db_).refer(r, note_->text().trimmed(), user_, followUpDays_);
    if (!done) {
        // Nothing typed is lost: the dialog stays open with the message.
        showError(done.error().field, done.error().message);
        for (const auto& more : done.error().more)
            if (FieldMessage* m = grid_->message(more.field))
                m->showError(more.message);
        return;
    }
    saved_ = *done;
    emit notifier_.referralsChanged(childId_);
    accept();
}

} // namespace tumbuh::ui
