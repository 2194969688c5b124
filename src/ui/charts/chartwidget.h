#pragma once
// What the chart widgets of the child's page share: a ChartView filling the
// widget, empty until a spec is given (building a chart is the costly part),
// and where the plot and a data point are in this widget's coordinates, for
// tests and overlays. The subclasses say what they draw.
#include "ui/charts/chartspec.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace tumbuh::ui {

class ChartView;

class ChartWidget : public QWidget {
    Q_OBJECT
public:
    QRectF plotArea() const;
    // A data point (x in days or cm, y in the chart's unit) in this widget's
    // coordinates.
    QPointF mapToPosition(const QPointF& value) const;

protected:
    explicit ChartWidget(QWidget* parent = nullptr);
    void setSpec(const ChartSpec& spec);

private:
    ChartView* view_ = nullptr;
};

} // namespace tumbuh::ui
