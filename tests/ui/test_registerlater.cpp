// The register's assessment made after the list is shown (issue 14): the
// rows on screen first, the rest in the background, and the dot's sort and
// filter still right for a row far down the list that was never shown.
#include "uifixture.h"

#include "store/transaction.h"
#include "ui/common/statusmarker.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/register/childfilterproxy.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/registerpage.h"

#include <QFile>
#include <QTableView>
#include <QTest>

#include <sqlite3.h>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// The fixture's five children and, before them by name, enough others that
// Citra (severely stunted) is far below the first screen.
struct LongList : test::Posyandu {
    LongList()
    {
        auto tx = store::Transaction::begin(*db);
        BOOST_REQUIRE(tx.ok());
        for (int i = 0; i < 700; ++i)
            addChild(QStringLiteral("Anak %1").arg(i, 4, 10, QLatin1Char('0')), growth::Sex::Male, QDate(2025, 1, 1),
                     QStringLiteral("Ibu %1").arg(i), 0, mawar);
        BOOST_REQUIRE(tx->commit().ok());
    }
};

bool assessed(const RegisterPage& page, store::RowId child)
{
    return page.model()->listedRow(page.model()->rowOf(child)).assessed;
}

} // namespace

BOOST_AUTO_TEST_SUITE(register_assessed_later)

BOOST_AUTO_TEST_CASE(a_row_far_down_is_assessed_when_scrolled_to)
{
    LongList p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    page.resize(1280, 760);
    BOOST_TEST(page.model()->rowCount() == 705);
    // Loaded, not yet assessed (no turn of the event loop has run).
    BOOST_TEST(page.model()->unassessedCount() == 705u);

    page.show();
    (void)page.grab(); // the first screen: "Anak 0000" and the rows below it
    BOOST_TEST(page.proxy()->index(0, ChildListModel::Name).data().toString() == QStringLiteral("Anak 0000"));
    BOOST_TEST(page.model()->listedRow(page.model()->rowOf(page.proxy()->index(0, 0).data(ChildListModel::ChildIdRole).value<store::RowId>())).assessed);
    BOOST_TEST(!assessed(page, p.citra));
    BOOST_TEST(page.model()->unassessedCount() > 600u);

    const QModelIndex citra = page.proxy()->mapFromSource(page.model()->index(page.model()->rowOf(p.citra), 0));
    BOOST_TEST(citra.row() > 690);
    page.table()->scrollTo(citra);
    (void)page.grab();
    BOOST_TEST(assessed(page, p.citra));
    BOOST_TEST(page.proxy()->index(citra.row(), ChildListModel::Result).data().toString()
               == QStringLiteral("B · Berat badan normal · Sangat pendek"));
    BOOST_TEST(page.proxy()->index(citra.row(), ChildListModel::Status).data(ChildListModel::MarkerRole).toInt()
               == int(Marker::Severe));
}

BOOST_AUTO_TEST_CASE(sorting_and_filtering_by_the_dot_wait_for_every_row)
{
    LongList p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    BOOST_TEST(!assessed(page, p.citra));
    // The worst first: Citra (red), then Budi (orange), whom nothing had shown.
    page.table()->sortByColumn(ChildListModel::Status, Qt::DescendingOrder);
    BOOST_TEST(page.model()->unassessedCount() == 0u);
    BOOST_TEST(page.proxy()->index(0, ChildListModel::Name).data().toString() == QStringLiteral("Citra Dewi"));
    BOOST_TEST(page.proxy()->index(1, ChildListModel::Name).data().toString() == QStringLiteral("Budi Santoso"));

    RegisterPage again(*p.db, notifier, commands, p.kader);
    BOOST_TEST(again.model()->unassessedCount() == 705u);
    again.proxy()->setStatus(ChildFilterProxy::StatusFilter::Severe);
    BOOST_TEST(again.proxy()->rowCount() == 1);
    BOOST_TEST(again.proxy()->index(0, ChildListModel::Name).data().toString() == QStringLiteral("Citra Dewi"));
}

BOOST_AUTO_TEST_CASE(the_background_assesses_the_rest_without_being_asked)
{
    LongList p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    BOOST_TEST(!assessed(page, p.budi));
    BOOST_TEST(QTest::qWaitFor([&] { return page.model()->unassessedCount() == 0; }, 10000));
    BOOST_TEST(assessed(page, p.budi));
    BOOST_TEST(page.model()->listedRow(page.model()->rowOf(p.budi)).assessment.twoT);
    BOOST_TEST(int(page.model()->listedRow(page.model()->rowOf(p.citra)).marker) == int(Marker::Severe));
    BOOST_TEST(int(page.model()->listedRow(page.model()->rowOf(p.dodi)).marker) == int(Marker::None));
}

BOOST_AUTO_TEST_CASE(a_row_assessed_later_shows_the_file_as_it_is_then)
{
    // The list is read in brief (the last visit's date and weight); the rest
    // is read when the row is assessed. If another program changed the file
    // in between, the row shows the file as it is then, whole, never half
    // of each.
    LongList p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    const auto& before = page.model()->listedRow(page.model()->rowOf(p.budi));
    BOOST_TEST_REQUIRE(!before.assessed);
    BOOST_TEST_REQUIRE(before.last.has_value());
    BOOST_TEST(!before.last->length.has_value()); // in brief
    const QDate listed = before.last->date;

    sqlite3* other = nullptr;
    BOOST_REQUIRE(sqlite3_open(QFile::encodeName(p.path()).constData(), &other) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(other,
                                "UPDATE measurements SET deleted_at = 1767225600000 "
                                "WHERE child_id = (SELECT id FROM children WHERE name = 'Budi Santoso') AND measured_on = "
                                "(SELECT max(measured_on) FROM measurements m JOIN children c ON c.id = m.child_id "
                                "WHERE c.name = 'Budi Santoso')",
                                nullptr, nullptr, &error);
    BOOST_REQUIRE_MESSAGE(rc == SQLITE_OK, (error ? error : ""));
    sqlite3_free(error);
    BOOST_REQUIRE(sqlite3_exec(other,
                               "UPDATE measurements SET deleted_at = 1767225600000 WHERE child_id = "
                               "(SELECT id FROM children WHERE name = 'Ani Lestari')",
                               nullptr, nullptr, nullptr)
                  == SQLITE_OK);
    sqlite3_close(other);

    page.model()->assessAll();
    const auto& budi = page.model()->listedRow(page.model()->rowOf(p.budi));
    BOOST_TEST_REQUIRE(budi.last.has_value());
    BOOST_TEST(budi.last->date < listed); // the visit before, whole
    BOOST_TEST(budi.last->length.has_value());
    BOOST_TEST(!page.model()->listedRow(page.model()->rowOf(p.ani)).last.has_value());
    BOOST_TEST(page.model()->index(page.model()->rowOf(p.ani), ChildListModel::LastVisit).data().toString()
               == ChildListModel::tr("never"));
}

BOOST_AUTO_TEST_SUITE_END()
