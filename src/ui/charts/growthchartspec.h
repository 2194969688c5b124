#pragma once
// A growth chart (one indicator, one child) as a ChartSpec: the WHO SD curves
// from the growth engine, the KMS bands between them, the child's points on
// the right segment, hover texts.
#include "report/chartdata.h"
#include "ui/charts/chartspec.h"

#include <QCoreApplication>

namespace tumbuh::ui {

class GrowthChartSpec {
    Q_DECLARE_TR_FUNCTIONS(GrowthChartSpec)
public:
    static ChartSpec build(const report::ChartInput& input);

    // The English (tr) title and axis wording of a chart.
    static QString title(report::ChartKind kind);
    static QString valueAxisTitle(report::ChartKind kind);
    static QString xAxisTitle(report::ChartKind kind);

    // The months an age chart shows for this input: 24 or 60 for the WHO
    // 2006 charts; 0 for the others (their range is the table's).
    static int spanMonths(const report::ChartInput& input);
};

} // namespace tumbuh::ui
