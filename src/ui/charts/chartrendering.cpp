#include "ui/charts/chartrendering.h"

#include "ui/charts/chartview.h"
#include "ui/charts/growthchartspec.h"
#include "ui/charts/trendchartspec.h"

#include <QPainter>

namespace tumbuh::ui {
namespace {

QImage image(const ChartSpec& spec, QSize size, qreal dpr)
{
    QImage img(QSize(qRound(size.width() * dpr), qRound(size.height() * dpr)), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::white);
    QPainter p(&img);
    ChartView::render(spec, &p, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    return img;
}

} // namespace

void renderChart(const report::ChartInput& input, QSize size, QPainter* painter)
{
    ChartView::render(GrowthChartSpec::build(input), painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
}

void renderChart(const report::ChartInput& input, QPainter* painter, const QRectF& target,
                 const QSizeF& layoutSize)
{
    ChartView::render(GrowthChartSpec::build(input), painter, target, layoutSize);
}

void renderTrend(const report::ZTrendInput& input, QPainter* painter, const QRectF& target,
                 const QSizeF& layoutSize)
{
    ChartView::render(TrendChartSpec::build(input), painter, target, layoutSize);
}

QImage chartImage(const report::ChartInput& input, QSize size, qreal devicePixelRatio)
{
    return image(GrowthChartSpec::build(input), size, devicePixelRatio);
}

QImage trendImage(const report::ZTrendInput& input, QSize size, qreal devicePixelRatio)
{
    return image(TrendChartSpec::build(input), size, devicePixelRatio);
}

report::ChartPainter cardChartPainter()
{
    return [](const report::ChartInput& chart, QPainter& painter, const QRectF& target,
              const QSizeF& layoutSize) { renderChart(chart, &painter, target, layoutSize); };
}

} // namespace tumbuh::ui
