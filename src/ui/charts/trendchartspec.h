#pragma once
// The z-score-over-time chart as a ChartSpec: every index of one child on
// one z axis (-4 ... +4 at least) with the KMS bands, so that a child who
// crosses lines downward (weight faltering) shows at a glance.
#include "report/chartdata.h"
#include "ui/charts/chartspec.h"

#include <QCoreApplication>

namespace tumbuh::ui {

class TrendChartSpec {
    Q_DECLARE_TR_FUNCTIONS(TrendChartSpec)
public:
    static ChartSpec build(const report::ZTrendInput& input);
    static QString indexName(report::TrendIndex index); // full name, for hover text
    static QString shortName(report::TrendIndex index); // legend
};

} // namespace tumbuh::ui
