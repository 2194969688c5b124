#include "ui/common/datefield.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace tumbuh::ui {

DateField::DateField(QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), calendarButton_(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(edit_, 1);
    layout->addWidget(calendarButton_);
    calendarButton_->setText(QStringLiteral("\u25BE"));
    calendarButton_->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field
    setFocusProxy(edit_);
    connect(edit_, &QLineEdit::textEdited, this, &DateField::edited);
    connect(calendarButton_, &QToolButton::clicked, this, &DateField::openCalendar);
    retranslateUi();
}

QDate DateField::parse(const QString& text)
{
    static const QRegularExpression dayFirst(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[-/. ]\\s*(\\d{1,2})\\s*[-/. ]\\s*(\\d{2}|\\d{4})\\s*$"));
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000; // balita are born this century
        return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    return {};
}

QDate DateField::date() const
{
    return parse(edit_->text());
}

bool DateField::isBlank() const
{
    return edit_->text().trimmed().isEmpty();
}

void DateField::setDate(const QDate& d)
{
    edit_->setText(d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString());
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateField::retranslateUi()
{
    edit_->setPlaceholderText(tr("dd-mm-yyyy"));
    calendarButton_->setToolTip(tr("Choose from a calendar"));
}

void DateField::openCalendar()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    if (const QDate d = date(); d.isValid())
        calendar->setSelectedDate(d);
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate& d) {
        setDate(d);
        emit edited();
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate& d) {
        setDate(d);
        emit edited();
        menu.close();
    });
    menu.exec(calendarButton_->mapToGlobal(QPoint(0, calendarButton_->height())));
    edit_->setFocus();
}

} // namespace tumbuh::ui
