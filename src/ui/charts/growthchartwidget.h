#pragma once
// One growth chart of one child, for the child's page: WHO SD curves with the
// KMS bands, the child's points joined, hover text on each point.
#include "report/chartdata.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace tumbuh::ui {

class ChartView;

class GrowthChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit GrowthChartWidget(QWidget* parent = nullptr);

    void setInput(const report::ChartInput& input);
    const report::ChartInput& input() const { return m_input; }

    // For tests and overlays: the plot rectangle and a data point (x in days
    // or cm, y in the chart's unit) in this widget's coordinates.
    QRectF plotArea() const;
    QPointF mapToPosition(const QPointF& value) const;

private:
    report::ChartInput m_input;
    ChartView* m_view = nullptr;
};

} // namespace tumbuh::ui
