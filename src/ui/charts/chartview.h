#pragma once
// The one adapter between Tumbuh's charts and the charting library: it draws
// a ChartSpec with Qt Charts. No other file in the project includes
// <QtCharts>, and this header does not either, so that the move to Qt Graphs
// (Qt Charts is deprecated after Qt 6.10) replaces chartview.cpp alone.
#include "ui/charts/chartspec.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

#include <memory>

class QPainter;

namespace tumbuh::ui {

class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setSpec(const ChartSpec& spec);
    const ChartSpec& spec() const;

    // Where the plot is, in this widget's coordinates (valid once laid out,
    // e.g. after show() or grab()).
    QRectF plotArea() const;
    // A data point (x, y of the spec) in this widget's coordinates.
    QPointF mapToPosition(const QPointF& value) const;

    // Draws `spec` laid out at `logicalSize` pixels, scaled into `target`, on
    // any painter (image, PDF, printer); needs no visible window. Vector
    // output stays vector.
    static void render(const ChartSpec& spec, QPainter* painter, const QRectF& target,
                       const QSizeF& logicalSize);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void ensureBuilt() const;

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tumbuh::ui
