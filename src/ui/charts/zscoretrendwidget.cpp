#include "ui/charts/zscoretrendwidget.h"

#include "ui/charts/chartview.h"
#include "ui/charts/trendchartspec.h"

#include <QVBoxLayout>

namespace tumbuh::ui {

ZScoreTrendWidget::ZScoreTrendWidget(QWidget* parent)
    : QWidget(parent)
    , m_view(new ChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view); // empty until setInput(): building a chart is the costly part
}

void ZScoreTrendWidget::setInput(const report::ZTrendInput& input)
{
    m_input = input;
    m_view->setSpec(TrendChartSpec::build(m_input));
}

QRectF ZScoreTrendWidget::plotArea() const
{
    return m_view->plotArea().translated(m_view->pos());
}

QPointF ZScoreTrendWidget::mapToPosition(const QPointF& value) const
{
    return m_view->mapToPosition(value) + m_view->pos();
}

} // namespace tumbuh::ui
