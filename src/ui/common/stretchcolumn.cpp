#include "ui/common/stretchcolumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace tumbuh::ui {

StretchColumn::StretchColumn(QTableView* view, int column) : QObject(view), view_(view), column_(column)
{
    QHeaderView* header = view_->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column_, QHeaderView::Interactive);
    minimum_ = header->sectionSize(column_);
    view_->viewport()->installEventFilter(this);
    // Another column made wider or narrower, shown or hidden: the room left changes.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != column_)
            apply();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &StretchColumn::apply);
}

void StretchColumn::setMinimumWidth(int width)
{
    minimum_ = std::max(0, width);
    apply();
}

void StretchColumn::apply()
{
    if (applying_)
        return;
    QHeaderView* header = view_->horizontalHeader();
    if (column_ >= header->count())
        return;
    applying_ = true;
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != column_ && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int room = view_->viewport()->width() - others;
    header->resizeSection(column_, std::max(minimum_, room));
    applying_ = false;
}

bool StretchColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace tumbuh::ui
