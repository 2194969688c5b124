// Issue 15: every page of the main window, signed in as admin on a demo
// database, laid out at the sizes of this run (layoutSizes(): 1024×600 and
// 1280×800, or 1280×720 logical at QT_SCALE_FACTOR=1.5 in test_layout_150)
// and checked by layoutProblems(): each problem is one failed check that
// names the widget, its text and its rectangle.
#include "layout/layoutcheck.h"
#include "support/recordsfixture.h"

#include "store/signin.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/attentionpage.h"
#include "ui/mainwindow.h"
#include "ui/posyanduday/posyandudayoptions.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/posyanduday/rostermodel.h"
#include "ui/report/reportpage.h"
#include "ui/settings/appsettings.h"

#include <QLineEdit>
#include <QPixmap>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <memory>

namespace {

using namespace tumbuh;
namespace rt = tumbuh::records::test;

// The pages still being laid out anew for issue 15 (register, child,
// attention, report: L2; posyandu-day: L1, until its fix is committed). Until
// the lead has merged that work, their problems are warnings (BOOST_WARN:
// listed in the log, the suite stays green); remove a page from this list
// when it is fixed, so that its problems fail the test again.
bool notYetFixed(const QString& page)
{
    static const QStringList pages{QStringLiteral("register"), QStringLiteral("child"),
                                   QStringLiteral("attention"), QStringLiteral("report"),
                                   QStringLiteral("posyandu-day")};
    return pages.contains(page);
}

// One demo database for the whole run (60 children, 18 months, today
// pinned): the pages only read it.
const QString& demoFile()
{
    static rt::Folder folder;
    static const QString path = [] {
        const QString p = folder.path(QStringLiteral("demo.db"));
        rt::makeDemo(p, 60, 18);
        return p;
    }();
    return path;
}

struct Window {
    Window()
    {
        db = rt::openDb(demoFile());
        store::SignIn signIn(*db);
        auto user = signIn.attempt(QStringLiteral("admin"), QStringLiteral("123456"));
        BOOST_REQUIRE_MESSAGE(user, rt::why(user));
        ui::PosyanduDayOptions day;
        day.user = user->id;
        day.measuredBy = user->name;
        auto* dayPage = new ui::PosyanduDayPage(*db, notifier, commands, day);
        window = std::make_unique<ui::MainWindow>(*db, settings, notifier, commands, user->id, dayPage);
    }

    ui::PosyanduDayPage* day() const { return qobject_cast<ui::PosyanduDayPage*>(window->posyanduDayPage()); }

    rt::Folder folder;
    std::unique_ptr<store::Database> db;
    ui::AppSettings settings{folder.path(QStringLiteral("tumbuh.ini"))};
    ui::DataNotifier notifier;
    ui::CommandStack commands{&notifier};
    std::unique_ptr<ui::MainWindow> window;
};

// Shows `page` at every size of this run and reports each problem.
template <typename Prepare>
void checkPage(const QString& page, Prepare prepare)
{
    Window w;
    const bool warnOnly = notYetFixed(page);
    for (const QSize size : test::layoutSizes()) {
        const QString where = page + QLatin1Char(' ') + test::sizeName(size) + QStringLiteral(": ");
        const QString why = test::showAt(w.window.get(), size);
        prepare(w);
        (void)test::showAt(w.window.get(), size); // the prepared page settles at the size
        if (warnOnly) {
            BOOST_WARN_MESSAGE(why.isEmpty(), (where + why).toStdString());
        } else {
            BOOST_TEST(why.isEmpty(), (where + why).toStdString());
        }
        // TUMBUH_LAYOUT_SHOTS=DIR: a picture of each page at each size, to look at.
        if (const QString dir = qEnvironmentVariable("TUMBUH_LAYOUT_SHOTS"); !dir.isEmpty()) {
            w.window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, page, test::sizeName(size)));
        }
        const std::vector<QString> problems = test::layoutProblems(w.window.get());
        for (const QString& problem : problems) {
            if (warnOnly) {
                BOOST_WARN_MESSAGE(false, (where + problem).toStdString());
            } else {
                BOOST_TEST(false, (where + problem).toStdString());
            }
        }
        BOOST_TEST_MESSAGE((where + QString::number(problems.size()) + QStringLiteral(" problems")).toStdString());
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(layout_pages)

BOOST_AUTO_TEST_CASE(register_page)
{
    checkPage(QStringLiteral("register"), [](Window& w) { w.window->showPage(ui::MainWindow::Page::Register); });
}

BOOST_AUTO_TEST_CASE(posyandu_day_page_with_a_result)
{
    checkPage(QStringLiteral("posyandu-day"), [](Window& w) {
        w.window->showPage(ui::MainWindow::Page::PosyanduDay);
        ui::PosyanduDayPage* day = w.day();
        BOOST_REQUIRE(day != nullptr);
        QCoreApplication::processEvents(); // the page loads its roster when shown
        if (day->currentChildId() && !day->form()->findChild<QLineEdit*>(QStringLiteral("weightEdit"))->text().isEmpty())
            return; // the child of the first size stays chosen, the weight typed
        ui::RosterModel* roster = day->rosterModel();
        BOOST_REQUIRE(roster->rowCount() > 0);
        const auto child = roster->data(roster->index(0, 0), ui::RosterModel::ChildIdRole).value<store::RowId>();
        BOOST_REQUIRE(day->selectChild(child));
        auto* weight = day->form()->findChild<QLineEdit*>(QStringLiteral("weightEdit"));
        BOOST_REQUIRE(weight != nullptr);
        weight->clear();
        QTest::keyClicks(weight, QStringLiteral("12,1"));
        BOOST_TEST(!weight->text().isEmpty());
    });
}

BOOST_AUTO_TEST_CASE(child_page)
{
    checkPage(QStringLiteral("child"), [](Window& w) {
        ui::PosyanduDayPage* day = w.day();
        ui::RosterModel* roster = day->rosterModel();
        BOOST_REQUIRE(roster->rowCount() > 0);
        w.window->showChild(roster->data(roster->index(0, 0), ui::RosterModel::ChildIdRole).value<store::RowId>());
    });
}

BOOST_AUTO_TEST_CASE(attention_page)
{
    checkPage(QStringLiteral("attention"), [](Window& w) {
        w.window->showPage(ui::MainWindow::Page::Attention);
        BOOST_TEST(w.window->attentionPage()->waitUntilLoaded());
    });
}

BOOST_AUTO_TEST_CASE(report_page)
{
    checkPage(QStringLiteral("report"), [](Window& w) {
        w.window->showPage(ui::MainWindow::Page::Report);
        BOOST_TEST(w.window->reportPage()->waitForReport(120000));
    });
}

BOOST_AUTO_TEST_SUITE_END()
