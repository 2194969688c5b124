#pragma once
// One growth chart of one child, for the child's page: WHO SD curves with the
// KMS bands, the child's points joined, hover text on each point.
#include "report/chartdata.h"
#include "ui/charts/chartwidget.h"

namespace tumbuh::ui {

class GrowthChartWidget : public ChartWidget {
    Q_OBJECT
public:
    explicit GrowthChartWidget(QWidget* parent = nullptr);

    void setInput(const report::ChartInput& input);
    const report::ChartInput& input() const { return m_input; }

private:
    report::ChartInput m_input;
};

} // namespace tumbuh::ui
