#include "ui/charts/chartwidget.h"

#include "ui/charts/chartview.h"

#include <QVBoxLayout>

namespace tumbuh::ui {

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent), view_(new ChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void ChartWidget::setSpec(const ChartSpec& spec)
{
    view_->setSpec(spec);
}

QRectF ChartWidget::plotArea() const
{
    return view_->plotArea().translated(view_->pos());
}

QPointF ChartWidget::mapToPosition(const QPointF& value) const
{
    return view_->mapToPosition(value) + view_->pos();
}

} // namespace tumbuh::ui
