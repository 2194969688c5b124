// How long it takes to open a child's charts and to write the growth card.
// Targets (issue 5): the charts of a child with 60 measurements, curves
// included, in at most 100 ms; the card PDF in at most 500 ms.
//
// Run: QT_QPA_PLATFORM=offscreen ./bench_charts
#include "syntheticchildren.h"

#include "report/childcharts.h"
#include "report/growthcard.h"
#include "ui/charts/chartrendering.h"
#include "ui/charts/growthchartspec.h"
#include "ui/charts/growthchartwidget.h"
#include "ui/charts/zscoretrendwidget.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

using namespace tumbuh;
using growth::ChartIndicator;

namespace {

const testing::SyntheticChild& child60()
{
    static const testing::SyntheticChild c = testing::boyWithVisits(60);
    return c;
}

// The visits read into every chart's points (z-scores, labels, N/T).
void BM_BuildChildCharts(benchmark::State& state)
{
    const auto& c = child60();
    for (auto _ : state)
        benchmark::DoNotOptimize(report::buildChildCharts(c.info, c.visits));
}
BENCHMARK(BM_BuildChildCharts)->Unit(benchmark::kMillisecond);

// One chart's description: the WHO curves from the tables, bands, points.
void BM_ChartSpec(benchmark::State& state)
{
    const report::ChildCharts charts = report::buildChildCharts(child60().info, child60().visits);
    const auto kind = static_cast<ChartIndicator>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(ui::GrowthChartSpec::build(charts.chart(kind)));
}
BENCHMARK(BM_ChartSpec)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

// One chart opened on the child's page: the widget built and painted once.
void BM_OpenOneChart(benchmark::State& state)
{
    const report::ChildCharts charts = report::buildChildCharts(child60().info, child60().visits);
    const auto kind = static_cast<ChartIndicator>(state.range(0));
    for (auto _ : state) {
        ui::GrowthChartWidget w;
        w.resize(760, 480);
        w.setInput(charts.chart(kind));
        benchmark::DoNotOptimize(w.grab());
    }
}
BENCHMARK(BM_OpenOneChart)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Painting again a chart that is already laid out (a repaint, e.g. a resize).
void BM_RepaintOneChart(benchmark::State& state)
{
    const report::ChildCharts charts = report::buildChildCharts(child60().info, child60().visits);
    ui::GrowthChartWidget w;
    w.resize(760, 480);
    w.setInput(charts.chart(static_cast<ChartIndicator>(state.range(0))));
    w.grab();
    for (auto _ : state)
        benchmark::DoNotOptimize(w.grab());
}
BENCHMARK(BM_RepaintOneChart)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// What the child's page shows first, from the visits: weight-for-age,
// length/height-for-age and the z-score chart, each built and painted once.
void BM_OpenChildPageCharts(benchmark::State& state)
{
    const auto& c = child60();
    for (auto _ : state) {
        const report::ChildCharts charts = report::buildChildCharts(c.info, c.visits);
        ui::GrowthChartWidget weight;
        weight.resize(760, 480);
        weight.setInput(charts.chart(ChartIndicator::WeightForAge));
        benchmark::DoNotOptimize(weight.grab());
        ui::GrowthChartWidget height;
        height.resize(760, 480);
        height.setInput(charts.chart(ChartIndicator::LengthHeightForAge));
        benchmark::DoNotOptimize(height.grab());
        ui::ZScoreTrendWidget trend;
        trend.resize(760, 480);
        trend.setInput(charts.trend);
        benchmark::DoNotOptimize(trend.grab());
    }
}
BENCHMARK(BM_OpenChildPageCharts)->Unit(benchmark::kMillisecond);

// A page with one tab per chart, as a child's page shows them: every widget
// is given its chart, the window is shown and painted; only the visible tab
// builds its Qt Charts objects (ChartView builds when first painted).
void BM_OpenChartTabs(benchmark::State& state)
{
    const auto& c = child60();
    for (auto _ : state) {
        QTabWidget tabs;
        tabs.resize(800, 560);
        const report::ChildCharts charts = report::buildChildCharts(c.info, c.visits);
        for (int k = 0; k <= static_cast<int>(ChartIndicator::ArmCircumferenceForAge); ++k) {
            auto* w = new ui::GrowthChartWidget;
            w->setInput(charts.charts[static_cast<std::size_t>(k)]);
            tabs.addTab(w, QString::number(k));
        }
        auto* trend = new ui::ZScoreTrendWidget;
        trend->setInput(charts.trend);
        tabs.addTab(trend, QStringLiteral("z"));
        tabs.show();
        benchmark::DoNotOptimize(tabs.grab());
    }
}
BENCHMARK(BM_OpenChartTabs)->Unit(benchmark::kMillisecond);

// Everything at once, from the visits: every WHO 2006 chart of the child and
// the z-score chart, each built and painted once.
void BM_OpenAllCharts(benchmark::State& state)
{
    const auto& c = child60();
    for (auto _ : state) {
        const report::ChildCharts charts = report::buildChildCharts(c.info, c.visits);
        std::vector<std::unique_ptr<QWidget>> widgets;
        for (int k = 0; k <= static_cast<int>(ChartIndicator::ArmCircumferenceForAge); ++k) {
            auto w = std::make_unique<ui::GrowthChartWidget>();
            w->resize(760, 480);
            w->setInput(charts.charts[static_cast<std::size_t>(k)]);
            benchmark::DoNotOptimize(w->grab());
            widgets.push_back(std::move(w));
        }
        auto trend = std::make_unique<ui::ZScoreTrendWidget>();
        trend->resize(760, 480);
        trend->setInput(charts.trend);
        benchmark::DoNotOptimize(trend->grab());
        widgets.push_back(std::move(trend));
    }
}
BENCHMARK(BM_OpenAllCharts)->Unit(benchmark::kMillisecond);

// The growth card as PDF, from the visits to the file.
void BM_CardPdf(benchmark::State& state)
{
    const auto& c = child60();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("card.pdf"));
    for (auto _ : state) {
        const report::ChildCharts charts = report::buildChildCharts(c.info, c.visits);
        const report::CardInput card = report::makeCardInput(c.info, charts, ui::cardChartPainter());
        if (!report::writeCardPdf(card, path))
            state.SkipWithError("cannot write the PDF");
    }
}
BENCHMARK(BM_CardPdf)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv); // Qt Charts draws through QGraphicsView
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
