// The register's roster query (store/rosterquery.h) against
// ChildRepository::listWithLastMeasurement on a real demo file made by a
// real tumbuh-cli, with deleted children, measurements and households and
// moved children added by plain SQL.
#include "storefixture.h"

#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/rosterquery.h"

#include <boost/test/unit_test.hpp>

#include <QProcess>
#include <QStringList>

#include <map>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

namespace {

QString demoFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QProcess cli;
    cli.start(QStringLiteral(TUMBUH_CLI),
              {QStringLiteral("demo"), QStringLiteral("-o"), path, QStringLiteral("--children"), QStringLiteral("300"),
               QStringLiteral("--months"), QStringLiteral("18")});
    BOOST_REQUIRE(cli.waitForFinished(120000));
    BOOST_REQUIRE_MESSAGE(cli.exitCode() == 0, cli.readAllStandardError().toStdString());
    // What a year of use leaves: deleted children and weighings (the newest
    // of some children among them), children who moved away or died, a
    // deleted household, a child moved to another household, one with none.
    rawExec(path, "UPDATE children SET deleted_at = '2024-06-01T08:00:00Z' WHERE id % 17 = 3;"
                  "UPDATE children SET status = 'moved', status_date = '2024-05-01' WHERE id % 13 = 5;"
                  "UPDATE children SET status = 'deceased', status_date = '2024-04-01' WHERE id % 29 = 7;"
                  "UPDATE measurements SET deleted_at = '2024-06-01T08:00:00Z' WHERE id IN "
                  "(SELECT max(id) FROM measurements GROUP BY child_id HAVING child_id % 5 = 1);"
                  "UPDATE measurements SET deleted_at = '2024-06-01T08:00:00Z' WHERE id % 11 = 4;"
                  "UPDATE households SET deleted_at = '2024-06-01T08:00:00Z' WHERE id IN "
                  "(SELECT household_id FROM children WHERE id % 23 = 2);"
                  "UPDATE children SET household_id = (SELECT max(id) FROM households WHERE deleted_at IS NULL) "
                  "WHERE id % 31 = 9;"
                  "UPDATE children SET household_id = NULL WHERE id % 37 = 10;");
    return path;
}

QString describe(const ChildWithLastMeasurement& l)
{
    QStringList parts{QString::number(l.child.meta.id),
                      l.child.meta.uid.toString(),
                      l.child.name,
                      l.child.nik,
                      l.child.motherName,
                      l.child.birthDate.toString(Qt::ISODate),
                      QString::number(static_cast<int>(l.child.status)),
                      QString::number(l.child.householdId.value_or(0)),
                      QString::number(l.child.posyanduId)};
    if (l.last) {
        parts << QString::number(l.last->meta.id) << l.last->date.toString(Qt::ISODate)
              << QString::number(l.last->weight ? l.last->weight->value : -1)
              << QString::number(l.last->length ? l.last->length->value : -1)
              << QString::number(l.last->armCircumference ? l.last->armCircumference->value : -1)
              << QString::number(l.last->oedema ? 1 : 0);
    } else {
        parts << QStringLiteral("never");
    }
    for (const auto& w : l.earlierWeighings)
        parts << w.date.toString(Qt::ISODate) + QLatin1Char(':') + QString::number(w.weight.value);
    return parts.join(QLatin1Char('|'));
}

} // namespace

BOOST_AUTO_TEST_SUITE(roster_query)

BOOST_AUTO_TEST_CASE(the_same_children_and_visits_as_the_list_with_the_households_rt_rw)
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = openOrFail(path);
    auto households = HouseholdRepository(*db).list();
    BOOST_REQUIRE(households.ok());
    std::map<RowId, const Household*> householdById;
    for (const auto& h : *households)
        householdById.emplace(h.meta.id, &h);

    std::optional<RowId> somePosyandu;
    int checked = 0;
    int withRtRw = 0;
    int withEarlier = 0;
    for (const bool earlier : {true, false}) {
        for (const bool activeOnly : {true, false}) {
            for (int scope = 0; scope < 2; ++scope) {
                ChildFilter filter;
                filter.withEarlierWeighings = earlier;
                filter.activeOnly = activeOnly;
                if (scope == 1)
                    filter.posyanduId = somePosyandu;
                auto expected = ChildRepository(*db).listWithLastMeasurement(filter);
                auto roster = RosterQuery(*db).list(filter);
                BOOST_REQUIRE(expected.ok());
                BOOST_REQUIRE(roster.ok());
                BOOST_REQUIRE(!expected->empty());
                if (!somePosyandu)
                    somePosyandu = expected->front().child.posyanduId;
                BOOST_TEST(roster->size() == expected->size());
                std::map<RowId, QString> want;
                for (const auto& l : *expected)
                    want.emplace(l.child.meta.id, describe(l));
                RowId previous = 0;
                for (const auto& line : *roster) {
                    const RowId id = line.entry.child.meta.id;
                    if (!filter.posyanduId)
                        BOOST_TEST(id > previous); // rowid order for the whole file
                    previous = id;
                    const auto it = want.find(id);
                    BOOST_REQUIRE_MESSAGE(it != want.end(), "child " << id << " should not be listed");
                    BOOST_TEST(describe(line.entry) == it->second);
                    // RT/RW as the live household has them; none for a
                    // deleted household or none at all.
                    const Household* h = nullptr;
                    if (line.entry.child.householdId)
                        if (const auto found = householdById.find(*line.entry.child.householdId);
                            found != householdById.end())
                            h = found->second;
                    BOOST_TEST(line.rt == (h ? h->rt : QString()));
                    BOOST_TEST(line.rw == (h ? h->rw : QString()));
                    withRtRw += line.rt.isEmpty() ? 0 : 1;
                    withEarlier += line.entry.earlierWeighings.empty() ? 0 : 1;
                    ++checked;
                }
            }
        }
    }
    // The file really has what is compared.
    BOOST_TEST(checked > 600);
    BOOST_TEST(withRtRw > 300);
    BOOST_TEST(withEarlier > 100);
}

BOOST_AUTO_TEST_CASE(deleted_and_moved_children_are_left_out_as_the_list_does)
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = openOrFail(path);
    auto active = RosterQuery(*db).list({});
    ChildFilter everyone;
    everyone.activeOnly = false;
    auto all = RosterQuery(*db).list(everyone);
    BOOST_REQUIRE(active.ok());
    BOOST_REQUIRE(all.ok());
    int moved = 0;
    for (const auto& line : *all) {
        BOOST_TEST(line.entry.child.meta.id % 17 != 3); // deleted
        moved += line.entry.child.status != ChildStatus::Active ? 1 : 0;
    }
    BOOST_TEST(moved > 0);
    for (const auto& line : *active)
        BOOST_TEST((line.entry.child.status == ChildStatus::Active));
    BOOST_TEST(all->size() == active->size() + static_cast<std::size_t>(moved));
}

BOOST_AUTO_TEST_SUITE_END()
