#pragma once
// Small helpers to look at rendered pixels.
#include <QColor>
#include <QImage>
#include <QPoint>
#include <QSet>
#include <QString>

#include <cstdlib>

namespace tumbuh::testing {

inline bool near(const QColor& a, const QColor& b, int tolerance = 16)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

inline QString describe(const QColor& c) { return c.name(); }

// Distinct colours in a grid of samples: a blank image has one.
inline int distinctColours(const QImage& img, int step = 3)
{
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += step)
        for (int x = 0; x < img.width(); x += step)
            seen.insert(img.pixel(x, y));
    return static_cast<int>(seen.size());
}

// How many pixels of `rect` are within `tolerance` of `colour`.
inline int countNear(const QImage& img, const QRect& rect, const QColor& colour, int tolerance = 10)
{
    int n = 0;
    const QRect r = rect.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (near(img.pixelColor(x, y), colour, tolerance))
                ++n;
    return n;
}

} // namespace tumbuh::testing
