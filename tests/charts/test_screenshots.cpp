// Not a check: with TUMBUH_SCREENSHOT_DIR set, writes the pictures a person
// looks at (docs/screenshots/): each chart of two synthetic children, the
// z-score chart and the growth card (PDF, and PNG through pdftoppm).
#include "syntheticchildren.h"

#include "report/childcharts.h"
#include "report/growthcard.h"
#include "ui/charts/chartrendering.h"

#include <QDir>
#include <QProcess>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using growth::ChartIndicator;

BOOST_AUTO_TEST_CASE(write_screenshots)
{
    const QString dir = qEnvironmentVariable("TUMBUH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        BOOST_TEST_MESSAGE("TUMBUH_SCREENSHOT_DIR not set: no screenshots written");
        return;
    }
    QDir().mkpath(dir);
    const QSize size(760, 480);
    const testing::SyntheticChild girl = testing::falteringGirl();
    const testing::SyntheticChild boy = testing::healthyBoy();
    const report::ChildCharts g = report::buildChildCharts(girl.info, girl.visits, report::LabelLanguage::English);
    const report::ChildCharts b = report::buildChildCharts(boy.info, boy.visits, report::LabelLanguage::English);
    struct Shot {
        const report::ChildCharts* child;
        ChartIndicator kind;
        const char* file;
    };
    const Shot shots[] = {
        {&g, ChartIndicator::WeightForAge, "chart-weight-for-age.png"},
        {&g, ChartIndicator::LengthHeightForAge, "chart-length-for-age.png"},
        {&g, ChartIndicator::WeightForLength, "chart-weight-for-length.png"},
        {&g, ChartIndicator::BmiForAge, "chart-bmi-for-age.png"},
        {&g, ChartIndicator::HeadCircumferenceForAge, "chart-head-circumference.png"},
        {&g, ChartIndicator::ArmCircumferenceForAge, "chart-arm-circumference.png"},
        {&b, ChartIndicator::WeightForAge, "chart-weight-for-age-boy.png"},
        {&b, ChartIndicator::LengthHeightForAge, "chart-length-for-age-boy.png"},
        {&b, ChartIndicator::WeightForHeight, "chart-weight-for-height-boy.png"},
    };
    for (const Shot& s : shots)
        BOOST_CHECK(ui::chartImage(s.child->chart(s.kind), size).save(dir + QLatin1Char('/') + QLatin1String(s.file)));
    BOOST_CHECK(ui::trendImage(g.trend, size).save(dir + QStringLiteral("/chart-zscore-trend.png")));
    // A narrow window: the age axis keeps only the years.
    BOOST_CHECK(ui::chartImage(g.chart(ChartIndicator::WeightForAge), QSize(380, 300))
                    .save(dir + QStringLiteral("/narrow-weight-for-age.png")));
    // The same girl at ten months: the chart shows the first two years only.
    testing::SyntheticChild baby = girl;
    baby.visits.resize(11);
    const report::ChildCharts young = report::buildChildCharts(baby.info, baby.visits, report::LabelLanguage::English);
    BOOST_CHECK(ui::chartImage(young.chart(ChartIndicator::WeightForAge), size)
                    .save(dir + QStringLiteral("/chart-weight-for-age-infant.png")));
    BOOST_CHECK(ui::trendImage(b.trend, size).save(dir + QStringLiteral("/chart-zscore-trend-boy.png")));

    const report::ChildCharts gId = report::buildChildCharts(girl.info, girl.visits);
    report::CardInput card = report::makeCardInput(girl.info, gId, ui::cardChartPainter());
    card.printedOn = QDate(2024, 10, 1);
    const QString pdf = dir + QStringLiteral("/growth-card.pdf");
    BOOST_REQUIRE(report::writeCardPdf(card, pdf));
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                   QStringLiteral("-singlefile"), pdf, dir + QStringLiteral("/growth-card")});
    card.paper = report::CardPaper::A5;
    const QString a5 = dir + QStringLiteral("/growth-card-a5.pdf");
    BOOST_REQUIRE(report::writeCardPdf(card, a5));
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("85"),
                                                   QStringLiteral("-singlefile"), a5, dir + QStringLiteral("/growth-card-a5")});
    const report::ChildCharts bId = report::buildChildCharts(boy.info, boy.visits);
    report::CardInput boyCard = report::makeCardInput(boy.info, bId, ui::cardChartPainter());
    boyCard.printedOn = QDate(2024, 12, 1);
    const QString boyPdf = dir + QStringLiteral("/growth-card-boy.pdf");
    BOOST_REQUIRE(report::writeCardPdf(boyCard, boyPdf));
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                   QStringLiteral("-singlefile"), boyPdf, dir + QStringLiteral("/growth-card-boy")});
}
