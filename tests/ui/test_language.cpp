// Switching the language while the window is open retranslates what is on
// screen at once, keeps what was typed, and is remembered.
#include "uifixture.h"

#include "store/i18n.h"
#include "ui/child/childpage.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/registerpage.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// LanguageChange events are posted: let them arrive.
void settle()
{
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

// Puts the tests' language back whatever happens.
struct BackToIndonesian {
    ~BackToIndonesian()
    {
        store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id"));
        settle();
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(language)

BOOST_AUTO_TEST_CASE(switching_retranslates_the_visible_window_and_keeps_typed_text)
{
    BackToIndonesian restore;
    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*p.db, settings, notifier, commands, p.kader, nullptr);
    window.show();
    settle();

    QTabBar* tabs = window.pageTabs();
    BOOST_TEST(tabs->tabText(0) == QStringLiteral("Daftar balita"));
    BOOST_TEST(tabs->tabText(1) == QStringLiteral("Hari posyandu"));
    const QAbstractItemModel* list = window.registerPage()->table()->model();
    BOOST_TEST(list->headerData(ChildListModel::Mother, Qt::Horizontal).toString() == QStringLiteral("Nama ibu"));
    window.registerPage()->searchField()->setText(QStringLiteral("budi"));

    window.setLanguage(QStringLiteral("en"));
    settle();
    BOOST_TEST(tabs->tabText(0) == QStringLiteral("Children register"));
    BOOST_TEST(list->headerData(ChildListModel::Mother, Qt::Horizontal).toString() == QStringLiteral("Mother's name"));
    BOOST_TEST(window.registerPage()->searchField()->placeholderText().startsWith(QStringLiteral("Search")));
    // Typed work and the filter it drives are untouched.
    BOOST_TEST(window.registerPage()->searchField()->text() == QStringLiteral("budi"));
    BOOST_TEST(list->rowCount() == 1);
    // The Permenkes label follows the language.
    const QModelIndex result = list->index(0, ChildListModel::Result);
    BOOST_TEST(result.data().toString().contains(QStringLiteral("underweight"), Qt::CaseInsensitive));
    BOOST_TEST(settings.language.get() == QStringLiteral("en"));

    window.setLanguage(QStringLiteral("id"));
    settle();
    BOOST_TEST(tabs->tabText(0) == QStringLiteral("Daftar balita"));
    BOOST_TEST(result.data().toString().contains(QStringLiteral("Berat badan kurang")));
    BOOST_TEST(settings.language.get() == QStringLiteral("id"));
}

BOOST_AUTO_TEST_CASE(the_child_page_follows_the_language_too)
{
    BackToIndonesian restore;
    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*p.db, settings, notifier, commands, p.kader, nullptr);
    window.show();
    window.showChild(p.budi);
    settle();
    BOOST_TEST((window.currentPage() == MainWindow::Page::Child));
    const QAbstractItemModel* history = window.childPage()->historyTable()->model();
    BOOST_TEST(history->headerData(2, Qt::Horizontal).toString() == QStringLiteral("BB (kg)"));
    window.setLanguage(QStringLiteral("en"));
    settle();
    BOOST_TEST(history->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Weight (kg)"));
}

BOOST_AUTO_TEST_CASE(qt_standard_buttons_speak_indonesian_too)
{
    // Qt has no Indonesian of its own: the words come from tumbuh_id.ts.
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No);
    BOOST_TEST(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Batal"));
    BOOST_TEST(box.button(QDialogButtonBox::Yes)->text() == QStringLiteral("&Ya"));
}

BOOST_AUTO_TEST_SUITE_END()
