#include "ui/common/stretchcolumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace tumbuh::ui {

StretchColumn::StretchColumn(QTableView* view, int column) : QObject(view), view_(view), viewport_(view->viewport())
{
    QHeaderView* header = view_->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    columns_.emplace_back(column, header->sectionSize(column));
    viewport_->installEventFilter(this);
    // Another column made wider or narrower, shown or hidden: the room left changes.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (!stretches(logical))
            apply();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &StretchColumn::apply);
}

void StretchColumn::setMinimumWidth(int width)
{
    columns_.front().second = std::max(0, width);
    apply();
}

void StretchColumn::addColumn(int column, int minimumWidth)
{
    view_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    const auto known = std::find_if(columns_.begin(), columns_.end(), [column](const auto& c) { return c.first == column; });
    if (known != columns_.end())
        known->second = std::max(0, minimumWidth); // a new language: new least widths
    else
        columns_.emplace_back(column, std::max(0, minimumWidth));
    apply();
}

bool StretchColumn::stretches(int column) const
{
    return std::any_of(columns_.begin(), columns_.end(), [column](const auto& c) { return c.first == column; });
}

void StretchColumn::apply()
{
    if (applying_)
        return;
    QHeaderView* header = view_->horizontalHeader();
    applying_ = true;
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!stretches(c) && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    int least = 0;
    int shared = 0;
    for (const auto& [column, minimum] : columns_)
        if (column < header->count() && !header->isSectionHidden(column)) {
            least += minimum;
            ++shared;
        }
    // The room beyond the least widths, shared out evenly.
    int extra = std::max(0, view_->viewport()->width() - others - least);
    for (const auto& [column, minimum] : columns_) {
        if (column >= header->count() || header->isSectionHidden(column))
            continue;
        const int part = extra / shared--;
        extra -= part;
        header->resizeSection(column, minimum + part);
    }
    applying_ = false;
}

bool StretchColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == viewport_)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace tumbuh::ui
