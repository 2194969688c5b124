#include "ui/charts/growthchartwidget.h"

#include "ui/charts/chartview.h"
#include "ui/charts/growthchartspec.h"

#include <QVBoxLayout>

namespace tumbuh::ui {

GrowthChartWidget::GrowthChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_view(new ChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view); // empty until setInput(): building a chart is the costly part
}

void GrowthChartWidget::setInput(const report::ChartInput& input)
{
    m_input = input;
    m_view->setSpec(GrowthChartSpec::build(m_input));
}

QRectF GrowthChartWidget::plotArea() const
{
    return m_view->plotArea().translated(m_view->pos());
}

QPointF GrowthChartWidget::mapToPosition(const QPointF& value) const
{
    return m_view->mapToPosition(value) + m_view->pos();
}

} // namespace tumbuh::ui
