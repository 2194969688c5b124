// Issue 15: every page of the main window, signed in as admin on a demo
// database, laid out at the sizes of this run (layoutSizes(): 1024×600 and
// 1280×800, or 1280×720 logical at QT_SCALE_FACTOR=1.5 in test_layout_150)
// and checked by layoutProblems(): each problem is one failed check that
// names the widget, its text and its rectangle.
#include "layout/layoutcheck.h"
#include "layout/windowfixture.h"

#include "ui/followup/attentionpage.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/posyanduday/rostermodel.h"
#include "ui/report/reportpage.h"

#include <QLineEdit>
#include <QPixmap>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <memory>

namespace {

using namespace tumbuh;

// Shows `page` at every size of this run and reports each problem.
template <typename Prepare>
void checkPage(const QString& page, Prepare prepare)
{
    test::WindowFixture w;
    for (const QSize size : test::layoutSizes()) {
        const QString where = page + QLatin1Char(' ') + test::sizeName(size) + QStringLiteral(": ");
        const QString why = test::showAt(w.window.get(), size);
        prepare(w);
        (void)test::showAt(w.window.get(), size); // the prepared page settles at the size
        BOOST_TEST(why.isEmpty(), (where + why).toStdString());
        // TUMBUH_LAYOUT_SHOTS=DIR: a picture of each page at each size, to look at.
        if (const QString dir = qEnvironmentVariable("TUMBUH_LAYOUT_SHOTS"); !dir.isEmpty()) {
            w.window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, page, test::sizeName(size)));
        }
        const std::vector<QString> problems = test::layoutProblems(w.window.get());
        for (const QString& problem : problems) {
            BOOST_TEST(false, (where + problem).toStdString());
        }
        BOOST_TEST_MESSAGE((where + QString::number(problems.size()) + QStringLiteral(" problems")).toStdString());
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(layout_pages)

BOOST_AUTO_TEST_CASE(register_page)
{
    checkPage(QStringLiteral("register"), [](test::WindowFixture& w) { w.window->showPage(ui::MainWindow::Page::Register); });
}

BOOST_AUTO_TEST_CASE(posyandu_day_page_with_a_result)
{
    checkPage(QStringLiteral("posyandu-day"), [](test::WindowFixture& w) { w.chooseChildWithResult(); });
}

BOOST_AUTO_TEST_CASE(posyandu_day_page_with_large_text)
{
    checkPage(QStringLiteral("posyandu-day-teks-besar"), [](test::WindowFixture& w) {
        w.window->setLargeText(true);
        w.chooseChildWithResult();
    });
}

BOOST_AUTO_TEST_CASE(child_page)
{
    checkPage(QStringLiteral("child"), [](test::WindowFixture& w) { w.showFirstChild(); });
}

BOOST_AUTO_TEST_CASE(attention_page)
{
    checkPage(QStringLiteral("attention"), [](test::WindowFixture& w) {
        w.window->showPage(ui::MainWindow::Page::Attention);
        BOOST_TEST(w.window->attentionPage()->waitUntilLoaded());
    });
}

BOOST_AUTO_TEST_CASE(report_page)
{
    checkPage(QStringLiteral("report"), [](test::WindowFixture& w) {
        w.window->showPage(ui::MainWindow::Page::Report);
        BOOST_TEST(w.window->reportPage()->waitForReport(120000));
    });
}

BOOST_AUTO_TEST_SUITE_END()
