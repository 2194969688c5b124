#include "ui/child/childchartsview.h"

#include "growth/chartlines.h"
#include "report/childcharts.h"
#include "ui/charts/growthchartwidget.h"
#include "ui/charts/zscoretrendwidget.h"
#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"

#include <QEvent>

#include <algorithm>

namespace tumbuh::ui {
namespace {

using report::ChartKind;

// WHO 2006 is read to 60 months (1826 days); from there the 2007 charts.
constexpr int kWho2007FromDay = 1826;

} // namespace

ChildChartsView::ChildChartsView(QWidget* parent) : QTabWidget(parent)
{
    setDocumentMode(true);
}

void ChildChartsView::clear()
{
    history_.clear();
    child_ = store::Child();
    rebuild();
}

void ChildChartsView::setHistory(const store::Child& child, const std::vector<store::Measurement>& history,
                                 const QString& posyanduName)
{
    child_ = child;
    history_ = history;
    posyandu_ = posyanduName;
    rebuild();
}

QString ChildChartsView::tabTitle(ChartKind kind) const
{
    switch (kind) {
    case ChartKind::WeightForAge: return tr("Weight-for-age");
    case ChartKind::LengthHeightForAge: return tr("Length/height-for-age");
    case ChartKind::WeightForLength: return tr("Weight-for-length");
    case ChartKind::WeightForHeight: return tr("Weight-for-height");
    case ChartKind::BmiForAge: return tr("BMI-for-age");
    case ChartKind::HeadCircumferenceForAge: return tr("Head circumference");
    case ChartKind::ArmCircumferenceForAge: return tr("MUAC-for-age");
    case ChartKind::HeightForAge2007: return tr("Height-for-age 5–19 y");
    case ChartKind::WeightForAge2007: return tr("Weight-for-age 5–10 y");
    case ChartKind::BmiForAge2007: return tr("BMI-for-age 5–19 y");
    }
    return {};
}

void ChildChartsView::rebuild()
{
    const int current = currentIndex();
    // Tabs are made again (a handful of widgets): the set of charts depends
    // on the child's age, and the texts on the language.
    while (count() > 0) {
        QWidget* w = widget(0);
        removeTab(0);
        delete w;
    }
    charts_.clear();
    trend_ = nullptr;
    if (child_.meta.id == 0)
        return;

    const std::vector<growth::Visit> visits = toVisits(history_);
    int lastAgeDays = 0;
    for (const auto& m : history_)
        lastAgeDays = std::max(lastAgeDays, static_cast<int>(child_.birthDate.daysTo(m.date)));
    const report::ChildCharts charts = report::buildChildCharts(
        toChartChild(child_, posyandu_), visits,
        DisplayText::indonesian() ? report::LabelLanguage::Indonesian : report::LabelLanguage::English);

    std::vector<ChartKind> kinds = {ChartKind::WeightForAge, ChartKind::LengthHeightForAge,
                                    growth::weightForLengthHeightChart(std::min(lastAgeDays, kWho2007FromDay - 1)),
                                    ChartKind::BmiForAge, ChartKind::HeadCircumferenceForAge,
                                    ChartKind::ArmCircumferenceForAge};
    if (lastAgeDays >= kWho2007FromDay)
        kinds.insert(kinds.end(), {ChartKind::HeightForAge2007, ChartKind::WeightForAge2007, ChartKind::BmiForAge2007});

    for (const ChartKind kind : kinds) {
        auto* w = new GrowthChartWidget(this);
        w->setInput(charts.chart(kind));
        addTab(w, tabTitle(kind));
        charts_.emplace_back(kind, w);
    }
    trend_ = new ZScoreTrendWidget(this);
    trend_->setInput(charts.trend);
    addTab(trend_, tr("All z-scores"));
    setCurrentIndex(std::clamp(current, 0, count() - 1));
}

int ChildChartsView::tabOf(ChartKind kind) const
{
    for (const auto& [k, w] : charts_)
        if (k == kind)
            return indexOf(w);
    return -1;
}

int ChildChartsView::trendTab() const
{
    return trend_ ? indexOf(trend_) : -1;
}

GrowthChartWidget* ChildChartsView::chart(ChartKind kind) const
{
    for (const auto& [k, w] : charts_)
        if (k == kind)
            return w;
    return nullptr;
}

void ChildChartsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTabWidget::changeEvent(event);
}

} // namespace tumbuh::ui
