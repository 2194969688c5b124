#include "ui/register/householdform.h"

#include "ui/common/nikfield.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tumbuh::ui {

HouseholdForm::HouseholdForm(QWidget* parent)
    : QWidget(parent), box_(new QGroupBox(this)), grid_(new QGridLayout(box_)), familyLabel_(new QLabel(box_)),
      family_(new QComboBox(box_)), addressLabel_(new QLabel(box_)), address_(new QLineEdit(box_)),
      rtLabel_(new QLabel(box_)), rt_(new QLineEdit(box_)), rwLabel_(new QLabel(box_)), rw_(new QLineEdit(box_)),
      kelurahanLabel_(new QLabel(box_)), kelurahan_(new QLineEdit(box_)), kkLabel_(new QLabel(box_)),
      kk_(new QLineEdit(box_)), fatherLabel_(new QLabel(box_)), father_(new QLineEdit(box_)),
      fatherNikLabel_(new QLabel(box_)), fatherNik_(new NikField(box_)), motherNikLabel_(new QLabel(box_)),
      motherNik_(new NikField(box_)), phoneLabel_(new QLabel(box_)), phone_(new QLineEdit(box_)),
      notesLabel_(new QLabel(box_)), notes_(new QLineEdit(box_))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box_);
    outer->addStretch(1);

    rt_->setMaximumWidth(80);
    rw_->setMaximumWidth(80);
    family_->setMinimumContentsLength(28);
    family_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    grid_.addRow(QStringLiteral("household_id"), familyLabel_, family_);
    grid_.addRow(QStringLiteral("address"), addressLabel_, address_);
    grid_.addRow(QStringLiteral("rt"), rtLabel_, rt_);
    grid_.addRow(QStringLiteral("rw"), rwLabel_, rw_);
    grid_.addRow(QStringLiteral("kelurahan"), kelurahanLabel_, kelurahan_);
    grid_.addRow(QStringLiteral("kk_number"), kkLabel_, kk_);
    grid_.addRow(QStringLiteral("father_name"), fatherLabel_, father_);
    grid_.addRow(QStringLiteral("father_nik"), fatherNikLabel_, fatherNik_);
    grid_.addRow(QStringLiteral("mother_nik"), motherNikLabel_, motherNik_);
    grid_.addRow(QStringLiteral("phone"), phoneLabel_, phone_);
    grid_.addRow(QStringLiteral("notes"), notesLabel_, notes_);

    const std::pair<QLineEdit*, const char*> fields[] = {
        {address_, "address"}, {rt_, "rt"}, {rw_, "rw"}, {kelurahan_, "kelurahan"}, {kk_, "kk_number"}, {father_, "father_name"}, {phone_, "phone"}, {notes_, "notes"}};
    for (const auto& [edit, name] : fields) {
        const QString field = QString::fromLatin1(name);
        connect(edit, &QLineEdit::textEdited, this, [this, field] { emit edited(field); });
    }
    connect(fatherNik_, &NikField::edited, this, [this] { emit edited(QStringLiteral("father_nik")); });
    connect(motherNik_, &NikField::edited, this, [this] { emit edited(QStringLiteral("mother_nik")); });
    connect(family_, &QComboBox::currentIndexChanged, this, [this] {
        const auto id = selectedId();
        store::Household chosen;
        if (id)
            for (const auto& h : households_)
                if (h.meta.id == *id)
                    chosen = h;
        base_ = chosen;
        showHousehold(chosen);
        emit familyChosen(chosen.motherName);
        emit edited(QStringLiteral("household_id"));
    });

    retranslateUi();
}

void HouseholdForm::setViewer(const store::SignedInUser& viewer)
{
    fatherNik_->setViewer(viewer);
    motherNik_->setViewer(viewer);
}

QLineEdit* HouseholdForm::motherNikEdit() const
{
    return motherNik_->edit();
}

void HouseholdForm::retranslateUi()
{
    box_->setTitle(tr("Family"));
    familyLabel_->setText(tr("Fa&mily"));
    family_->setToolTip(tr("A younger sibling joins the family already registered for the older child"));
    addressLabel_->setText(tr("A&ddress"));
    rtLabel_->setText(tr("RT"));
    rwLabel_->setText(tr("RW"));
    kelurahanLabel_->setText(tr("Kelurahan/desa"));
    kkLabel_->setText(tr("Family card no. (KK)"));
    fatherLabel_->setText(tr("Father's name"));
    fatherNikLabel_->setText(tr("Father's NIK"));
    motherNikLabel_->setText(tr("Mother's NIK"));
    phoneLabel_->setText(tr("Phone"));
    notesLabel_->setText(tr("Family notes"));
    notes_->setPlaceholderText(tr("e.g. receives PKH or BPNT"));
    fillChoices();
}

void HouseholdForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString HouseholdForm::describe(const store::Household& h) const
{
    QStringList parts;
    if (!h.motherName.isEmpty())
        parts << tr("Mother: %1").arg(h.motherName);
    else if (!h.fatherName.isEmpty())
        parts << tr("Father: %1").arg(h.fatherName);
    if (!h.address.isEmpty())
        parts << h.address;
    if (!h.rt.isEmpty() || !h.rw.isEmpty())
        parts << tr("RT/RW %1/%2").arg(h.rt, h.rw);
    return parts.isEmpty() ? tr("Family #%1").arg(h.meta.id) : parts.join(QStringLiteral(", "));
}

void HouseholdForm::fillChoices()
{
    const QVariant current = family_->currentData();
    const QSignalBlocker block(family_);
    family_->clear();
    family_->addItem(tr("New family"), QVariant());
    for (const auto& h : households_)
        family_->addItem(describe(h), QVariant::fromValue(h.meta.id));
    const int at = current.isValid() ? family_->findData(current) : 0;
    family_->setCurrentIndex(at >= 0 ? at : 0);
}

void HouseholdForm::setChoices(std::vector<store::Household> households)
{
    const auto keep = selectedId();
    households_ = std::move(households);
    fillChoices();
    select(keep);
}

void HouseholdForm::select(std::optional<store::RowId> householdId)
{
    const int at = householdId ? family_->findData(QVariant::fromValue(*householdId)) : 0;
    {
        const QSignalBlocker block(family_);
        family_->setCurrentIndex(at >= 0 ? at : 0);
    }
    base_ = store::Household();
    if (householdId)
        for (const auto& h : households_)
            if (h.meta.id == *householdId)
                base_ = h;
    showHousehold(base_);
}

std::optional<store::RowId> HouseholdForm::selectedId() const
{
    const QVariant v = family_->currentData();
    if (!v.isValid())
        return std::nullopt;
    return v.value<store::RowId>();
}

void HouseholdForm::showHousehold(const store::Household& h)
{
    address_->setText(h.address);
    rt_->setText(h.rt);
    rw_->setText(h.rw);
    kelurahan_->setText(h.kelurahan);
    kk_->setText(h.kkNumber);
    father_->setText(h.fatherName);
    fatherNik_->setStored(h.fatherNik);
    motherNik_->setStored(h.motherNik);
    phone_->setText(h.phone);
    notes_->setText(h.notes);
}

store::Household HouseholdForm::household() const
{
    store::Household h = base_;
    h.address = address_->text().trimmed();
    h.rt = rt_->text().trimmed();
    h.rw = rw_->text().trimmed();
    h.kelurahan = kelurahan_->text().trimmed();
    h.kkNumber = kk_->text().trimmed();
    h.fatherName = father_->text().trimmed();
    h.fatherNik = fatherNik_->value().trimmed();
    h.motherNik = motherNik_->value().trimmed();
    h.phone = phone_->text().trimmed();
    h.notes = notes_->text().trimmed();
    return h;
}

bool HouseholdForm::isBlank() const
{
    if (selectedId())
        return false;
    for (const QLineEdit* e : {address_, rt_, rw_, kelurahan_, kk_, father_, fatherNik_->edit(), motherNik_->edit(), phone_, notes_})
        if (!e->text().trimmed().isEmpty())
            return false;
    return true;
}

QStringList HouseholdForm::fieldOrder() const
{
    return {QStringLiteral("household_id"), QStringLiteral("address"), QStringLiteral("rt"),
            QStringLiteral("rw"), QStringLiteral("kelurahan"), QStringLiteral("kk_number"),
            QStringLiteral("father_name"), QStringLiteral("father_nik"), QStringLiteral("mother_nik"),
            QStringLiteral("phone"), QStringLiteral("notes")};
}

} // namespace tumbuh::ui
