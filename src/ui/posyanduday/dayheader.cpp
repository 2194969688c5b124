#include "ui/posyanduday/dayheader.h"

#include "ui/posyanduday/largetext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace tumbuh::ui {
DayHeader::DayHeader(QWidget* parent) : QWidget(parent)
{
    auto* top = new QHBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    heading_ = largetext::label({}, 1.5, true);
    top->addWidget(heading_);
    top->addSpacing(24);

    dateLabel_ = largetext::label({}, 1.1);
    date_ = new QDateEdit;
    date_->setObjectName(QStringLiteral("dateEdit"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    largetext::enlarge(date_, 1.2);
    dateLabel_->setBuddy(date_);
    top->addWidget(dateLabel_);
    top->addWidget(date_);
    dateError_ = new QLabel;
    dateError_->setObjectName(QStringLiteral("dateError"));
    dateError_->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    dateError_->hide();
    top->addWidget(dateError_);
    top->addSpacing(16);

    posyanduLabel_ = largetext::label({}, 1.1);
    posyandu_ = new QComboBox;
    posyandu_->setObjectName(QStringLiteral("posyanduCombo"));
    largetext::enlarge(posyandu_, 1.2);
    posyandu_->setMinimumContentsLength(16);
    posyanduLabel_->setBuddy(posyandu_);
    top->addWidget(posyanduLabel_);
    top->addWidget(posyandu_);
    top->addStretch();
    progress_ = largetext::label(QStringLiteral("progressLabel"), 1.2, true);
    top->addWidget(progress_);

    connect(date_, &QDateEdit::dateChanged, this, &DayHeader::dateChosen);
    connect(posyandu_, &QComboBox::currentIndexChanged, this, [this] { emit posyanduChosen(posyanduId()); });
    retranslate();
}

void DayHeader::retranslate()
{
    heading_->setText(tr("Posyandu day"));
    dateLabel_->setText(tr("&Date:"));
    posyanduLabel_->setText(tr("&Posyandu:"));
    setProgress(done_, total_);
}

void DayHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QDate DayHeader::date() const
{
    return date_->date();
}

void DayHeader::setDate(const QDate& date)
{
    const QSignalBlocker block(date_);
    date_->setDate(date);
}

void DayHeader::setToday(const QDate& today)
{
    const QSignalBlocker block(date_);
    date_->setMaximumDate(today);
}

void DayHeader::showDateError(const QString& text)
{
    dateError_->setText(text);
    dateError_->show();
}

void DayHeader::clearDateError()
{
    dateError_->hide();
}

void DayHeader::setPosyanduList(const std::vector<store::Posyandu>& list, std::optional<store::RowId> preferred)
{
    const QSignalBlocker block(posyandu_);
    const store::RowId previous = posyanduId();
    posyandu_->clear();
    int select = 0;
    bool keptPrevious = false;
    for (const auto& p : list) {
        if (p.meta.id == previous) {
            select = posyandu_->count();
            keptPrevious = true;
        } else if (!keptPrevious && preferred && p.meta.id == *preferred) {
            select = posyandu_->count();
        }
        posyandu_->addItem(p.name, QVariant::fromValue(p.meta.id));
    }
    posyandu_->setCurrentIndex(list.empty() ? -1 : select);
}

store::RowId DayHeader::posyanduId() const
{
    return posyandu_->currentData().toLongLong();
}

bool DayHeader::selectPosyandu(store::RowId id)
{
    const int i = posyandu_->findData(QVariant::fromValue(id));
    if (i < 0)
        return false;
    const QSignalBlocker block(posyandu_);
    posyandu_->setCurrentIndex(i);
    return true;
}

void DayHeader::setProgress(int done, int total)
{
    done_ = done;
    total_ = total;
    progress_->setText(tr("%1 of %2 children measured").arg(done).arg(total));
}

QList<QWidget*> DayHeader::tabChain() const
{
    return {date_, posyandu_};
}

} // namespace tumbuh::ui
