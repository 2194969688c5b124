#include "ui/charts/zscoretrendwidget.h"

#include "ui/charts/trendchartspec.h"

namespace tumbuh::ui {

ZScoreTrendWidget::ZScoreTrendWidget(QWidget* parent) : ChartWidget(parent) { }

void ZScoreTrendWidget::setInput(const report::ZTrendInput& input)
{
    m_input = input;
    setSpec(TrendChartSpec::build(m_input));
}

} // namespace tumbuh::ui
