// The window's keyboard: Ctrl+1/2/3 go to the pages, Ctrl+F finds a child
// from anywhere, Enter in the search opens the child's record, Ctrl+Z takes
// back a deletion made on the child's page.
#include "uifixture.h"

#include "ui/child/childpage.h"
#include "ui/child/measurementhistorymodel.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/register/registerpage.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

BOOST_AUTO_TEST_SUITE(main_window)

BOOST_AUTO_TEST_CASE(keyboard_reaches_every_page_and_the_search)
{
    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*p.db, settings, notifier, commands, p.kader, nullptr);
    window.show();
    QApplication::setActiveWindow(&window);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Child));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Register));

    // From the child's page, Ctrl+F comes back to the register's search.
    window.showPage(MainWindow::Page::Child);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_F,
                    Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Register));
    QLineEdit* search = window.registerPage()->searchField();
    BOOST_TEST(search->hasFocus());

    // Type, Enter: the only match opens.
    QTest::keyClicks(search, QStringLiteral("citra"));
    QTest::keyClick(search, Qt::Key_Return);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Child));
    BOOST_TEST(window.childPage()->childId() == std::optional<store::RowId>(p.citra));

    // Delete on the child's page (confirmed), then Ctrl+Z from the menu's shortcut.
    window.childPage()->setConfirm([](const QString&, const QString&) { return true; });
    window.childPage()->historyTable()->setFocus();
    window.childPage()->historyTable()->selectRow(0);
    QTest::keyClick(window.childPage()->historyTable(), Qt::Key_Delete);
    BOOST_TEST(window.childPage()->historyModel()->rowCount() == 0);
    QTest::keyClick(window.childPage()->historyTable(), Qt::Key_Z, Qt::ControlModifier);
    BOOST_TEST(window.childPage()->historyModel()->rowCount() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
