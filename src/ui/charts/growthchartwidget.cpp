#include "ui/charts/growthchartwidget.h"

#include "ui/charts/growthchartspec.h"

namespace tumbuh::ui {

GrowthChartWidget::GrowthChartWidget(QWidget* parent) : ChartWidget(parent) { }

void GrowthChartWidget::setInput(const report::ChartInput& input)
{
    m_input = input;
    setSpec(GrowthChartSpec::build(m_input));
}

} // namespace tumbuh::ui
