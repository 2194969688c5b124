#include "layout/windowfixture.h"

#include "store/signin.h"
#include "ui/posyanduday/posyandudayoptions.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/posyanduday/rostermodel.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTest>

#include <boost/test/unit_test.hpp>

namespace tumbuh::test {

namespace rt = tumbuh::records::test;

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

WindowFixture::WindowFixture(const QString& settingsFile)
{
    db = rt::openDb(demoFile());
    settings = std::make_unique<ui::AppSettings>(settingsFile.isEmpty() ? folder.path(QStringLiteral("tumbuh.ini"))
                                                                        : settingsFile);
    store::SignIn signIn(*db);
    auto user = signIn.attempt(QStringLiteral("admin"), QStringLiteral("123456"));
    BOOST_REQUIRE_MESSAGE(user, rt::why(user));
    ui::PosyanduDayOptions options;
    options.user = user->id;
    options.measuredBy = user->name;
    auto* dayPage = new ui::PosyanduDayPage(*db, notifier, commands, options);
    window = std::make_unique<ui::MainWindow>(*db, *settings, notifier, commands, user->id, dayPage);
}

WindowFixture::~WindowFixture()
{
    window.reset();
    settings->sync();
}

ui::PosyanduDayPage* WindowFixture::day() const
{
    return qobject_cast<ui::PosyanduDayPage*>(window->posyanduDayPage());
}

void WindowFixture::chooseChildWithResult()
{
    window->showPage(ui::MainWindow::Page::PosyanduDay);
    ui::PosyanduDayPage* page = day();
    BOOST_REQUIRE(page != nullptr);
    QCoreApplication::processEvents(); // the page loads its roster when shown
    auto* weight = page->form()->findChild<QLineEdit*>(QStringLiteral("weightEdit"));
    BOOST_REQUIRE(weight != nullptr);
    if (page->currentChildId() && !weight->text().isEmpty())
        return; // chosen before
    ui::RosterModel* roster = page->rosterModel();
    BOOST_REQUIRE(roster->rowCount() > 0);
    const auto child = roster->data(roster->index(0, 0), ui::RosterModel::ChildIdRole).value<store::RowId>();
    BOOST_REQUIRE(page->selectChild(child));
    weight->clear();
    QTest::keyClicks(weight, QStringLiteral("12,1"));
    BOOST_REQUIRE(!weight->text().isEmpty());
}

} // namespace tumbuh::test

namespace tumbuh::test {

void WindowFixture::showFirstChild()
{
    ui::RosterModel* roster = day()->rosterModel();
    BOOST_REQUIRE(roster->rowCount() > 0);
    window->showChild(roster->data(roster->index(0, 0), ui::RosterModel::ChildIdRole).value<store::RowId>());
}

} // namespace tumbuh::test
