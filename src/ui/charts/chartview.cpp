// The only file of the project that includes Qt Charts (see chartview.h).
#include "ui/charts/chartview.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QPainter>
#include <QPointer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace tumbuh::ui {
namespace {

// Every text on a chart has a pixel size: the chart is laid out in pixels and
// scaled as a whole onto screens, images and PDF pages, and point sizes would
// be resolved against the wrong device when printing.
QFont pixelFont(int px, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

constexpr int kTitlePx = 15;
constexpr int kAxisTitlePx = 12;
constexpr int kLabelPx = 11;
constexpr int kEndLabelPx = 11;
constexpr int kLegendPx = 12;
constexpr double kEndLabelGap = 4.0;

QColor textColor() { return QColor(0x26, 0x26, 0x26); }

QScatterSeries::MarkerShape qtShape(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle: return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Square: return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerShape::Pentagon: return QScatterSeries::MarkerShapePentagon;
    case MarkerShape::Star: return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QLineSeries* makeLine(const QList<QPointF>& points, const QPen& pen)
{
    auto* s = new QLineSeries;
    s->replace(points);
    s->setPen(pen);
    return s;
}

void styleAxis(QAbstractAxis* axis, const QString& title)
{
    axis->setTitleText(title);
    axis->setTitleFont(pixelFont(kAxisTitlePx, true));
    axis->setTitleBrush(textColor());
    axis->setLabelsFont(pixelFont(kLabelPx));
    axis->setLabelsColor(textColor());
    axis->setLinePen(QPen(QColor(0x80, 0x80, 0x80), 1));
    axis->setGridLinePen(QPen(QColor(0, 0, 0, 40), 1));
    axis->setMinorGridLinePen(QPen(QColor(0, 0, 0, 18), 1));
}

// The grid drawn over the bands (an axis grid would be hidden under them),
// as one polyline per line weight: it runs up and down the plot for the
// vertical lines, then left and right for the horizontal ones, turning
// outside the plot where the chart clips it away. One series instead of
// one per line: every series costs Qt Charts time to set up.
QList<double> gridValues(const SpecAxis& axis, bool minor)
{
    QList<double> out;
    if (!(axis.step > 0) || axis.max <= axis.min)
        return out;
    const int parts = minor ? axis.minorPerStep + 1 : 1;
    if (minor && parts == 1)
        return out;
    const double step = axis.step / parts;
    const auto first = static_cast<long>(std::ceil((axis.min - axis.anchor) / step - 1e-9));
    for (long i = first;; ++i) {
        const double v = axis.anchor + static_cast<double>(i) * step;
        if (v > axis.max + 1e-9)
            break;
        if (minor && i % parts == 0)
            continue; // a major line
        if (v > axis.min + 1e-9 && v < axis.max - 1e-9)
            out.push_back(v);
    }
    return out;
}

QLineSeries* gridSeries(const SpecAxis& x, const SpecAxis& y, bool minor)
{
    const double padX = x.max - x.min;
    const double padY = y.max - y.min;
    const double outLeft = x.min - padX;
    const double outRight = x.max + padX;
    const double outBottom = y.min - padY;
    const double outTop = y.max + padY;
    QList<QPointF> pts;
    bool up = true;
    for (const double v : gridValues(x, minor)) {
        pts.push_back({v, up ? outBottom : outTop});
        pts.push_back({v, up ? outTop : outBottom});
        up = !up;
    }
    if (!pts.isEmpty())
        pts.push_back({outLeft, pts.back().y()}); // round the corner, outside
    bool right = true;
    for (const double v : gridValues(y, minor)) {
        pts.push_back({right ? outLeft : outRight, v});
        pts.push_back({right ? outRight : outLeft, v});
        right = !right;
    }
    if (pts.isEmpty())
        return nullptr;
    return makeLine(pts, QPen(QColor(0, 0, 0, minor ? 11 : 30), 1.0));
}

QValueAxis* makeValueAxis(const SpecAxis& spec)
{
    auto* axis = new QValueAxis;
    axis->setRange(spec.min, spec.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(spec.anchor);
    axis->setTickInterval(spec.step);
    axis->setMinorTickCount(spec.minorPerStep);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(spec.decimals));
    return axis;
}

// The state the annotations (end labels, note) need when the plot moves.
struct Annotations {
    QPointer<QChart> chart;
    QAbstractSeries* anchor = nullptr; // any series on the chart's axes, for mapToPosition
    QList<QGraphicsSimpleTextItem*> endLabels;
    QList<double> endValues;
    QGraphicsSimpleTextItem* note = nullptr;
    QList<QGraphicsSimpleTextItem*> texts;
    QList<SpecText> textSpecs;
    // Age labels: all of them when they fit, else the years only.
    QCategoryAxis* ageAxis = nullptr;
    QList<SpecTick> ticks;
    bool allTicks = true;
};

QString tickLabel(const SpecTick& t)
{
    return t.major ? QStringLiteral("<b>%1</b>").arg(t.label.toHtmlEscaped()) : t.label.toHtmlEscaped();
}

void setTicks(QCategoryAxis* axis, const QList<SpecTick>& ticks, bool all)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        if (all || ticks[i].major || i == 0)
            axis->append(tickLabel(ticks[i]), ticks[i].value);
}

// Qt Charts shortens every label to "..." when one is too wide for its
// share of the axis (a narrow window, an A5 card). Rather than show dots,
// keep only the years.
void fitTicks(Annotations& a)
{
    if (!a.ageAxis || a.ticks.isEmpty() || !a.chart)
        return;
    const QFontMetricsF fm(pixelFont(kLabelPx, true));
    double widest = 0;
    for (const SpecTick& t : a.ticks)
        widest = std::max(widest, fm.horizontalAdvance(t.label));
    // Qt Charts gives each label the axis width over the label count, less
    // twice its 5-pixel label padding; one pixel more for rounding.
    const double share = a.chart->plotArea().width() / static_cast<double>(a.ticks.size());
    const bool all = share - 11.0 >= widest;
    if (all == a.allTicks)
        return;
    a.allTicks = all;
    setTicks(a.ageAxis, a.ticks, all);
}

// Puts the SD labels just right of the plot at the height of their curve,
// nudged apart where curves end close together so that no two overlap.
void placeAnnotations(const Annotations& a)
{
    if (!a.chart || !a.anchor)
        return;
    const QRectF plot = a.chart->plotArea();
    struct Item {
        QGraphicsSimpleTextItem* item;
        double y;
        double h;
    };
    QList<Item> items;
    for (qsizetype i = 0; i < a.endLabels.size(); ++i) {
        auto* item = a.endLabels[i];
        const QPointF p = a.chart->mapToPosition(QPointF(0, a.endValues[i]), a.anchor);
        const double h = item->boundingRect().height();
        item->setVisible(p.y() >= plot.top() - 1 && p.y() <= plot.bottom() + 1);
        if (item->isVisible())
            items.push_back({item, p.y() - h / 2, h});
    }
    std::sort(items.begin(), items.end(), [](const Item& l, const Item& r) { return l.y < r.y; });
    for (qsizetype i = 1; i < items.size(); ++i)
        items[i].y = std::max(items[i].y, items[i - 1].y + items[i - 1].h * 0.9);
    // If pushing down ran past the bottom, push the stack back up.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const double limit = i + 1 < items.size() ? items[i + 1].y - items[i].h * 0.9
                                                  : plot.bottom() - items[i].h / 2;
        items[i].y = std::min(items[i].y, limit);
    }
    for (const Item& it : items)
        it.item->setPos(plot.right() + kEndLabelGap, it.y);
    if (a.note) {
        const QRectF r = a.note->boundingRect();
        a.note->setPos(plot.center() - r.center());
    }
    for (qsizetype i = 0; i < a.texts.size(); ++i) {
        const SpecText& t = a.textSpecs[i];
        const QPointF p = a.chart->mapToPosition(t.at, a.anchor);
        const QRectF r = a.texts[i]->boundingRect();
        const double x = t.align & Qt::AlignLeft    ? p.x() - kEndLabelGap - r.width()
                       : t.align & Qt::AlignHCenter ? p.x() - r.width() / 2
                                                    : p.x() + kEndLabelGap;
        const double y = t.align & Qt::AlignTop     ? p.y() - r.height() - 2
                       : t.align & Qt::AlignVCenter ? p.y() - r.height() / 2
                                                    : p.y() + 2;
        a.texts[i]->setPos(x, y);
    }
}

QChart* buildChart(const ChartSpec& spec, QWidget* tooltipHost)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(spec.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(true);
    chart->setPlotAreaBackgroundBrush(Qt::white);
    chart->setPlotAreaBackgroundPen(QPen(spec.frame, 1.5));
    chart->setMargins(QMargins(6, 4, spec.endLabels.isEmpty() ? 10 : 30, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0); // the background reaches the edges
    chart->setLocalizeNumbers(true);
    chart->setTitle(spec.title);
    chart->setTitleFont(pixelFont(kTitlePx, true));
    chart->setTitleBrush(spec.titleColor.isValid() ? spec.titleColor : textColor());

    // x: labels from the spec on a category axis when the spec names them,
    // else numbers. The grid is drawn as series (gridComb), not by the axes.
    QAbstractAxis* xAxis = nullptr;
    if (spec.x.ticks.isEmpty()) {
        auto* axis = makeValueAxis(spec.x);
        styleAxis(axis, spec.x.title);
        xAxis = axis;
    } else {
        auto* axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        // The first label sits on the axis minimum, so the categories start
        // just before it.
        axis->setStartValue(spec.x.min - (spec.x.max - spec.x.min) * 1e-6);
        setTicks(axis, spec.x.ticks, true);
        axis->setRange(spec.x.min, spec.x.max);
        styleAxis(axis, spec.x.title);
        axis->setGridLineVisible(false);
        xAxis = axis;
    }
    auto* yAxis = makeValueAxis(spec.y);
    styleAxis(yAxis, spec.y.title);
    for (QAbstractAxis* axis : {xAxis, static_cast<QAbstractAxis*>(yAxis)}) {
        axis->setGridLineVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto add = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };

    // Drawn in the order added: bands, grid, reference lines, the child's
    // lines, markers. The first series also maps data to pixels for the
    // annotations (an empty one when there is no band).
    QAbstractSeries* anchor = nullptr;
    if (spec.bands.isEmpty()) {
        anchor = new QLineSeries;
        add(anchor);
    }
    for (const SpecBand& band : spec.bands) {
        auto* upper = makeLine(band.upper, Qt::NoPen);
        auto* lower = makeLine(band.lower, Qt::NoPen);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setBrush(band.color);
        // A hairline of the fill colour closes the anti-aliasing seam
        // between two neighbouring bands.
        area->setPen(QPen(band.color, 0.8));
        add(area);
        if (!anchor)
            anchor = area;
    }
    for (const bool minor : {true, false})
        if (QLineSeries* grid = gridSeries(spec.x, spec.y, minor))
            add(grid);
    for (const SpecLine& line : spec.referenceLines)
        add(makeLine(line.points, line.pen));
    for (const SpecLine& line : spec.dataLines)
        add(makeLine(line.points, line.pen));

    int legendEntries = 0;
    for (const SpecMarkers& m : spec.markers) {
        auto* s = new QScatterSeries;
        s->replace(m.points);
        s->setMarkerShape(qtShape(m.shape));
        s->setMarkerSize(m.size);
        s->setBrush(m.fill);
        s->setColor(m.fill);
        s->setPen(m.border);
        s->setBorderColor(m.border.color());
        s->setName(m.legend);
        add(s);
        if (!m.legend.isEmpty())
            ++legendEntries;
        if (tooltipHost && !m.tooltips.isEmpty()) {
            const QList<QPointF> points = m.points;
            const QStringList tips = m.tooltips;
            QPointer<QWidget> host = tooltipHost;
            QObject::connect(s, &QScatterSeries::hovered, s,
                             [points, tips, host](const QPointF& p, bool on) {
                                 if (!on || !host) {
                                     QToolTip::hideText();
                                     return;
                                 }
                                 // The signal gives the point's own value:
                                 // find the nearest in data units.
                                 qsizetype best = -1;
                                 double bestD = 0;
                                 for (qsizetype i = 0; i < points.size(); ++i) {
                                     const double d = std::hypot(points[i].x() - p.x(),
                                                                 points[i].y() - p.y());
                                     if (best < 0 || d < bestD) {
                                         best = i;
                                         bestD = d;
                                     }
                                 }
                                 if (best >= 0 && best < tips.size())
                                     QToolTip::showText(QCursor::pos(), tips[best], host);
                             });
        }
    }

    QLegend* legend = chart->legend();
    legend->setVisible(legendEntries > 0);
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(pixelFont(kLegendPx));
    legend->setLabelColor(textColor());
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QLegendMarker* marker : legend->markers())
        marker->setVisible(!marker->series()->name().isEmpty());

    // Annotations: plain text items on the chart, moved whenever the plot
    // area changes (resize, legend, axis labels).
    auto annotations = std::make_shared<Annotations>();
    annotations->chart = chart;
    annotations->anchor = anchor;
    annotations->ageAxis = qobject_cast<QCategoryAxis*>(xAxis);
    annotations->ticks = spec.x.ticks;
    for (const SpecEndLabel& l : spec.endLabels) {
        auto* item = new QGraphicsSimpleTextItem(l.text, chart);
        item->setFont(pixelFont(kEndLabelPx, l.bold));
        item->setBrush(l.color);
        item->setZValue(10);
        annotations->endLabels.push_back(item);
        annotations->endValues.push_back(l.y);
    }
    if (!spec.note.isEmpty()) {
        annotations->note = new QGraphicsSimpleTextItem(spec.note, chart);
        annotations->note->setFont(pixelFont(kAxisTitlePx + 1, true));
        annotations->note->setBrush(QColor(0x55, 0x55, 0x55));
        annotations->note->setZValue(10);
    }
    for (const SpecText& t : spec.texts) {
        auto* item = new QGraphicsSimpleTextItem(t.text, chart);
        item->setFont(pixelFont(kLabelPx));
        item->setBrush(t.color.isValid() ? t.color : textColor());
        item->setZValue(10);
        annotations->texts.push_back(item);
        annotations->textSpecs.push_back(t);
    }
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [annotations](const QRectF&) {
        fitTicks(*annotations);
        placeAnnotations(*annotations);
    });
    chart->setProperty("tumbuhAnchor", QVariant::fromValue(static_cast<QObject*>(anchor)));
    placeAnnotations(*annotations);
    return chart;
}

QAbstractSeries* anchorOf(QChart* chart)
{
    return qobject_cast<QAbstractSeries*>(chart->property("tumbuhAnchor").value<QObject*>());
}

} // namespace

struct ChartView::Impl {
    ChartSpec spec;
    QChartView* view = nullptr;
    bool stale = true; // spec changed since the chart was built
};

ChartView::ChartView(QWidget* parent)
    : QWidget(parent), d(std::make_unique<Impl>())
{
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    // The chart is built when it is first painted (see ensureBuilt).
    d->view->viewport()->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
}

ChartView::~ChartView() = default;

void ChartView::setSpec(const ChartSpec& spec)
{
    d->spec = spec;
    d->stale = true;
    // Building Qt Charts objects is the costly part of a chart (a page with
    // a tab per chart would pay for every tab): build now only if visible,
    // else when first painted.
    if (isVisible())
        ensureBuilt();
}

void ChartView::ensureBuilt() const
{
    if (!d->stale)
        return;
    d->stale = false;
    QChart* old = d->view->chart();
    d->view->setChart(buildChart(d->spec, const_cast<ChartView*>(this)));
    d->view->setBackgroundBrush(d->spec.background);
    delete old; // setChart() leaves the previous chart to us
}

bool ChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == d->view->viewport())
        ensureBuilt();
    return QWidget::eventFilter(watched, event);
}

void ChartView::showEvent(QShowEvent* event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

const ChartSpec& ChartView::spec() const { return d->spec; }

QRectF ChartView::plotArea() const
{
    ensureBuilt();
    QChart* chart = d->view->chart();
    const QRectF inScene = chart->mapRectToScene(chart->plotArea());
    const QPolygon inView = d->view->mapFromScene(inScene);
    return QRectF(d->view->mapTo(this, inView.boundingRect().topLeft()), inView.boundingRect().size());
}

QPointF ChartView::mapToPosition(const QPointF& value) const
{
    ensureBuilt();
    QChart* chart = d->view->chart();
    const QPointF inChart = chart->mapToPosition(value, anchorOf(chart));
    const QPointF inView = d->view->mapFromScene(chart->mapToScene(inChart));
    return d->view->mapTo(this, inView.toPoint()) + (inView - inView.toPoint());
}

void ChartView::render(const ChartSpec& spec, QPainter* painter, const QRectF& target,
                       const QSizeF& logicalSize)
{
    QGraphicsScene scene;
    QChart* chart = buildChart(spec, nullptr);
    scene.addItem(chart); // the scene owns and deletes the chart
    const QRectF rect(QPointF(0, 0), logicalSize);
    chart->setGeometry(rect);
    // Thinning the age labels (fitTicks) asks for another layout, which
    // would wait for the event loop: run it now, until it settles.
    for (int pass = 0; pass < 3 && !chart->layout()->isActivated(); ++pass)
        chart->layout()->activate();
    scene.setSceneRect(rect);
    scene.setBackgroundBrush(spec.background);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, rect, Qt::IgnoreAspectRatio);
    painter->restore();
}

QSize ChartView::sizeHint() const { return {760, 500}; }
// Small enough for a 1024×600 netbook, big enough that the lines and the
// axis labels stay readable; in the font's units, so that it grows with
// large text. Below it the page around the chart scrolls.
QSize ChartView::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {std::max(360, fm.averageCharWidth() * 56), std::max(260, fm.height() * 18)};
}

} // namespace tumbuh::ui
