#pragma once
// Wording and axes shared by the growth charts and the z-score chart: ages,
// numbers, the month axis with its years, the hover text of a point.
#include "report/chartdata.h"
#include "ui/charts/chartspec.h"

#include <QCoreApplication>
#include <QString>

namespace tumbuh::ui {

class ChartFormat {
    Q_DECLARE_TR_FUNCTIONS(ChartFormat)
public:
    // "1 y 3 mo" (completed WHO months of 30.4375 days), "5 mo" under a year.
    static QString age(int ageDays);
    static QString number(double value, int decimals);
    // At least `minDecimals`, up to `maxDecimals` when they are not zeros:
    // 7.7 kg stays "7.7", 8.35 kg "8.35".
    static QString number(double value, int minDecimals, int maxDecimals);
    // z with two decimals and its sign, e.g. "−2.31", "+0.40".
    static QString z(double z);

    // The age axis between two ages in days: labels every 3 months up to two
    // years of span, every 6 months up to five, else every year; whole years
    // are labelled with `yearTick` ("%1 y") and marked major; the grid has a
    // line per month (per quarter for spans over five years).
    static SpecAxis ageAxis(double minDays, double maxDays, const QString& title,
                            const QString& yearTick);
    // A numeric axis over [lo, hi] with a round step giving about 8-14 labels.
    static SpecAxis valueAxis(double lo, double hi, const QString& title);

    // The vertical line of each year on an age axis, as one reference line
    // (empty list when the axis has no whole year inside).
    static QList<SpecLine> yearLines(const SpecAxis& x, double yMin, double yMax);

    // Hover text: date, age, the value line given by the caller, z and label,
    // and a warning for a flagged point.
    static QString tooltip(const report::ChartPoint& p, const QString& valueLine);

    static QString defaultYearTick(); // "%1 y"
};

} // namespace tumbuh::ui
