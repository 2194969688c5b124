// Rendering the charts offscreen: the widget (grab), the image and PDF paths;
// the bands are where the WHO curves say, in the right order, the margins are
// background, the child's points sit where their values are.
#include "imagecheck.h"
#include "syntheticchildren.h"

#include "growth/lms.h"
#include "growth/whotables.h"
#include "report/chartpalette.h"
#include "report/childcharts.h"
#include "ui/charts/chartrendering.h"
#include "ui/charts/growthchartspec.h"
#include "ui/charts/growthchartwidget.h"
#include "ui/charts/trendchartspec.h"
#include "ui/charts/zscoretrendwidget.h"

#include <QDir>
#include <QGraphicsView>
#include <QTest>
#include <QToolTip>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace tumbuh;
using growth::ChartIndicator;
using report::ZBand;
using testing::near;

namespace {

constexpr double kMonth = growth::kDaysPerMonth;

ZBand bandOf(double z)
{
    if (z < -3) return ZBand::BelowMinus3;
    if (z < -2) return ZBand::Minus3To2;
    if (z < -1) return ZBand::Minus2To1;
    if (z <= 1) return ZBand::Minus1To1;
    if (z <= 2) return ZBand::Plus1To2;
    if (z <= 3) return ZBand::Plus2To3;
    return ZBand::AbovePlus3;
}

// The WHO value at (x, z) from the table row at x; beyond ±3 on the
// restricted (linear) scale, which is where the red band lies.
double whoValue(ChartIndicator ind, growth::Sex sex, double x, double z)
{
    const growth::Table t = growth::chartTable(ind);
    const growth::TableKey key = growth::tableInfo(t).key;
    const int k = key == growth::TableKey::TenthsOfCm ? static_cast<int>(std::lround(x * 10))
                : key == growth::TableKey::AgeMonths  ? static_cast<int>(std::lround(x / kMonth))
                                                      : static_cast<int>(std::lround(x));
    const growth::Lms* p = growth::tableRow(t, sex, k);
    BOOST_REQUIRE(p);
    return growth::valueAtZ(*p, z, true);
}

// An x on each chart away from grid lines, the middle note and the edges.
double sampleX(ChartIndicator ind)
{
    switch (ind) {
    case ChartIndicator::WeightForLength: return 95.4;
    case ChartIndicator::WeightForHeight: return 105.4;
    case ChartIndicator::HeightForAge2007:
    case ChartIndicator::WeightForAge2007:
    case ChartIndicator::BmiForAge2007: return 67.5 * kMonth;
    default: return 4.5 * kMonth;
    }
}

report::ChildCharts girlCharts()
{
    const testing::SyntheticChild c = testing::falteringGirl();
    return report::buildChildCharts(c.info, c.visits, report::LabelLanguage::English);
}

} // namespace

BOOST_AUTO_TEST_SUITE(rendering)

BOOST_AUTO_TEST_CASE(every_chart_puts_its_bands_in_kms_order_inside_the_plot)
{
    for (int k = 0; k < growth::kChartIndicatorCount; ++k) {
        const auto ind = static_cast<ChartIndicator>(k);
        for (const growth::Sex sex : {growth::Sex::Female, growth::Sex::Male}) {
            report::ChartInput in;
            in.kind = ind;
            in.sex = sex;
            ui::GrowthChartWidget w;
            w.resize(800, 520);
            w.setInput(in);
            const QImage img = w.grab().toImage();
            BOOST_REQUIRE(!img.isNull());
            const QRectF plot = w.plotArea();
            BOOST_TEST_CONTEXT("chart " << k << " sex " << int(sex) << " plot " << plot.x() << "," << plot.y()
                                        << " " << plot.width() << "x" << plot.height())
            {
                // The plot fills most of the widget, inside it.
                BOOST_CHECK(QRectF(img.rect()).contains(plot));
                BOOST_CHECK_GT(plot.width(), 0.7 * img.width());
                BOOST_CHECK_GT(plot.height(), 0.55 * img.height());
                // The margins are the chart's background, in the sex colour.
                const QColor bg = report::sexColors(sex).light;
                BOOST_CHECK(near(img.pixelColor(3, 3), bg, 2));
                BOOST_CHECK(near(img.pixelColor(img.width() - 4, img.height() / 2), bg, 2));
                BOOST_CHECK(near(img.pixelColor(3, img.height() - 4), bg, 2));

                const double x = sampleX(ind);
                int sampled = 0;
                for (const double z : {-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5}) {
                    const QPointF pos = w.mapToPosition({x, whoValue(ind, sex, x, z)});
                    // Skip samples too close to an SD line or outside the plot.
                    const double yLow = w.mapToPosition({x, whoValue(ind, sex, x, std::floor(z))}).y();
                    const double yHigh = w.mapToPosition({x, whoValue(ind, sex, x, std::ceil(z))}).y();
                    if (!plot.adjusted(3, 3, -3, -3).contains(pos) || std::fabs(yLow - pos.y()) < 3.5
                        || std::fabs(yHigh - pos.y()) < 3.5)
                        continue;
                    // A faint grid line may cross the sample: look one and
                    // two pixels up and down too.
                    const QColor want = report::bandColor(bandOf(z));
                    QColor got = img.pixelColor(pos.toPoint());
                    for (const int dy : {1, -1, 2, -2})
                        if (!near(got, want, 8))
                            got = img.pixelColor(pos.toPoint() + QPoint(0, dy));
                    BOOST_CHECK_MESSAGE(near(got, want, 8), "z " << z << " at " << pos.x() << "," << pos.y()
                                                                 << ": " << got.name().toStdString() << " not "
                                                                 << want.name().toStdString());
                    ++sampled;
                }
                BOOST_CHECK_GE(sampled, 5);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(the_childs_points_sit_on_their_values_and_a_flagged_one_is_hollow)
{
    const report::ChildCharts charts = girlCharts();
    const report::ChartInput& wfa = charts.chart(ChartIndicator::WeightForAge);
    ui::GrowthChartWidget w;
    w.resize(900, 560);
    w.setInput(wfa);
    const QImage img = w.grab().toImage();
    const QColor ink = report::sexColors(growth::Sex::Female).ink;
    int filled = 0;
    int hollow = 0;
    for (const report::ChartPoint& p : wfa.points) {
        const QPointF pos = w.mapToPosition({double(p.ageDays), p.value});
        const QColor centre = img.pixelColor(pos.toPoint());
        if (!p.flagged) {
            BOOST_CHECK_MESSAGE(near(centre, ink, 30), "point at day " << p.ageDays << ": " << centre.name().toStdString());
            ++filled;
            continue;
        }
        BOOST_CHECK(!near(centre, ink, 30));
        // A red ring around it.
        const QRect box(pos.toPoint() - QPoint(8, 8), QSize(17, 17));
        BOOST_CHECK_GE(testing::countNear(img, box, report::flagColor(), 60), 20);
        ++hollow;
    }
    BOOST_CHECK_EQUAL(hollow, 1);
    BOOST_CHECK_GE(filled, 29);
}

BOOST_AUTO_TEST_CASE(hovering_a_point_shows_its_date_value_z_and_label)
{
    const report::ChildCharts charts = girlCharts();
    report::ChartInput wfa = charts.chart(ChartIndicator::WeightForAge);
    ui::GrowthChartWidget w;
    w.resize(900, 560);
    w.setInput(wfa);
    w.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto* view = w.findChild<QGraphicsView*>();
    BOOST_REQUIRE(view);
    const report::ChartPoint& p = wfa.points[10];
    const QPoint at = view->viewport()->mapFrom(&w, w.mapToPosition({double(p.ageDays), p.value}).toPoint());
    QTest::mouseMove(view->viewport(), at - QPoint(20, 20));
    QTest::mouseMove(view->viewport(), at);
    for (int waited = 0; !QToolTip::isVisible() && waited < 2000; waited += 50)
        QTest::qWait(50);
    BOOST_REQUIRE(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    BOOST_TEST_MESSAGE(tip.toStdString());
    BOOST_CHECK(tip.contains(QLocale().toString(p.date, QLocale::LongFormat)));
    BOOST_CHECK(tip.contains(QStringLiteral("Weight ") + QLocale().toString(p.value, 'f', 1) + QStringLiteral(" kg")));
    BOOST_CHECK(tip.contains(p.label));
    BOOST_CHECK(tip.contains(QStringLiteral("z-score")));
    QToolTip::hideText();
}

BOOST_AUTO_TEST_CASE(the_zscore_chart_has_bands_on_one_axis_and_every_index)
{
    report::ZTrendInput empty;
    ui::ZScoreTrendWidget w;
    w.resize(800, 520);
    w.setInput(empty);
    QImage img = w.grab().toImage();
    const QRectF plot = w.plotArea();
    BOOST_CHECK_GT(plot.width(), 0.7 * img.width());
    BOOST_CHECK(near(img.pixelColor(3, 3), report::sexColors(empty.sex).light, 2));
    for (const double z : {-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5}) {
        const QPointF pos = w.mapToPosition({4.5 * kMonth, z});
        BOOST_CHECK(plot.contains(pos));
        BOOST_CHECK_MESSAGE(near(img.pixelColor(pos.toPoint()), report::bandColor(bandOf(z)), 14), "z " << z);
    }
    // The axis runs at least from -4 to +4.
    BOOST_CHECK_LE(std::fabs(w.mapToPosition({0, 4}).y() - plot.top()), 1.5);
    BOOST_CHECK_LE(std::fabs(w.mapToPosition({0, -4}).y() - plot.bottom()), 1.5);

    const report::ChildCharts charts = girlCharts();
    BOOST_CHECK_EQUAL(charts.trend.series.size(), 6);
    const ui::ChartSpec spec = ui::TrendChartSpec::build(charts.trend);
    int legends = 0;
    for (const ui::SpecMarkers& m : spec.markers)
        if (!m.legend.isEmpty())
            ++legends;
    BOOST_CHECK_EQUAL(legends, 7); // six indices and the WHO flag
    // The weight-for-age markers sit at their z (alone on the chart, so that
    // no other index covers them).
    report::ZTrendInput one = charts.trend;
    one.series = {charts.trend.series.front()};
    const report::TrendSeries& wfa = one.series.front();
    BOOST_REQUIRE(wfa.index == report::TrendIndex::WeightForAge);
    w.setInput(one);
    img = w.grab().toImage();
    const QColor blue = report::trendColor(report::TrendIndex::WeightForAge);
    int onTarget = 0;
    int plausible = 0;
    for (const report::ChartPoint& p : wfa.points) {
        if (p.flagged)
            continue;
        ++plausible;
        if (near(img.pixelColor(w.mapToPosition({double(p.ageDays), p.z}).toPoint()), blue, 40))
            ++onTarget;
    }
    BOOST_CHECK_EQUAL(onTarget, plausible);
    // The flagged z (about -9) does not stretch the axis.
    BOOST_CHECK_LE(std::fabs(w.mapToPosition({0, -4}).y() - w.plotArea().bottom()), 1.5);
}

BOOST_AUTO_TEST_CASE(a_hidden_chart_is_built_when_painted_from_its_latest_input)
{
    // ChartView defers building until painted; the last input must win.
    report::ChartInput boy;
    boy.sex = growth::Sex::Male;
    report::ChartInput girl;
    girl.sex = growth::Sex::Female;
    ui::GrowthChartWidget w;
    w.resize(600, 400);
    w.setInput(boy);
    w.setInput(girl);
    QImage img = w.grab().toImage();
    BOOST_CHECK(near(img.pixelColor(3, 3), report::sexColors(growth::Sex::Female).light, 2));
    w.setInput(boy);
    img = w.grab().toImage();
    BOOST_CHECK(near(img.pixelColor(3, 3), report::sexColors(growth::Sex::Male).light, 2));
    w.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.setInput(girl); // visible: rebuilt at once
    BOOST_CHECK(near(w.grab().toImage().pixelColor(3, 3), report::sexColors(growth::Sex::Female).light, 2));
}

BOOST_AUTO_TEST_CASE(charts_render_to_images_without_a_window)
{
    const report::ChildCharts charts = girlCharts();
    for (int k = 0; k < growth::kChartIndicatorCount; ++k) {
        const QImage img = ui::chartImage(charts.charts[static_cast<std::size_t>(k)], QSize(640, 420));
        BOOST_CHECK(img.size() == QSize(640, 420));
        BOOST_CHECK_GT(testing::distinctColours(img), 25);
        BOOST_CHECK(near(img.pixelColor(2, 2), report::sexColors(growth::Sex::Female).light, 2));
        // The green band is there, in the middle part of the image.
        BOOST_CHECK_GT(testing::countNear(img, QRect(80, 60, 480, 280), report::bandColor(ZBand::Minus1To1), 6), 800);
    }
    // The painter entry point, at (0, 0) of any painter.
    QImage onPainter(700, 460, QImage::Format_ARGB32_Premultiplied);
    onPainter.fill(Qt::black);
    {
        QPainter p(&onPainter);
        ui::renderChart(charts.chart(ChartIndicator::BmiForAge), QSize(700, 460), &p);
    }
    BOOST_CHECK(near(onPainter.pixelColor(1, 1), report::sexColors(growth::Sex::Female).light, 2));
    BOOST_CHECK(near(onPainter.pixelColor(698, 458), report::sexColors(growth::Sex::Female).light, 2));
    BOOST_CHECK_GT(testing::countNear(onPainter, QRect(80, 60, 540, 300), report::bandColor(ZBand::Minus1To1), 6), 800);

    const QImage hiDpi = ui::trendImage(charts.trend, QSize(640, 420), 2.0);
    BOOST_CHECK(hiDpi.size() == QSize(1280, 840));
    BOOST_CHECK_GT(testing::distinctColours(hiDpi), 25);
}

BOOST_AUTO_TEST_CASE(a_chart_renders_to_pdf_and_poppler_reads_it)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    const QString pdfPath = dir.filePath(QStringLiteral("chart.pdf"));
    {
        QPdfWriter pdf(pdfPath);
        pdf.setResolution(300);
        QPainter p(&pdf);
        const report::ChildCharts charts = girlCharts();
        ui::renderChart(charts.chart(ChartIndicator::LengthHeightForAge), &p,
                        QRectF(0, 0, pdf.width(), pdf.width() * 0.62), QSizeF(760, 470));
    }
    QFile f(pdfPath);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    BOOST_CHECK(f.read(5) == "%PDF-");
    f.close();

    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-singlefile"),
                    pdfPath, dir.filePath(QStringLiteral("page"))});
    BOOST_REQUIRE(pdftoppm.waitForFinished(30000));
    BOOST_REQUIRE_EQUAL(pdftoppm.exitCode(), 0);
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    BOOST_REQUIRE(!page.isNull());
    BOOST_CHECK_GT(testing::distinctColours(page, 2), 20);
    BOOST_CHECK_GT(testing::countNear(page, page.rect(), report::bandColor(ZBand::Minus1To1), 8), 1000);
}

BOOST_AUTO_TEST_SUITE_END()
