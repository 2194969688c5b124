#include "ui/child/measurementdialog.h"

#include "store/measurementrepository.h"
#include "ui/common/datefield.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"
#include "ui/common/numberfield.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

const QString kDate = QStringLiteral("measured_on");
const QString kWeight = QStringLiteral("weight_g");
const QString kLength = QStringLiteral("length_mm");
const QString kPosition = QStringLiteral("length_position");
const QString kHead = QStringLiteral("head_mm");
const QString kArm = QStringLiteral("muac_mm");
const QString kOedema = QStringLiteral("oedema");
const QString kBy = QStringLiteral("measured_by");
const QString kNotes = QStringLiteral("notes");

template <typename Unit>
std::optional<Unit> stored(const NumberField* field)
{
    const auto v = field->quantity().value;
    return v ? std::optional<Unit>(Unit{*v}) : std::nullopt;
}

template <typename Unit>
std::optional<std::int32_t> units(const std::optional<Unit>& v)
{
    return v ? std::optional<std::int32_t>(v->value) : std::nullopt;
}

// Which field an engine check is about.
QString fieldOf(const growth::Check& c)
{
    using growth::CheckKind;
    switch (c.kind) {
    case CheckKind::LengthDecreased: return kLength;
    case CheckKind::WeightChangedALot:
    case CheckKind::SameAsLastTime: return kWeight;
    case CheckKind::StandingUnder24Months:
    case CheckKind::LyingFrom24Months:
    case CheckKind::StandingUnder9Months:
    case CheckKind::PositionMissing: return kPosition;
    case CheckKind::Oedema: return kOedema;
    case CheckKind::ImplausibleZ:
        switch (c.indicator.value_or(growth::Indicator::WeightForAge)) {
        case growth::Indicator::LengthHeightForAge: return kLength;
        case growth::Indicator::HeadCircumferenceForAge: return kHead;
        case growth::Indicator::ArmCircumferenceForAge: return kArm;
        default: return kWeight;
        }
    }
    return {};
}

} // namespace

MeasurementDialog::MeasurementDialog(store::Database& db, const store::Child& child,
                                     std::vector<store::Measurement> others, store::Measurement measurement,
                                     Saver saver, QWidget* parent)
    : QDialog(parent), db_(db), child_(child), others_(std::move(others)), stored_(std::move(measurement)),
      saver_(std::move(saver)), grid_(new QGridLayout(new QWidget(this))), dateLabel_(new QLabel(this)),
      date_(new DateField(this)), weightLabel_(new QLabel(this)), weight_(new NumberField(NumberField::Unit::Kilograms, this)),
      lengthLabel_(new QLabel(this)), length_(new NumberField(NumberField::Unit::Centimetres, this)),
      positionLabel_(new QLabel(this)),
      positionBox_(new QWidget(this)), lying_(new QRadioButton(positionBox_)),
      standing_(new QRadioButton(positionBox_)), headLabel_(new QLabel(this)),
      head_(new NumberField(NumberField::Unit::Centimetres, this)), armLabel_(new QLabel(this)),
      arm_(new NumberField(NumberField::Unit::Centimetres, this)), oedema_(new QCheckBox(this)),
      byLabel_(new QLabel(this)), by_(new QLineEdit(this)), notesLabel_(new QLabel(this)),
      notes_(new QLineEdit(this)), result_(new QLabel(this)), general_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      timer_(new QTimer(this))
{
    auto* positions = new QHBoxLayout(positionBox_);
    positions->setContentsMargins(0, 0, 0, 0);
    positions->addWidget(lying_);
    positions->addWidget(standing_);
    positions->addStretch(1);
    auto* group = new QButtonGroup(this);
    group->addButton(lying_);
    group->addButton(standing_);
    for (NumberField* f : {weight_, length_, head_, arm_})
        f->setMaximumWidth(100);

    grid_.addRow(kDate, dateLabel_, date_);
    grid_.addRow(kWeight, weightLabel_, weight_);
    grid_.addRow(kLength, lengthLabel_, length_);
    grid_.addRow(kPosition, positionLabel_, positionBox_);
    grid_.addRow(kHead, headLabel_, head_);
    grid_.addRow(kArm, armLabel_, arm_);
    grid_.addRow(kOedema, new QLabel(this), oedema_);
    grid_.addRow(kBy, byLabel_, by_);
    grid_.addRow(kNotes, notesLabel_, notes_);

    result_->setWordWrap(true);
    result_->setTextFormat(Qt::PlainText);
    general_->setWordWrap(true);
    general_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    general_->hide();

    auto* layout = new QVBoxLayout(this);
    // The fields scroll when the messages under them make the form taller
    // than a small screen.
    layout->addWidget(new DialogScrollArea(grid_.layout()->parentWidget(), this), 1);
    layout->addWidget(result_);
    layout->addWidget(general_);
    layout->addWidget(buttons_);

    date_->setDate(stored_.date);
    weight_->setStored(units(stored_.weight));
    length_->setStored(units(stored_.length));
    lying_->setChecked(stored_.position == growth::Measure::Lying);
    standing_->setChecked(stored_.position == growth::Measure::Standing);
    head_->setStored(units(stored_.headCircumference));
    arm_->setStored(units(stored_.armCircumference));
    oedema_->setChecked(stored_.oedema);
    by_->setText(stored_.measuredBy);
    notes_->setText(stored_.notes);

    timer_->setSingleShot(true);
    timer_->setInterval(300);
    connect(timer_, &QTimer::timeout, this, &MeasurementDialog::validateNow);
    const auto on = [this](const QString& field) { return [this, field] { onEdited(field); }; };
    connect(date_, &DateField::edited, this, on(kDate));
    connect(weight_, &QLineEdit::textEdited, this, on(kWeight));
    connect(length_, &QLineEdit::textEdited, this, on(kLength));
    connect(lying_, &QRadioButton::toggled, this, on(kPosition));
    connect(standing_, &QRadioButton::toggled, this, on(kPosition));
    connect(head_, &QLineEdit::textEdited, this, on(kHead));
    connect(arm_, &QLineEdit::textEdited, this, on(kArm));
    connect(oedema_, &QCheckBox::toggled, this, on(kOedema));
    connect(by_, &QLineEdit::textEdited, this, on(kBy));
    connect(notes_, &QLineEdit::textEdited, this, on(kNotes));
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    // A stored row is shown with everything the checks say about it.
    showAll_ = true;
    validateNow();
    DialogScrollArea::fitWhenShown(this);
    weight_->setFocus();
}

void MeasurementDialog::retranslateUi()
{
    setWindowTitle(tr("Edit measurement of %1").arg(child_.name));
    dateLabel_->setText(tr("&Date"));
    weightLabel_->setText(tr("&Weight (kg)"));
    lengthLabel_->setText(tr("&Length/height (cm)"));
    positionLabel_->setText(tr("Measured"));
    lying_->setText(tr("L&ying"));
    standing_->setText(tr("S&tanding"));
    headLabel_->setText(tr("&Head circumference (cm)"));
    armLabel_->setText(tr("&MUAC (cm)"));
    oedema_->setText(tr("&Oedema (swelling of both feet)"));
    byLabel_->setText(tr("Measured &by"));
    notesLabel_->setText(tr("&Notes"));
    buttons_->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void MeasurementDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validateNow();
    }
    QDialog::changeEvent(event);
}

void MeasurementDialog::onEdited(const QString& field)
{
    touched_.insert(field);
    timer_->start();
}

store::Measurement MeasurementDialog::measurement() const
{
    store::Measurement m = stored_;
    m.date = date_->date();
    m.weight = stored<growth::Grams>(weight_);
    m.length = stored<growth::Millimetres>(length_);
    m.position = lying_->isChecked()    ? growth::Measure::Lying
               : standing_->isChecked() ? growth::Measure::Standing
                                        : growth::Measure::Unknown;
    m.headCircumference = stored<growth::Millimetres>(head_);
    m.armCircumference = stored<growth::Millimetres>(arm_);
    m.oedema = oedema_->isChecked();
    m.measuredBy = by_->text().trimmed();
    m.notes = notes_->text().trimmed();
    return m;
}

std::vector<FieldIssue> MeasurementDialog::unreadable() const
{
    std::vector<FieldIssue> out;
    if (!date_->isReadable())
        out.push_back({kDate, tr("Write the date as day-month-year, e.g. 17-08-2023."), false});
    const std::pair<const NumberField*, QString> numbers[] = {{weight_, kWeight}, {length_, kLength}, {head_, kHead}, {arm_, kArm}};
    for (const auto& [field, name] : numbers)
        if (!field->isReadable())
            out.push_back({name, tr("Write a number, e.g. 8,5 or 8.5."), false});
    return out;
}

std::vector<FieldIssue> MeasurementDialog::engineChecks(const store::Measurement& m, QString* summary) const
{
    std::vector<FieldIssue> out;
    if (!m.date.isValid())
        return out;
    const std::vector<growth::Visit> history = toVisits(others_);
    const growth::Assessment a = growth::assessVisit(toFacts(child_), toVisit(m), history);
    if (!a.valid)
        return out;
    for (const auto& c : a.checks)
        out.push_back({fieldOf(c), DisplayText::check(c), true});
    if (summary) {
        QStringList parts;
        for (const auto i : {growth::Indicator::WeightForAge, growth::Indicator::LengthHeightForAge,
                             growth::Indicator::WeightForLengthHeight, growth::Indicator::BmiForAge}) {
            const auto& r = a.result(i);
            if (r.z.ok() && r.category)
                parts << tr("%1 %2 %3").arg(DisplayText::indicatorShort(i), DisplayText::z(r.z.z), DisplayText::category(*r.category));
        }
        if (a.weighing && a.weighing->ok())
            parts << DisplayText::weighingReason(*a.weighing);
        *summary = parts.join(QStringLiteral(" · "));
    }
    return out;
}

bool MeasurementDialog::validateNow()
{
    timer_->stop();
    grid_.clearMessages();
    std::vector<FieldIssue> issues = unreadable();
    std::set<QString> blocked;
    for (const auto& i : issues)
        blocked.insert(i.field);
    const store::Measurement m = measurement();
    for (auto& i : issuesOf(store::MeasurementRepository(db_).validate(m)))
        if (!blocked.contains(i.field))
            issues.push_back(std::move(i));
    QString summary;
    for (auto& i : engineChecks(m, &summary))
        issues.push_back(std::move(i));

    bool ok = true;
    QStringList general;
    std::set<QString> shown;
    for (const auto& i : issues) {
        if (!i.warning)
            ok = false;
        FieldMessage* msg = grid_.message(i.field);
        if (!msg) {
            general << i.message;
            continue;
        }
        if ((!showAll_ && !touched_.contains(i.field)) || shown.contains(i.field))
            continue;
        shown.insert(i.field);
        if (i.warning)
            msg->showWarning(i.message);
        else
            msg->showError(i.message);
    }
    general_->setText(general.join(QLatin1Char('\n')));
    general_->setVisible(!general.isEmpty());
    result_->setText(summary);
    result_->setVisible(!summary.isEmpty());
    return ok;
}

bool MeasurementDialog::save()
{
    showAll_ = true;
    if (!validateNow())
        return false;
    const auto saved = saver_ ? saver_(measurement()) : store::Result<void>();
    if (!saved) {
        const store::Error& e = saved.error();
        if (FieldMessage* msg = grid_.message(e.field)) {
            msg->showError(e.message);
        } else {
            general_->setText(e.message);
            general_->show();
        }
        return false;
    }
    return true;
}

} // namespace tumbuh::ui
