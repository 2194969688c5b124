#include "ui/child/childprofileview.h"

#include "ui/common/displaytext.h"
#include "ui/common/statusmarker.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tumbuh::ui {

ChildProfileView::ChildProfileView(QWidget* parent)
    : QWidget(parent), dot_(new QLabel(this)), name_(new QLabel(this)), status_(new QLabel(this)),
      facts_(new QLabel(this)), family_(new QLabel(this)), notes_(new QLabel(this))
{
    QFont big = name_->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name_->setFont(big);
    name_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* l : {facts_, family_, notes_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);

    auto* head = new QHBoxLayout;
    head->addWidget(dot_);
    head->addWidget(name_);
    head->addSpacing(12);
    head->addWidget(status_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(facts_);
    layout->addWidget(family_);
    layout->addWidget(notes_);
}

void ChildProfileView::setChild(const store::Child& child, const std::optional<store::Household>& household,
                                const QString& posyanduName, const QDate& today,
                                const std::optional<growth::Assessment>& latest)
{
    child_ = child;
    household_ = household;
    posyandu_ = posyanduName;
    today_ = today;
    latest_ = latest;
    render();
}

void ChildProfileView::render()
{
    const store::Child& c = child_;
    name_->setText(c.name);
    const Marker marker = latest_ ? StatusMarker::of(*latest_) : Marker::None;
    dot_->setPixmap(StatusMarker::icon(marker).pixmap(20, 20));
    if (latest_ && latest_->valid) {
        QStringList reasons = StatusMarker::reasons(*latest_);
        status_->setText(tr("%1 — %2").arg(StatusMarker::word(marker), reasons.join(QStringLiteral("; "))));
    } else {
        status_->setText(StatusMarker::word(marker));
    }
    status_->setStyleSheet(marker == Marker::Moderate || marker == Marker::Severe
                               ? QStringLiteral("color: %1; font-weight: bold;").arg(StatusMarker::color(marker).darker(150).name())
                               : QString());

    QStringList facts;
    facts << DisplayText::sexLong(c.sex);
    if (const QString age = DisplayText::age(c.birthDate, today_); !age.isEmpty())
        facts << tr("%1 old").arg(age);
    facts << (c.birthDateApproximate ? tr("born %1 (approximate)").arg(DisplayText::date(c.birthDate))
                                     : tr("born %1").arg(DisplayText::date(c.birthDate)));
    if (c.birthWeight)
        facts << tr("birth weight %1 kg").arg(DisplayText::kg(c.birthWeight));
    facts << (c.nik.isEmpty() ? tr("no NIK yet") : tr("NIK %1").arg(viewer_.nik(c.nik)));
    // Most names already say "Posyandu ...".
    if (!posyandu_.isEmpty())
        facts << (posyandu_.startsWith(QStringLiteral("posyandu"), Qt::CaseInsensitive) ? posyandu_
                                                                                        : tr("Posyandu %1").arg(posyandu_));
    if (c.status == store::ChildStatus::MovedAway)
        facts << tr("moved away on %1").arg(DisplayText::date(c.statusDate));
    else if (c.status == store::ChildStatus::Deceased)
        facts << tr("died on %1").arg(DisplayText::date(c.statusDate));
    facts_->setText(facts.join(QStringLiteral(" · ")));

    QStringList family;
    if (!c.motherName.isEmpty())
        family << tr("Mother: %1").arg(c.motherName);
    if (household_) {
        const store::Household& h = *household_;
        if (!h.fatherName.isEmpty())
            family << tr("Father: %1").arg(h.fatherName);
        QStringList address;
        if (!h.address.isEmpty())
            address << h.address;
        if (!h.rt.isEmpty() || !h.rw.isEmpty())
            address << tr("RT/RW %1/%2").arg(h.rt, h.rw);
        if (!h.kelurahan.isEmpty())
            address << h.kelurahan;
        if (!address.isEmpty())
            family << address.join(QStringLiteral(", "));
        if (!h.phone.isEmpty())
            family << tr("Phone %1").arg(h.phone);
    }
    family_->setText(family.join(QStringLiteral(" · ")));
    family_->setVisible(!family.isEmpty());

    QStringList notes;
    if (household_ && !household_->notes.isEmpty())
        notes << tr("Family: %1").arg(household_->notes);
    if (!c.notes.isEmpty())
        notes << tr("Notes: %1").arg(c.notes);
    notes_->setText(notes.join(QStringLiteral(" · ")));
    notes_->setVisible(!notes.isEmpty());
}

void ChildProfileView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace tumbuh::ui
