#include "ui/common/adaptivecolumns.h"

#include <QBoxLayout>
#include <QEvent>
#include <QResizeEvent>
#include <QStyle>

#include <algorithm>

namespace tumbuh::ui {

AdaptiveColumns::AdaptiveColumns(QWidget* first, QWidget* second, QWidget* parent)
    : QWidget(parent), first_(first), second_(second), box_(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    box_->setContentsMargins(0, 0, 0, 0);
    box_->setSpacing(12);
    box_->addWidget(first_, stretchFirst_);
    box_->addWidget(second_, stretchSecond_);
}

void AdaptiveColumns::setStretch(int first, int second)
{
    stretchFirst_ = first;
    stretchSecond_ = second;
    if (sideBySide_) {
        box_->setStretch(0, first);
        box_->setStretch(1, second);
    }
}

int AdaptiveColumns::sideBySideWidth() const
{
    const QMargins m = box_->contentsMargins();
    return first_->minimumSizeHint().expandedTo(first_->minimumSize()).width()
         + second_->minimumSizeHint().expandedTo(second_->minimumSize()).width() + box_->spacing() + m.left()
         + m.right();
}

QSize AdaptiveColumns::minimumSizeHint() const
{
    // As wide as the wider panel (stacked); as tall as the current layout.
    const QMargins m = box_->contentsMargins();
    const int width = std::max(first_->minimumSizeHint().expandedTo(first_->minimumSize()).width(),
                               second_->minimumSizeHint().expandedTo(second_->minimumSize()).width())
                    + m.left() + m.right();
    return {width, box_->minimumSize().height()};
}

bool AdaptiveColumns::event(QEvent* event)
{
    // A panel's hints changed (a result shown, a larger font): choose again
    // before the layout places them.
    if (event->type() == QEvent::LayoutRequest) {
        choose(width());
        const int minimum = minimumSizeHint().width();
        if (minimum != lastMinimum_) {
            lastMinimum_ = minimum;
            emit minimumChanged();
        }
    }
    return QWidget::event(event);
}

void AdaptiveColumns::resizeEvent(QResizeEvent* event)
{
    choose(event->size().width());
    QWidget::resizeEvent(event);
}

void AdaptiveColumns::rearrange()
{
    choose(width());
    updateGeometry();
}

void AdaptiveColumns::choose(int width)
{
    // Back side by side only with a scroll bar's width to spare, so that a
    // scroll bar appearing or going does not flip the panels to and fro.
    const int need = sideBySideWidth();
    const int spare = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const bool sideBySide = sideBySide_ ? width >= need : width >= need + spare;
    if (sideBySide == sideBySide_) return;
    sideBySide_ = sideBySide;
    box_->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    box_->setStretch(0, sideBySide ? stretchFirst_ : 0);
    box_->setStretch(1, sideBySide ? stretchSecond_ : 0);
    updateGeometry();
}

} // namespace tumbuh::ui
