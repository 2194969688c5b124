#include "ui/register/childform.h"

#include "ui/common/datefield.h"
#include "ui/common/displaytext.h"
#include "ui/common/nikfield.h"
#include "ui/common/numberfield.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

const QString kSex = QStringLiteral("sex");

} // namespace

ChildForm::ChildForm(QWidget* parent)
    : QWidget(parent), box_(new QGroupBox(this)), grid_(new QGridLayout(box_)),
      posyanduLabel_(new QLabel(box_)), posyandu_(new QComboBox(box_)), nameLabel_(new QLabel(box_)),
      name_(new QLineEdit(box_)), nikLabel_(new QLabel(box_)), nik_(new NikField(box_)),
      sexLabel_(new QLabel(box_)), sexBox_(new QWidget(box_)), male_(new QRadioButton(sexBox_)),
      female_(new QRadioButton(sexBox_)), birthDateLabel_(new QLabel(box_)), birthDate_(new DateField(box_)),
      approximate_(new QCheckBox(box_)), birthWeightLabel_(new QLabel(box_)),
      birthWeight_(new NumberField(NumberField::Unit::Kilograms, box_)), birthLengthLabel_(new QLabel(box_)),
      birthLength_(new NumberField(NumberField::Unit::Centimetres, box_)), motherLabel_(new QLabel(box_)),
      mother_(new QLineEdit(box_)), hasKia_(new QCheckBox(box_)), statusLabel_(new QLabel(box_)), status_(new QComboBox(box_)),
      statusDateLabel_(new QLabel(box_)), statusDate_(new DateField(box_)), notesLabel_(new QLabel(box_)),
      notes_(new QLineEdit(box_))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box_);
    outer->addStretch(1);

    auto* sexLayout = new QHBoxLayout(sexBox_);
    sexLayout->setContentsMargins(0, 0, 0, 0);
    sexLayout->addWidget(male_);
    sexLayout->addWidget(female_);
    sexLayout->addStretch(1);
    // Neither is chosen for a new child: a default would be wrong half the time.
    auto* sexGroup = new QButtonGroup(this);
    sexGroup->addButton(male_);
    sexGroup->addButton(female_);

    birthWeight_->setMaximumWidth(100);
    birthLength_->setMaximumWidth(100);

    grid_.addRow(QStringLiteral("posyandu_id"), posyanduLabel_, posyandu_);
    grid_.addRow(QStringLiteral("name"), nameLabel_, name_);
    grid_.addRow(QStringLiteral("nik"), nikLabel_, nik_);
    grid_.addRow(kSex, sexLabel_, sexBox_);
    grid_.addRow(QStringLiteral("birth_date"), birthDateLabel_, birthDate_);
    grid_.addWide(approximate_);
    grid_.addRow(QStringLiteral("birth_weight_g"), birthWeightLabel_, birthWeight_);
    grid_.addRow(QStringLiteral("birth_length_mm"), birthLengthLabel_, birthLength_);
    grid_.addRow(QStringLiteral("mother_name"), motherLabel_, mother_);
    grid_.addWide(hasKia_);
    hasKia_->setChecked(true); // most families have the book; a new child too
    grid_.addRow(QStringLiteral("status"), statusLabel_, status_);
    grid_.addRow(QStringLiteral("status_date"), statusDateLabel_, statusDate_);
    grid_.addRow(QStringLiteral("notes"), notesLabel_, notes_);
    for (QWidget* w : {static_cast<QWidget*>(statusLabel_), static_cast<QWidget*>(status_),
                       static_cast<QWidget*>(statusDateLabel_), static_cast<QWidget*>(statusDate_)})
        w->hide();

    const auto emitOn = [this](const QString& field) { return [this, field] { emit edited(field); }; };
    connect(name_, &QLineEdit::textEdited, this, emitOn(QStringLiteral("name")));
    connect(nik_, &NikField::edited, this, emitOn(QStringLiteral("nik")));
    connect(male_, &QRadioButton::toggled, this, emitOn(kSex));
    connect(female_, &QRadioButton::toggled, this, emitOn(kSex));
    connect(birthDate_, &DateField::edited, this, emitOn(QStringLiteral("birth_date")));
    connect(approximate_, &QCheckBox::toggled, this, emitOn(QStringLiteral("birth_date")));
    connect(birthWeight_, &QLineEdit::textEdited, this, emitOn(QStringLiteral("birth_weight_g")));
    connect(birthLength_, &QLineEdit::textEdited, this, emitOn(QStringLiteral("birth_length_mm")));
    connect(mother_, &QLineEdit::textEdited, this, emitOn(QStringLiteral("mother_name")));
    connect(notes_, &QLineEdit::textEdited, this, emitOn(QStringLiteral("notes")));
    connect(hasKia_, &QCheckBox::toggled, this, emitOn(QStringLiteral("has_kia")));
    connect(statusDate_, &DateField::edited, this, emitOn(QStringLiteral("status_date")));
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        updateStatusDate();
        emit edited(QStringLiteral("status"));
    });
    connect(posyandu_, &QComboBox::currentIndexChanged, this, [this] {
        emit posyanduChanged();
        emit edited(QStringLiteral("posyandu_id"));
    });

    retranslateUi();
}

void ChildForm::retranslateUi()
{
    box_->setTitle(tr("Child"));
    posyanduLabel_->setText(tr("Posyandu"));
    nameLabel_->setText(tr("Child's &name"));
    nikLabel_->setText(tr("NI&K"));
    nik_->edit()->setPlaceholderText(tr("16 digits; leave empty if the child has none yet"));
    sexLabel_->setText(tr("Sex"));
    male_->setText(tr("&Male"));
    female_->setText(tr("&Female"));
    birthDateLabel_->setText(tr("&Date of birth"));
    approximate_->setText(tr("Approximate date (the family knows only the month or year)"));
    birthWeightLabel_->setText(tr("Birth &weight (kg)"));
    birthLengthLabel_->setText(tr("Birth &length (cm)"));
    motherLabel_->setText(tr("M&other's name"));
    hasKia_->setText(tr("Has a Buku KIA / KMS"));
    statusLabel_->setText(tr("Status"));
    statusDateLabel_->setText(tr("Since"));
    notesLabel_->setText(tr("Notes"));

    const int current = status_->currentIndex();
    const QSignalBlocker block(status_);
    status_->clear();
    status_->addItem(tr("Active"), int(store::ChildStatus::Active));
    status_->addItem(tr("Moved away"), int(store::ChildStatus::MovedAway));
    status_->addItem(tr("Died"), int(store::ChildStatus::Deceased));
    status_->setCurrentIndex(std::max(current, 0));
}

void ChildForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChildForm::setViewer(const store::SignedInUser& viewer)
{
    nik_->setViewer(viewer);
}

QLineEdit* ChildForm::nikEdit() const
{
    return nik_->edit();
}

void ChildForm::setPosyanduChoices(const std::vector<store::Posyandu>& places, store::RowId current)
{
    const QSignalBlocker block(posyandu_);
    posyandu_->clear();
    for (const auto& p : places)
        posyandu_->addItem(p.name, QVariant::fromValue(p.meta.id));
    const int at = posyandu_->findData(QVariant::fromValue(current));
    posyandu_->setCurrentIndex(at >= 0 ? at : 0);
    // One posyandu (the usual laptop): nothing to choose.
    const bool choose = places.size() > 1;
    posyanduLabel_->setVisible(choose);
    posyandu_->setVisible(choose);
}

store::RowId ChildForm::posyanduId() const
{
    return posyandu_->currentData().value<store::RowId>();
}

void ChildForm::setChild(const store::Child& c)
{
    name_->setText(c.name);
    nik_->setStored(c.nik);
    (c.sex == growth::Sex::Female ? female_ : male_)->setChecked(true);
    birthDate_->setDate(c.birthDate);
    approximate_->setChecked(c.birthDateApproximate);
    birthWeight_->setStored(c.birthWeight ? std::optional(c.birthWeight->value) : std::nullopt);
    birthLength_->setStored(c.birthLength ? std::optional(c.birthLength->value) : std::nullopt);
    mother_->setText(c.motherName);
    hasKia_->setChecked(c.hasKia);
    notes_->setText(c.notes);
    status_->setCurrentIndex(std::max(0, status_->findData(int(c.status))));
    statusDate_->setDate(c.statusDate);
    const int at = posyandu_->findData(QVariant::fromValue(c.posyanduId));
    if (at >= 0)
        posyandu_->setCurrentIndex(at);
    statusLabel_->show();
    status_->show();
    updateStatusDate();
}

void ChildForm::updateStatusDate()
{
    const bool active = status_->currentData().toInt() == int(store::ChildStatus::Active);
    statusDateLabel_->setVisible(status_->isVisibleTo(this) && !active);
    statusDate_->setVisible(status_->isVisibleTo(this) && !active);
}

store::Child ChildForm::child(store::Child c) const
{
    c.name = name_->text();
    c.nik = nik_->value();
    c.sex = female_->isChecked() ? growth::Sex::Female : growth::Sex::Male;
    c.birthDate = birthDate_->date();
    c.birthDateApproximate = approximate_->isChecked();
    const auto weight = birthWeight_->quantity().value;
    const auto length = birthLength_->quantity().value;
    c.birthWeight = weight ? std::optional(growth::Grams{*weight}) : std::nullopt;
    c.birthLength = length ? std::optional(growth::Millimetres{*length}) : std::nullopt;
    c.motherName = mother_->text();
    c.hasKia = hasKia_->isChecked();
    c.notes = notes_->text();
    c.posyanduId = posyanduId();
    c.status = static_cast<store::ChildStatus>(status_->currentData().toInt());
    c.statusDate = c.status == store::ChildStatus::Active ? QDate() : statusDate_->date();
    return c;
}

std::vector<FieldIssue> ChildForm::unreadable() const
{
    std::vector<FieldIssue> out;
    if (!male_->isChecked() && !female_->isChecked())
        out.push_back({kSex, tr("Choose male or female."), false});
    if (!birthDate_->isReadable())
        out.push_back({QStringLiteral("birth_date"), tr("Write the date as day-month-year, e.g. 17-08-2023."), false});
    if (!birthWeight_->isReadable())
        out.push_back({QStringLiteral("birth_weight_g"), tr("Write a number in kilograms, e.g. 3,2."), false});
    if (!birthLength_->isReadable())
        out.push_back({QStringLiteral("birth_length_mm"), tr("Write a number in centimetres, e.g. 49,5."), false});
    if (statusDate_->isVisibleTo(this) && !statusDate_->isReadable())
        out.push_back({QStringLiteral("status_date"), tr("Write the date as day-month-year, e.g. 17-08-2023."), false});
    return out;
}

QStringList ChildForm::fieldOrder() const
{
    return {QStringLiteral("posyandu_id"), QStringLiteral("name"), QStringLiteral("nik"),
            kSex, QStringLiteral("birth_date"), QStringLiteral("birth_weight_g"),
            QStringLiteral("birth_length_mm"), QStringLiteral("mother_name"), QStringLiteral("status"),
            QStringLiteral("status_date"), QStringLiteral("notes")};
}

QString ChildForm::ageHint() const
{
    const QDate birth = birthDate_->date();
    if (!birth.isValid() || !today_.isValid() || birth > today_)
        return {};
    return tr("Age today: %1").arg(DisplayText::age(birth, today_));
}

} // namespace tumbuh::ui
