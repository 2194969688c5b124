// The child's charts from visits, the growth card's words, and the card as
// image and PDF.
#include "imagecheck.h"
#include "syntheticchildren.h"

#include "report/cardmessages.h"
#include "report/chartpalette.h"
#include "report/childcharts.h"
#include "report/growthcard.h"
#include "ui/charts/chartrendering.h"

#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstring>

using namespace tumbuh;
using growth::ChartIndicator;
using report::CardStatus;
using testing::near;

namespace {

QImage pdfPage(const QString& pdf, const QString& dir, int dpi)
{
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                                QStringLiteral("-singlefile"), pdf, dir + QStringLiteral("/page")});
    BOOST_REQUIRE(pdftoppm.waitForFinished(30000));
    BOOST_REQUIRE_EQUAL(pdftoppm.exitCode(), 0);
    return QImage(dir + QStringLiteral("/page.png"));
}

report::LatestResult normalChild(int ageDays)
{
    report::LatestResult r;
    r.ageDays = ageDays;
    r.weightForAge.category = growth::NutritionCategory::NormalWeight;
    r.lengthForAge.category = growth::NutritionCategory::NormalHeight;
    r.weightForLength.category = growth::NutritionCategory::NormalNutrition;
    r.weighing = growth::WeighingStatus::N;
    r.gainGrams = 300;
    return r;
}

} // namespace

BOOST_AUTO_TEST_SUITE(child_charts)

BOOST_AUTO_TEST_CASE(visits_become_points_on_the_right_charts)
{
    const testing::SyntheticChild girl = testing::falteringGirl();
    const report::ChildCharts c = report::buildChildCharts(girl.info, girl.visits);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::WeightForAge).points.size(), 31);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::LengthHeightForAge).points.size(), 31);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::HeadCircumferenceForAge).points.size(), 31);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::ArmCircumferenceForAge).points.size(), 28); // from day 91
    // Weight-for-length before day 731, weight-for-height after, as anthro chooses.
    const auto& wfl = c.chart(ChartIndicator::WeightForLength).points;
    const auto& wfh = c.chart(ChartIndicator::WeightForHeight).points;
    BOOST_CHECK_EQUAL(wfl.size() + wfh.size(), 31);
    for (const auto& p : wfl)
        BOOST_CHECK_LE(p.ageDays, 730);
    for (const auto& p : wfh)
        BOOST_CHECK_GE(p.ageDays, 731);
    // Exactly the mistyped weight is flagged; its label is still given.
    int flagged = 0;
    for (const auto& p : c.chart(ChartIndicator::WeightForAge).points) {
        if (p.flagged) {
            ++flagged;
            BOOST_CHECK_LT(p.z, -6.0);
            BOOST_CHECK_EQUAL(p.label.toStdString(), "Berat badan sangat kurang");
        }
    }
    BOOST_CHECK_EQUAL(flagged, 1);
    for (const auto& p : c.chart(ChartIndicator::LengthHeightForAge).points)
        BOOST_CHECK(p.measure == (p.ageDays <= 730 ? growth::Measure::Lying : growth::Measure::Standing));
    BOOST_CHECK_EQUAL(c.trend.series.size(), 6);

    // The latest visit: 30 months, stunted.
    BOOST_REQUIRE(c.latest);
    BOOST_CHECK(c.latest->date == testing::toQDate(girl.visits.back().date));
    BOOST_REQUIRE(c.latest->lengthForAge.category);
    BOOST_CHECK(*c.latest->lengthForAge.category == growth::NutritionCategory::Stunted
                || *c.latest->lengthForAge.category == growth::NutritionCategory::SeverelyStunted);
    BOOST_CHECK(c.latest->weighing.has_value());

    // English labels on request.
    const report::ChildCharts en = report::buildChildCharts(girl.info, girl.visits, report::LabelLanguage::English);
    BOOST_CHECK_EQUAL(en.chart(ChartIndicator::WeightForAge).points.front().label.toStdString(), "Normal weight");
}

BOOST_AUTO_TEST_CASE(children_over_five_use_the_who_2007_charts)
{
    testing::SyntheticChild boy = testing::healthyBoy();
    growth::Visit v;
    v.date = testing::toYmd(boy.info.birthDate.addDays(2300)); // about 6 years 3 months
    v.weight = growth::Grams{21000};
    v.lengthHeight = growth::Millimetres{1180};
    v.measure = growth::Measure::Standing;
    boy.visits.push_back(v);
    const report::ChildCharts c = report::buildChildCharts(boy.info, boy.visits);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::HeightForAge2007).points.size(), 1);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::WeightForAge2007).points.size(), 1);
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::BmiForAge2007).points.size(), 1);
    BOOST_CHECK(std::isfinite(c.chart(ChartIndicator::HeightForAge2007).points.front().z));
    BOOST_CHECK_EQUAL(c.chart(ChartIndicator::WeightForAge).points.size(), 41);
    const report::CardInput card = report::makeCardInput(boy.info, c, {});
    BOOST_CHECK(card.weightChart.kind == ChartIndicator::WeightForAge2007);
    BOOST_CHECK(card.heightChart.kind == ChartIndicator::HeightForAge2007);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(card_words)

BOOST_AUTO_TEST_CASE(a_child_growing_well_reads_plainly)
{
    const report::LatestResult r = normalChild(400);
    BOOST_CHECK_EQUAL(report::resultSentences(r).join(QLatin1Char(' ')).toStdString(),
                      "Berat badan naik 300 gram. Berat badan sesuai umur. Panjang badan sesuai umur.");
    report::LatestResult older = normalChild(900);
    BOOST_CHECK(report::resultSentences(older).contains(QStringLiteral("Tinggi badan sesuai umur.")));
    BOOST_CHECK(!report::needsReferral(r));
    BOOST_CHECK(report::cardStatuses(r) == QList<CardStatus>{CardStatus::Normal});
    const QStringList advice = report::educationFor(r);
    BOOST_REQUIRE_EQUAL(advice.size(), 1);
    BOOST_CHECK(advice.front().startsWith(QStringLiteral("Anak tumbuh baik.")));
    BOOST_CHECK(advice.front().contains(QStringLiteral("MP-ASI"))); // 13 months: complementary food
    BOOST_CHECK(report::educationFor(normalChild(100)).front().contains(QStringLiteral("ASI saja")));
    BOOST_CHECK(report::educationFor(r, report::LabelLanguage::English).front().startsWith(QStringLiteral("Your child is growing well")));
}

BOOST_AUTO_TEST_CASE(status_picks_the_most_urgent_message_and_keeps_stunting)
{
    report::LatestResult r = normalChild(500);
    r.weighing = growth::WeighingStatus::T;
    r.gainGrams = -200;
    r.lengthForAge.category = growth::NutritionCategory::Stunted;
    const QList<CardStatus> s = report::cardStatuses(r);
    BOOST_CHECK(s == (QList<CardStatus>{CardStatus::NotGaining, CardStatus::Stunting}));
    const QStringList advice = report::educationFor(r);
    BOOST_REQUIRE_EQUAL(advice.size(), 2);
    BOOST_CHECK(advice[0].startsWith(QStringLiteral("Berat badan tidak naik.")));
    BOOST_CHECK(advice[1].contains(QStringLiteral("(pendek)")));
    const QStringList words = report::resultSentences(r);
    BOOST_CHECK(words.contains(QStringLiteral("Berat badan turun 200 gram.")));
    BOOST_CHECK(words.contains(QStringLiteral("Panjang badan kurang untuk umurnya (pendek).")));
    BOOST_CHECK(words.last().startsWith(QStringLiteral("Bawa anak")));
    BOOST_CHECK(report::needsReferral(r));

    r.weightForLength.category = growth::NutritionCategory::SeverelyWasted;
    BOOST_CHECK(report::cardStatuses(r).front() == CardStatus::SevereWasting);
    // A flagged (implausible) category never chooses the advice.
    r.weightForLength.flagged = true;
    BOOST_CHECK(report::cardStatuses(r).front() == CardStatus::NotGaining);

    report::LatestResult fat = normalChild(800);
    fat.weightForLength.category = growth::NutritionCategory::Overweight;
    BOOST_CHECK(report::cardStatuses(fat).front() == CardStatus::Overweight);
    BOOST_CHECK(report::needsReferral(fat));
}

BOOST_AUTO_TEST_CASE(every_status_has_a_message_for_every_age)
{
    for (int s = 0; s <= static_cast<int>(CardStatus::Normal); ++s) {
        bool any = false;
        for (const report::EducationMessage& m : report::educationMessages()) {
            if (static_cast<int>(m.status) != s)
                continue;
            any = any || m.ages == report::CardAgeGroup::Any;
            BOOST_CHECK_GT(std::strlen(m.id), 40u);
            BOOST_CHECK_GT(std::strlen(m.en), 40u);
            BOOST_CHECK_LT(std::strlen(m.id), 330u); // short enough for the card
        }
        BOOST_CHECK_MESSAGE(any, "status " << s << " has no message for every age");
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(growth_card)

BOOST_AUTO_TEST_CASE(card_paints_header_charts_and_white_page)
{
    const testing::SyntheticChild girl = testing::falteringGirl();
    const report::ChildCharts charts = report::buildChildCharts(girl.info, girl.visits);
    report::CardInput card = report::makeCardInput(girl.info, charts, ui::cardChartPainter());
    card.printedOn = QDate(2024, 9, 20);
    QImage img(1485, 1050, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::black);
    {
        QPainter p(&img);
        report::paintCard(card, p, QRectF(img.rect()));
    }
    const report::SexColors pink = report::sexColors(growth::Sex::Female);
    BOOST_CHECK(near(img.pixelColor(4, 4), Qt::white, 1));                  // margin
    BOOST_CHECK(near(img.pixelColor(img.width() / 2, 70), pink.accent, 3)); // header band
    // Both charts: the green band on the left half and on the right half.
    const QColor green = report::bandColor(report::ZBand::Minus1To1);
    BOOST_CHECK_GT(testing::countNear(img, QRect(60, 230, 640, 480), green, 6), 3000);
    BOOST_CHECK_GT(testing::countNear(img, QRect(780, 230, 640, 480), green, 6), 3000);
    // Text below the charts.
    BOOST_CHECK_GT(testing::countNear(img, QRect(60, 800, 1360, 200), report::textColor(), 40), 500);
}

BOOST_AUTO_TEST_CASE(card_pdf_is_a_landscape_page_poppler_can_read)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    const testing::SyntheticChild boy = testing::healthyBoy();
    const report::ChildCharts charts = report::buildChildCharts(boy.info, boy.visits);
    for (const report::CardPaper paper : {report::CardPaper::A4, report::CardPaper::A5}) {
        report::CardInput card = report::makeCardInput(boy.info, charts, ui::cardChartPainter());
        card.paper = paper;
        const QString path = dir.filePath(QStringLiteral("card.pdf"));
        QString error;
        BOOST_REQUIRE_MESSAGE(report::writeCardPdf(card, path, &error), error.toStdString());
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
        BOOST_CHECK(f.read(5) == "%PDF-");
        f.close();
        const QImage page = pdfPage(path, dir.path(), 40);
        BOOST_REQUIRE(!page.isNull());
        const QSizeF mm = report::cardSizeMm(paper);
        BOOST_CHECK_CLOSE(double(page.width()), mm.width() / 25.4 * 40, 2.0);
        BOOST_CHECK_CLOSE(double(page.height()), mm.height() / 25.4 * 40, 2.0);
        BOOST_CHECK_GT(testing::distinctColours(page, 2), 30);
        const int pixels = page.width() * page.height();
        BOOST_CHECK_GT(testing::countNear(page, page.rect(), report::sexColors(growth::Sex::Male).accent, 12), pixels / 200);
        BOOST_CHECK_GT(testing::countNear(page, page.rect(), report::bandColor(report::ZBand::Minus1To1), 8), pixels / 250);
    }
    // A path that cannot be written gives a message, not a crash.
    QString error;
    report::CardInput card = report::makeCardInput(boy.info, charts, ui::cardChartPainter());
    BOOST_CHECK(!report::writeCardPdf(card, dir.filePath(QStringLiteral("no/such/dir/card.pdf")), &error));
    BOOST_CHECK(!error.isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
