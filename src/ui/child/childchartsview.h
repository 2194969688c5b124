#pragma once
// The growth charts of one child as tabs: BB/U (the KMS view), PB/U-TB/U,
// BB/PB or BB/TB (whichever the child's age reads), IMT/U, LK/U, LiLA/U and
// the z-scores of every index over time; the WHO 2007 charts too once the
// child has a visit from five years. Drawn by the chart widgets of
// ui/charts from report::buildChildCharts.
#include "report/chartdata.h"
#include "store/child.h"
#include "store/measurement.h"

#include <QTabWidget>

#include <vector>

namespace tumbuh::ui {

class GrowthChartWidget;
class ZScoreTrendWidget;

class ChildChartsView : public QTabWidget {
    Q_OBJECT
public:
    explicit ChildChartsView(QWidget* parent = nullptr);

    void setHistory(const store::Child& child, const std::vector<store::Measurement>& history,
                    const QString& posyanduName);
    void clear();

    // The tab of a chart, or -1 when this child has no such tab.
    int tabOf(report::ChartKind kind) const;
    int trendTab() const;
    GrowthChartWidget* chart(report::ChartKind kind) const;
    ZScoreTrendWidget* trend() const { return trend_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QString tabTitle(report::ChartKind kind) const;

    store::Child child_;
    std::vector<store::Measurement> history_;
    QString posyandu_;
    std::vector<std::pair<report::ChartKind, GrowthChartWidget*>> charts_;
    ZScoreTrendWidget* trend_ = nullptr;
};

} // namespace tumbuh::ui
