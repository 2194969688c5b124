#include "dayfixture.h"
#include "print.h"

#include "ui/posyanduday/daysession.h"
#include "ui/posyanduday/rosterfilterproxy.h"
#include "ui/posyanduday/rostermodel.h"

#include <boost/test/unit_test.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tumbuh;
using namespace tumbuh::ui;
using namespace tumbuh::ui::test;

namespace {

std::vector<RosterEntry> roster(DayStore& s, const QDate& day = kToday)
{
    DaySession session(*s.db, {});
    auto r = session.loadRoster(day, s.posyandu);
    BOOST_REQUIRE(r.ok());
    return *r;
}

QStringList names(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, RosterModel::Name).data().toString();
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(roster_model)

BOOST_AUTO_TEST_CASE(expected_children_only)
{
    Morning s;
    const auto entries = roster(s);
    QStringList got;
    for (const auto& e : entries)
        got << e.child.name;
    got.sort();
    BOOST_TEST(got.join(QLatin1Char(',')).toStdString() == "Ani Lestari,Budi Santoso,Citra Dewi,Dedi Pratama");

    // Before Fajar moved away (1 March) he was expected.
    const auto february = roster(s, QDate(2024, 2, 20));
    BOOST_TEST(std::any_of(february.begin(), february.end(), [&](const RosterEntry& e) { return e.child.meta.id == s.fajar; }));
}

BOOST_AUTO_TEST_CASE(done_today_with_letter)
{
    Morning s;
    s.addMeasurement(s.ani, kToday, 8550, 751, growth::Measure::Lying);
    s.addMeasurement(s.dedi, kToday, 6800);
    const auto entries = roster(s);
    for (const auto& e : entries) {
        if (e.child.meta.id == s.ani) {
            BOOST_TEST(e.done());
            BOOST_TEST((e.status == growth::WeighingStatus::N));
            BOOST_TEST(e.previous->weight->value == 8200);
        } else if (e.child.meta.id == s.dedi) {
            BOOST_TEST((e.status == growth::WeighingStatus::T));
            BOOST_TEST(e.twoT);
        } else {
            BOOST_TEST(!e.done());
        }
    }
}

BOOST_AUTO_TEST_CASE(model_and_proxy_under_the_tester)
{
    Morning s;
    RosterModel model;
    RosterFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy progress(&model, &RosterModel::progressChanged);

    model.setEntries(roster(s));
    BOOST_TEST(model.rowCount() == 4);
    BOOST_TEST(model.columnCount() == RosterModel::ColumnCount);
    BOOST_TEST(names(proxy).join(QLatin1Char(',')).toStdString()
               == "Ani Lestari,Budi Santoso,Citra Dewi,Dedi Pratama");
    BOOST_TEST(progress.count() == 1);

    // A save replaces one line.
    s.addMeasurement(s.citra, kToday, 6100);
    DaySession session(*s.db, {});
    BOOST_REQUIRE(session.loadRoster(kToday, s.posyandu).ok());
    auto entry = session.reloadEntry(s.citra);
    BOOST_REQUIRE(entry.ok() && entry->has_value());
    model.updateEntry(**entry);
    const QModelIndex citra = model.index(model.rowOf(s.citra), RosterModel::Status);
    BOOST_TEST(citra.data(RosterModel::DoneRole).toBool());
    BOOST_TEST(citra.data().toString() == QStringLiteral("✓ B"));
    BOOST_TEST(model.doneCount() == 1);

    // The filters.
    proxy.setText(QStringLiteral("ibu budi"));
    BOOST_TEST(names(proxy).join(QLatin1Char(',')).toStdString() == "Budi Santoso");
    proxy.setText({});
    proxy.setNotDoneOnly(true);
    BOOST_TEST(proxy.rowCount() == 3);
    proxy.setNotDoneOnly(false);

    // A new child here is appended; a child who leaves is removed.
    const store::RowId hana = s.addChild(QStringLiteral("Hana Wulandari"), QDate(2023, 12, 1), growth::Sex::Female);
    auto added = session.reloadEntry(hana);
    BOOST_REQUIRE(added.ok() && added->has_value());
    model.updateEntry(**added);
    BOOST_TEST(model.rowCount() == 5);
    BOOST_TEST(names(proxy).last().toStdString() == "Hana Wulandari");
    model.setUnsaved(s.ani, true);
    BOOST_TEST(model.index(model.rowOf(s.ani), RosterModel::Status).data().toString().contains(QStringLiteral("typing")));
    model.removeChild(s.budi);
    BOOST_TEST(model.rowCount() == 4);
    BOOST_TEST(model.rowOf(s.budi) == -1);
    BOOST_TEST(model.entryOf(s.dedi)->child.name == QStringLiteral("Dedi Pratama"));
    model.setEntries({});
    BOOST_TEST(proxy.rowCount() == 0);
}

BOOST_AUTO_TEST_CASE(next_waiting_leaves_children_measured_this_month_for_last)
{
    // Ani was weighed at a home visit on 3 June: on the 15th the page moves
    // to the others first (and to her only when they are done).
    Morning s;
    s.addMeasurement(s.ani, QDate(2024, 6, 3), 8400);
    RosterModel model;
    model.setEntries(roster(s));
    BOOST_TEST(model.entryOf(s.ani)->earlierThisMonth);
    BOOST_TEST((model.nextWaiting(std::nullopt) == std::optional(s.budi)));
    BOOST_TEST((model.nextWaiting(s.dedi) == std::optional(s.budi))); // wraps round, past Ani
    for (const store::RowId id : {s.budi, s.citra, s.dedi})
        s.addMeasurement(id, kToday, 7000);
    model.setEntries(roster(s));
    BOOST_TEST((model.nextWaiting(std::nullopt) == std::optional(s.ani)));
}

BOOST_AUTO_TEST_SUITE_END()
