#pragma once
// A chart described as plain shapes (bands, lines, markers, axes, labels) in
// data coordinates, made by GrowthChartSpec and TrendChartSpec and drawn by
// ChartView. This is the seam between "what a growth chart shows" and the
// charting library: only chartview.cpp turns it into Qt Charts objects, so a
// move to Qt Graphs (Qt Charts is deprecated after Qt 6.10) rewrites one file.
#include <QColor>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tumbuh::ui {

// A labelled position on an axis.
struct SpecTick {
    double value = 0;
    QString label;
    bool major = false; // a year: bold label and a darker grid line
};

struct SpecAxis {
    QString title;
    double min = 0;
    double max = 1;
    // Labelled positions, ascending. When empty, the axis is numeric with
    // labels every `step` from `anchor`, `decimals` after the separator.
    QList<SpecTick> ticks;
    double step = 1;
    double anchor = 0;
    int decimals = 0;
    int minorPerStep = 0; // faint grid lines between two labels
};

// The area between two curves sampled at the same x.
struct SpecBand {
    QList<QPointF> upper;
    QList<QPointF> lower;
    QColor color;
};

struct SpecLine {
    QList<QPointF> points;
    QPen pen;
};

enum class MarkerShape : std::uint8_t { Circle,
                                        Square,
                                        Triangle,
                                        Diamond,
                                        Pentagon,
                                        Star };

struct SpecMarkers {
    QList<QPointF> points;
    QStringList tooltips; // one per point; empty = no hover text
    QColor fill;          // Qt::transparent for a hollow marker
    QPen border;
    MarkerShape shape = MarkerShape::Circle;
    double size = 9;
    QString legend; // empty = not in the legend
};

// A text at the right edge of the plot at height y (e.g. "+2" at the end
// of the +2 SD curve).
struct SpecEndLabel {
    double y = 0;
    QString text;
    QColor color;
    bool bold = false;
};

// A text anchored at a data point, e.g. "length (lying)" beside the
// 24-month step. `align` says which side of the point the text lies on.
struct SpecText {
    QPointF at;
    QString text;
    Qt::Alignment align = Qt::AlignRight | Qt::AlignBottom;
    QColor color;
};

struct ChartSpec {
    QString title;
    QColor titleColor;
    QColor background; // around the plot (the page colour of the chart)
    QColor frame;      // the plot's outline, in the sex accent
    SpecAxis x;
    SpecAxis y;
    QList<SpecBand> bands;          // drawn first
    QList<SpecLine> referenceLines; // SD curves, the z = 0/±2/±3 lines
    QList<SpecLine> dataLines;      // the child's line(s), above the curves
    QList<SpecMarkers> markers;     // on top of everything
    QList<SpecEndLabel> endLabels;
    QList<SpecText> texts;
    QString note; // a sentence in the middle of the plot, e.g. "no measurements yet"
};

} // namespace tumbuh::ui
