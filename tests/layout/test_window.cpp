// Issue 15, the window itself: its minimum size fits a 1024×600 netbook with
// a task bar on every page (and with "Teks besar"), its size and place are
// saved on close and brought back onto the screen, "Teks besar" enlarges the
// posyandu-day form and is remembered, and `tumbuh --size WxH --screenshot`
// renders at that size and refuses a malformed size.
#include "layout/layoutcheck.h"
#include "layout/windowfixture.h"

#include "ui/posyanduday/posyandudaypage.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <functional>
#include <string>

using namespace tumbuh;

namespace {

// A 1024×600 screen less a task bar.
constexpr QSize kNetbookFree(1000, 560);

std::string sizeText(QSize s)
{
    return std::to_string(s.width()) + "x" + std::to_string(s.height());
}

} // namespace

BOOST_AUTO_TEST_SUITE(layout_window)

BOOST_AUTO_TEST_CASE(the_minimum_size_fits_a_netbook_on_every_page)
{
    // A window of its own for each page: the stack of pages asks for the
    // largest minimum of every page it has shown.
    const auto check = [](const QString& page, const std::function<void(test::WindowFixture&)>& show) {
        test::WindowFixture w;
        BOOST_TEST(test::showAt(w.window.get(), QSize(1024, 600)).isEmpty());
        show(w);
        QCoreApplication::processEvents();
        const QSize min = w.window->minimumSizeHint().expandedTo(w.window->minimumSize());
        const bool fits = min.width() <= kNetbookFree.width() && min.height() <= kNetbookFree.height();
        const std::string message = page.toStdString() + ": minimum " + sizeText(min);
        BOOST_TEST(fits, message);
    };
    check(QStringLiteral("posyandu-day"), [](test::WindowFixture& w) { w.chooseChildWithResult(); });
    check(QStringLiteral("posyandu-day with large text"), [](test::WindowFixture& w) {
        w.window->setLargeText(true);
        w.chooseChildWithResult();
    });
    check(QStringLiteral("register"), [](test::WindowFixture& w) { w.window->showPage(ui::MainWindow::Page::Register); });
    check(QStringLiteral("child"), [](test::WindowFixture& w) { w.showFirstChild(); });
    check(QStringLiteral("attention"), [](test::WindowFixture& w) { w.window->showPage(ui::MainWindow::Page::Attention); });
    check(QStringLiteral("report"), [](test::WindowFixture& w) { w.window->showPage(ui::MainWindow::Page::Report); });
}

BOOST_AUTO_TEST_CASE(size_and_place_are_saved_on_close_and_restored)
{
    records::test::Folder folder;
    const QString ini = folder.path(QStringLiteral("tumbuh.ini"));
    const QRect free = QGuiApplication::primaryScreen()->availableGeometry();
    const QSize size(std::min(1100, free.width()), std::min(650, free.height()));
    const QPoint place(free.left() + 40, free.top() + 40);
    QRect saved;
    {
        test::WindowFixture w(ini);
        BOOST_TEST(test::showAt(w.window.get(), size).isEmpty());
        w.window->move(place);
        QCoreApplication::processEvents();
        saved = w.window->geometry();
        BOOST_TEST(w.window->close());
        BOOST_TEST(!w.settings->windowGeometry.get().isEmpty());
    }
    test::WindowFixture again(ini);
    BOOST_TEST(sizeText(again.window->size()) == sizeText(size));
    BOOST_TEST(again.window->geometry().x() == saved.x());
    BOOST_TEST(again.window->geometry().y() == saved.y());
}

BOOST_AUTO_TEST_CASE(a_geometry_from_a_bigger_screen_comes_back_onto_this_one)
{
    records::test::Folder folder;
    const QString ini = folder.path(QStringLiteral("tumbuh.ini"));
    const QRect free = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // As if saved on a second, larger monitor to the right.
        test::WindowFixture w(ini);
        w.window->setGeometry(free.right() + 500, free.top() + 300, free.width() + 600, free.height() + 400);
        w.window->show();
        QCoreApplication::processEvents();
        BOOST_TEST(w.window->close());
    }
    test::WindowFixture again(ini);
    const QRect placed = again.window->geometry();
    BOOST_TEST(placed.width() <= free.width(), sizeText(placed.size()) << " on " << sizeText(free.size()));
    BOOST_TEST(placed.height() <= free.height(), sizeText(placed.size()) << " on " << sizeText(free.size()));
    BOOST_TEST(free.intersects(placed));
    BOOST_TEST(placed.left() >= free.left());
    BOOST_TEST(placed.right() <= free.right());
}

BOOST_AUTO_TEST_CASE(large_text_enlarges_the_form_and_is_remembered)
{
    records::test::Folder folder;
    const QString ini = folder.path(QStringLiteral("tumbuh.ini"));
    double normal = 0;
    {
        test::WindowFixture w(ini);
        QAction* action = w.window->largeTextAction();
        BOOST_TEST(!action->isChecked());
        auto* weight = w.day()->form()->findChild<QLineEdit*>(QStringLiteral("weightEdit"));
        normal = weight->font().pointSizeF();
        action->trigger();
        BOOST_TEST(w.day()->largeText());
        BOOST_TEST(weight->font().pointSizeF() == normal * 1.25, boost::test_tools::tolerance(0.01));
        BOOST_TEST(w.settings->largeText.get());
    }
    test::WindowFixture again(ini);
    BOOST_TEST(again.window->largeTextAction()->isChecked());
    BOOST_TEST(again.day()->largeText());
    auto* weight = again.day()->form()->findChild<QLineEdit*>(QStringLiteral("weightEdit"));
    BOOST_TEST(weight->font().pointSizeF() == normal * 1.25, boost::test_tools::tolerance(0.01));
    // Off again: back to the normal size.
    again.window->largeTextAction()->trigger();
    BOOST_TEST(weight->font().pointSizeF() == normal, boost::test_tools::tolerance(0.01));
}

BOOST_AUTO_TEST_CASE(the_screenshot_takes_a_size)
{
    records::test::Folder folder;
    const QString out = folder.path(QStringLiteral("day.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TUMBUH_PIN"), QStringLiteral("123456"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.path(QStringLiteral("config")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TUMBUH_APP),
              {QStringLiteral("--db"), test::demoFile(), QStringLiteral("--user"), QStringLiteral("admin"),
               QStringLiteral("--page"), QStringLiteral("posyandu-day"), QStringLiteral("--size"),
               QStringLiteral("1024x600"), QStringLiteral("--screenshot"), out});
    BOOST_REQUIRE(app.waitForFinished(120000));
    BOOST_TEST(app.exitCode() == 0, app.readAllStandardError().toStdString());
    const QImage image(out);
    BOOST_REQUIRE(!image.isNull());
    const double scale = test::scaleFactor();
    BOOST_TEST(image.width() == qRound(1024 * scale));
    BOOST_TEST(image.height() == qRound(600 * scale));

    // A malformed size is refused with the reason, and no picture is made.
    const QString bad = folder.path(QStringLiteral("bad.png"));
    app.start(QStringLiteral(TUMBUH_APP), {QStringLiteral("--db"), test::demoFile(), QStringLiteral("--size"),
                                           QStringLiteral("1024by600"), QStringLiteral("--screenshot"), bad});
    BOOST_REQUIRE(app.waitForFinished(60000));
    BOOST_TEST(app.exitCode() != 0);
    BOOST_TEST(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("1024by600")));
    BOOST_TEST(!QFile::exists(bad));
}

BOOST_AUTO_TEST_SUITE_END()
