#pragma once
// Charts without a window: into any painter (PNG, PDF, printer), for the
// growth card, screenshots and tests.
#include "report/chartdata.h"
#include "report/growthcard.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QSizeF>

class QPainter;

namespace tumbuh::ui {

// The chart laid out at `size` pixels, drawn at (0, 0) of the painter.
void renderChart(const report::ChartInput& input, QSize size, QPainter* painter);
// The chart laid out at `layoutSize` pixels, scaled into `target`.
void renderChart(const report::ChartInput& input, QPainter* painter, const QRectF& target,
                 const QSizeF& layoutSize);
void renderTrend(const report::ZTrendInput& input, QPainter* painter, const QRectF& target,
                 const QSizeF& layoutSize);

// Images at `size` logical pixels times `devicePixelRatio` (2 for a sharp
// screenshot).
QImage chartImage(const report::ChartInput& input, QSize size, qreal devicePixelRatio = 1.0);
QImage trendImage(const report::ZTrendInput& input, QSize size, qreal devicePixelRatio = 1.0);

// What the growth card needs to draw its charts (report::CardInput::paintChart).
report::ChartPainter cardChartPainter();

} // namespace tumbuh::ui
