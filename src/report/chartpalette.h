#pragma once
// The colours of the growth charts and the growth card, in one place so that
// the chart on screen, the printed card and its legend always agree.
//
// Bands follow the KMS of the Buku KIA: green around the median, yellow
// between 2 and 3 SD, red beyond 3 SD. The tints are pale (lightness ≈ 85-93 %)
// so that black text, grid lines, the SD lines and the child's dark line stay
// readable on top of them on screen and on a cheap laser or inkjet print; the
// green nearest the median is the strongest so the eye finds "normal" first.
// Boys' charts are framed in blue and girls' in pink, as in the Buku KIA.
#include "report/chartdata.h"

#include <QColor>

namespace tumbuh::report {

// The bands between the SD lines, from the bottom of the chart to the top.
enum class ZBand : std::uint8_t {
    BelowMinus3, // red
    Minus3To2,   // yellow
    Minus2To1,   // light green
    Minus1To1,   // green
    Plus1To2,    // light green
    Plus2To3,    // yellow
    AbovePlus3,  // red
};
inline constexpr int kZBandCount = 7;

QColor bandColor(ZBand band);
// The SD line at z (-3 ... +3): red at ±3, amber at ±2, green at ±1, dark
// green for the median.
QColor sdLineColor(int z);
double sdLineWidth(int z); // in pixels of a 96 dpi chart

struct SexColors {
    QColor accent; // title bar and frame
    QColor light;  // chart background around the plot
    QColor ink;    // the child's line and markers: dark enough for every band
};
SexColors sexColors(growth::Sex sex);

QColor flagColor(); // hollow marker of a point with a WHO flag
QColor textColor();
QColor gridColor();
QColor yearLineColor();

QColor trendColor(TrendIndex index);

} // namespace tumbuh::report
