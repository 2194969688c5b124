// Issue 15, the pieces that keep the register, the child's page, the
// needs-attention list and the report usable on a 1024×600 screen: a row of
// filters that wraps (FlowLayout), a name column that takes the room left but
// scrolls rather than squeeze (StretchColumn), the child's tables and chart
// that keep their least height and scroll, the report's tables shown whole,
// and elided cells whose tooltip holds the whole text.
#include "layout/layoutcheck.h"
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "store/signin.h"
#include "ui/charts/chartview.h"
#include "ui/child/childpage.h"
#include "ui/common/flowlayout.h"
#include "ui/common/stretchcolumn.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/attentionlistmodel.h"
#include "ui/followup/attentionpage.h"
#include "ui/mainwindow.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/registerpage.h"
#include "ui/report/reportpage.h"
#include "ui/settings/appsettings.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <memory>

namespace {

using namespace tumbuh;
namespace rt = tumbuh::records::test;

// A demo file (40 children, 18 months), the window signed in as admin.
struct DemoWindow {
    DemoWindow()
    {
        rt::makeDemo(folder.path(QStringLiteral("demo.db")), 40, 18);
        db = rt::openDb(folder.path(QStringLiteral("demo.db")));
        store::SignIn signIn(*db);
        auto user = signIn.attempt(QStringLiteral("admin"), QStringLiteral("123456"));
        BOOST_REQUIRE_MESSAGE(user, rt::why(user));
        window = std::make_unique<ui::MainWindow>(*db, settings, notifier, commands, user->id, nullptr);
    }

    // A child who has been weighed.
    store::RowId weighedChild() const
    {
        auto children = store::ChildRepository(*db).listWithLastMeasurement({});
        BOOST_REQUIRE(children);
        for (const auto& c : *children)
            if (c.last)
                return c.child.meta.id;
        BOOST_FAIL("no child weighed in the demo file");
        return 0;
    }

    rt::Folder folder;
    std::unique_ptr<store::Database> db;
    ui::AppSettings settings{folder.path(QStringLiteral("tumbuh.ini"))};
    ui::DataNotifier notifier;
    ui::CommandStack commands{&notifier};
    std::unique_ptr<ui::MainWindow> window;
};

// TUMBUH_LAYOUT_SHOTS=DIR: a picture of the window as NAME-1024x600.png
// (docs/screenshots/at-risk-1024x600.png and report-1024x600.png).
void picture(QWidget* window, const QString& name, QSize size)
{
    if (const QString dir = qEnvironmentVariable("TUMBUH_LAYOUT_SHOTS"); !dir.isEmpty())
        BOOST_TEST(window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, test::sizeName(size))));
}

// The 1024×600 netbook (the window without a posyandu-day page: the other
// pages alone decide its least size).
const QSize kNetbook(1024, 600);

} // namespace

BOOST_AUTO_TEST_SUITE(layout_page_fit)

BOOST_AUTO_TEST_CASE(flow_layout_wraps_instead_of_widening_the_window)
{
    QWidget host;
    auto* flow = new ui::FlowLayout(&host);
    std::vector<QPushButton*> buttons;
    for (int i = 0; i < 5; ++i) {
        auto* b = new QPushButton(QStringLiteral("Saringan nomor %1").arg(i), &host);
        b->setFixedSize(150, 30);
        flow->addWidget(b);
        buttons.push_back(b);
    }
    // As narrow as one button: the window is never held wide by the row.
    BOOST_TEST(flow->minimumSize().width() == 150);
    BOOST_TEST(flow->heightForWidth(900) == 30);
    BOOST_TEST(flow->heightForWidth(400) > 60); // two per line, three lines

    host.resize(900, 200);
    host.show();
    flow->setGeometry(QRect(0, 0, 900, 200));
    for (QPushButton* b : buttons)
        BOOST_TEST(b->y() == buttons.front()->y()); // one line

    flow->setGeometry(QRect(0, 0, 400, 200));
    BOOST_TEST(buttons[2]->y() > buttons[0]->y()); // the third goes under
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        BOOST_TEST(buttons[i]->geometry().right() < 400);
        for (std::size_t j = i + 1; j < buttons.size(); ++j)
            BOOST_TEST(!buttons[i]->geometry().intersects(buttons[j]->geometry()));
    }
}

BOOST_AUTO_TEST_CASE(stretch_column_fills_a_wide_table_and_scrolls_a_narrow_one)
{
    QStandardItemModel model(3, 4);
    QTableView view;
    view.setModel(&model);
    for (int c = 0; c < 4; ++c)
        view.setColumnWidth(c, 100);
    ui::StretchColumn name(&view, 1);
    name.setMinimumWidth(220);

    view.resize(800, 200);
    view.show();
    QCoreApplication::processEvents();
    // Wide: the name takes what the other three leave, no sideways scroll.
    BOOST_TEST(view.columnWidth(1) == view.viewport()->width() - 300);
    BOOST_TEST(view.horizontalScrollBar()->maximum() == 0);

    view.resize(400, 200);
    QCoreApplication::processEvents();
    // Narrow: never under its least width; the table scrolls instead.
    BOOST_TEST(view.columnWidth(1) == 220);
    BOOST_TEST(view.horizontalScrollBar()->maximum() > 0);

    // Another column made wider: the name gives the room back.
    view.resize(900, 200);
    QCoreApplication::processEvents();
    view.setColumnWidth(0, 200);
    BOOST_TEST(view.columnWidth(1) == std::max(220, view.viewport()->width() - 400));

    // A second column shares the room beyond the least widths evenly.
    name.addColumn(3, 100);
    const int extra = view.viewport()->width() - 200 - 100 - 220 - 100;
    BOOST_REQUIRE(extra > 1);
    BOOST_TEST(view.columnWidth(1) + view.columnWidth(3) == 220 + 100 + extra);
    BOOST_TEST(std::abs((view.columnWidth(1) - 220) - (view.columnWidth(3) - 100)) <= 1);
    view.resize(300, 200);
    QCoreApplication::processEvents();
    BOOST_TEST(view.columnWidth(1) == 220);
    BOOST_TEST(view.columnWidth(3) == 100);
}

BOOST_AUTO_TEST_CASE(child_page_keeps_its_tables_and_chart_and_scrolls_on_a_netbook)
{
    DemoWindow w;
    w.window->showChild(w.weighedChild());
    BOOST_TEST(test::showAt(w.window.get(), kNetbook).isEmpty());
    ui::ChildPage* page = w.window->childPage();
    auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("childRecordScroll"));
    BOOST_REQUIRE(scroll != nullptr);
    BOOST_TEST(scroll->isVisible());
    // Not everything fits in 600 pixels: the record scrolls...
    BOOST_TEST(scroll->verticalScrollBar()->maximum() > 0);
    // ...and the chart keeps a readable size rather than a sliver.
    const auto charts = page->findChildren<ui::ChartView*>();
    BOOST_REQUIRE(!charts.empty());
    int shown = 0;
    for (const ui::ChartView* chart : charts) {
        if (!chart->isVisible())
            continue;
        ++shown;
        BOOST_TEST(chart->height() >= chart->minimumSizeHint().height());
        BOOST_TEST(chart->height() >= 10 * chart->fontMetrics().height());
    }
    BOOST_TEST(shown == 1);
    // At least four visits in view in the measurements table.
    const auto tables = page->findChildren<QTableView*>();
    BOOST_REQUIRE(!tables.empty());
    const QTableView* history = tables.front();
    for (const QTableView* t : tables)
        if (t->model() && t->model()->columnCount() > history->model()->columnCount())
            history = t;
    BOOST_TEST(history->viewport()->height() >= 4 * history->verticalHeader()->defaultSectionSize());
    BOOST_TEST(test::layoutProblems(w.window.get()).empty());
}

BOOST_AUTO_TEST_CASE(register_and_attention_names_scroll_rather_than_squeeze)
{
    DemoWindow w;
    for (const auto page : {ui::MainWindow::Page::Register, ui::MainWindow::Page::Attention}) {
        w.window->showPage(page);
        if (page == ui::MainWindow::Page::Attention)
            BOOST_TEST(w.window->attentionPage()->waitUntilLoaded());
        BOOST_TEST(test::showAt(w.window.get(), kNetbook).isEmpty());
        QTableView* table = nullptr;
        int nameColumn = 0;
        std::vector<int> textColumns; // names: the columns a long text elides
        if (page == ui::MainWindow::Page::Register) {
            table = w.window->registerPage()->table();
            nameColumn = ui::ChildListModel::Name;
            textColumns = {ui::ChildListModel::Name, ui::ChildListModel::Mother};
        } else {
            table = w.window->attentionPage()->findChild<QTableView*>();
            nameColumn = ui::AttentionListModel::Name;
            textColumns = {ui::AttentionListModel::Name, ui::AttentionListModel::Mother,
                           ui::AttentionListModel::Posyandu};
        }
        BOOST_REQUIRE(table != nullptr);
        const QString longName = QStringLiteral("Muhammad Rizky Pratama");
        BOOST_TEST(table->columnWidth(nameColumn) >= table->fontMetrics().horizontalAdvance(longName));
        BOOST_TEST(table->textElideMode() == Qt::ElideRight);
        // The whole name is in the tooltip, for a cell the column elides.
        QAbstractItemModel* model = table->model();
        BOOST_REQUIRE(model->rowCount() > 0);
        for (const int c : textColumns) {
            const QString text = model->index(0, c).data().toString();
            BOOST_TEST(!text.isEmpty());
            BOOST_TEST(model->index(0, c).data(Qt::ToolTipRole).toString().contains(text), "column " << c);
        }
        BOOST_TEST(test::layoutProblems(w.window.get()).empty());
        if (page == ui::MainWindow::Page::Attention)
            picture(w.window.get(), QStringLiteral("at-risk"), kNetbook);
    }
}

BOOST_AUTO_TEST_CASE(report_tables_are_shown_whole_and_the_tab_scrolls)
{
    DemoWindow w;
    w.window->showPage(ui::MainWindow::Page::Report);
    BOOST_TEST(w.window->reportPage()->waitForReport(120000));
    BOOST_TEST(test::showAt(w.window.get(), kNetbook).isEmpty());
    // The counted report reaches its tables through the event loop: under
    // the sanitizers that can come after waitForReport() returns.
    const auto filled = [&w] {
        int n = 0;
        for (const QTableView* view : w.window->reportPage()->findChildren<QTableView*>())
            n += view->isVisible() && view->model() && view->model()->rowCount() > 0 ? 1 : 0;
        return n;
    };
    (void)QTest::qWaitFor([&] { return filled() >= 2; }, 120000);
    (void)test::showAt(w.window.get(), kNetbook); // the filled tables settle at the size
    int whole = 0;
    for (const QTableView* view : w.window->reportPage()->findChildren<QTableView*>()) {
        if (!view->isVisible() || view->model()->rowCount() == 0)
            continue;
        ++whole;
        // Every row and column in the table itself: no scrolling inside it.
        BOOST_TEST(view->verticalScrollBar()->maximum() == 0);
        BOOST_TEST(view->horizontalScrollBar()->maximum() == 0);
    }
    BOOST_TEST(whole == 2); // the SKDN table and its ratios
    bool scrolls = false;
    for (const QScrollArea* area : w.window->reportPage()->findChildren<QScrollArea*>())
        if (area->isVisible() && area->verticalScrollBar()->maximum() > 0)
            scrolls = true;
    BOOST_TEST(scrolls); // 600 pixels are too few: the tab scrolls as a whole
    BOOST_TEST(test::layoutProblems(w.window.get()).empty());
    picture(w.window.get(), QStringLiteral("report"), kNetbook);
}

BOOST_AUTO_TEST_SUITE_END()
