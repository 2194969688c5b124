// The register's roster query (store/rosterquery.h) and
// ChildRepository::listWithLastMeasurement (which is that query, by name)
// against a reference read child by child (ChildRepository::get,
// MeasurementRepository::history and a plain SQL for which children) on a
// real demo file made by a real tumbuh-cli, with deleted children,
// measurements and households, moved children and two measurements on one
// day added by plain SQL.
#include "storefixture.h"

#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/rosterquery.h"

#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QProcess>
#include <QStringList>

#include <sqlite3.h>

#include <map>
#include <span>

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
    // Schema 5's forms: 1717228800000 = 2024-06-01T08:00:00Z, 19844 =
    // 2024-05-01, 19814 = 2024-04-01 (days since 1970).
    rawExec(path, "UPDATE children SET deleted_at = 1717228800000 WHERE id % 17 = 3;"
                  "UPDATE children SET status = 'moved', status_date = 19844 WHERE id % 13 = 5;"
                  "UPDATE children SET status = 'deceased', status_date = 19814 WHERE id % 29 = 7;"
                  "UPDATE measurements SET deleted_at = 1717228800000 WHERE id IN "
                  "(SELECT max(id) FROM measurements GROUP BY child_id HAVING child_id % 5 = 1);"
                  "UPDATE measurements SET deleted_at = 1717228800000 WHERE id % 11 = 4;"
                  "UPDATE households SET deleted_at = 1717228800000 WHERE id IN "
                  "(SELECT household_id FROM children WHERE id % 23 = 2);"
                  "UPDATE children SET household_id = (SELECT max(id) FROM households WHERE deleted_at IS NULL) "
                  "WHERE id % 31 = 9;"
                  "UPDATE children SET household_id = NULL WHERE id % 37 = 10;"
                  // Two visits on one day (a correction kept beside the
                  // first): the newer row (higher id) is the last one. Of
                  // the newest live visit of some children, and of a visit
                  // two months before it of others (the earlier weighings),
                  // once with a lighter and once with a heavier weight.
                  "CREATE TEMP TABLE twice AS SELECT m.* FROM measurements m WHERE m.deleted_at IS NULL AND ("
                  " (m.child_id % 7 = 2 AND m.id = (SELECT max(x.id) FROM measurements x"
                  "  WHERE x.child_id = m.child_id AND x.deleted_at IS NULL))"
                  " OR (m.child_id % 7 = 4 AND m.measured_on < CAST(julianday(date((SELECT max(x.measured_on) * 86400"
                  "  FROM measurements x WHERE x.child_id = m.child_id AND x.deleted_at IS NULL), 'unixepoch',"
                  "  'start of month', '-1 month')) - 2440587.5 AS INTEGER)));"
                  "UPDATE twice SET id = NULL, weight_g = weight_g + CASE WHEN child_id % 2 = 0 THEN -150 ELSE 150 END,"
                  " uid = randomblob(16);"
                  "INSERT INTO measurements SELECT * FROM twice;");
    return path;
}

// The children a filter selects, in rowid order: plain SQL, not the store's.
std::vector<RowId> childIds(const QString& path, const ChildFilter& filter)
{
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    const char* sql = "SELECT id FROM children WHERE deleted_at IS NULL AND (?1 = 0 OR status = 'active') "
                      "AND (?2 IS NULL OR posyandu_id = ?2) ORDER BY id";
    BOOST_REQUIRE(sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_int(st, 1, filter.activeOnly ? 1 : 0);
    if (filter.posyanduId)
        sqlite3_bind_int64(st, 2, *filter.posyanduId);
    std::vector<RowId> ids;
    while (sqlite3_step(st) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return ids;
}

// The newest weighing of a calendar month before `before`'s, from a history
// in (date, id) order: the latest of the rows on the latest such day.
const Measurement* weighingBefore(const std::vector<Measurement>& history, const QDate& before)
{
    const QDate monthStart(before.year(), before.month(), 1);
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        if (it->weight && it->date < monthStart)
            return &*it;
    return nullptr;
}

// A child's line read the slow, plain way: the row, and its whole live
// history (MeasurementRepository::history, by date then id).
ChildWithLastMeasurement referenceLine(Database& db, RowId id, bool withEarlier)
{
    auto child = ChildRepository(db).get(id);
    BOOST_REQUIRE(child.ok());
    auto history = MeasurementRepository(db).history(id);
    BOOST_REQUIRE(history.ok());
    ChildWithLastMeasurement line{*child, std::nullopt, {}};
    if (!history->empty()) {
        line.last = history->back();
        if (withEarlier) {
            const Measurement* p1 = weighingBefore(*history, line.last->date);
            const Measurement* p2 = p1 ? weighingBefore(*history, p1->date) : nullptr;
            for (const Measurement* p : {p1, p2})
                if (p)
                    line.earlierWeighings.push_back({p->date, *p->weight});
        }
    }
    return line;
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

// A line as ChildFilter::lastInBrief gives it: the child, and of the last
// measurement only its id, date and weight (and whose it is).
QString describeInBrief(const ChildWithLastMeasurement& l)
{
    ChildWithLastMeasurement brief{l.child, std::nullopt, {}};
    if (l.last) {
        Measurement m;
        m.meta.id = l.last->meta.id;
        m.childId = l.last->childId;
        m.date = l.last->date;
        m.weight = l.last->weight;
        brief.last = m;
    }
    return describe(brief) + QStringLiteral("|of child ")
         + QString::number(brief.last ? brief.last->childId : brief.child.meta.id);
}

} // namespace

BOOST_AUTO_TEST_SUITE(roster_query)

BOOST_AUTO_TEST_CASE(the_same_children_and_visits_as_read_child_by_child_with_the_households_rt_rw)
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
    int inBrief = 0;
    for (const int mode : {0, 1, 2}) { // with the earlier weighings, without them, in brief
        const bool earlier = mode == 0;
        for (const bool activeOnly : {true, false}) {
            for (int scope = 0; scope < 2; ++scope) {
                ChildFilter filter;
                filter.withEarlierWeighings = earlier;
                filter.lastInBrief = mode == 2;
                filter.activeOnly = activeOnly;
                if (scope == 1)
                    filter.posyanduId = somePosyandu;
                const std::vector<RowId> ids = childIds(path, filter);
                BOOST_REQUIRE(!ids.empty());
                std::map<RowId, QString> want;
                for (const RowId id : ids) {
                    const auto reference = referenceLine(*db, id, earlier);
                    want.emplace(id, filter.lastInBrief ? describeInBrief(reference) : describe(reference));
                }
                auto roster = RosterQuery(*db).list(filter);
                BOOST_REQUIRE(roster.ok());
                if (!somePosyandu)
                    somePosyandu = roster->front().entry.child.posyanduId;
                BOOST_TEST(roster->size() == ids.size());
                RowId previous = 0;
                for (const auto& line : *roster) {
                    const RowId id = line.entry.child.meta.id;
                    if (!filter.posyanduId)
                        BOOST_TEST(id > previous); // rowid order for the whole file
                    previous = id;
                    const auto it = want.find(id);
                    BOOST_REQUIRE_MESSAGE(it != want.end(), "child " << id << " should not be listed");
                    if (filter.lastInBrief) {
                        BOOST_TEST(describeInBrief(line.entry) == it->second);
                        // Nothing more of the last measurement than said.
                        if (line.entry.last) {
                            BOOST_TEST(!line.entry.last->length.has_value());
                            BOOST_TEST(line.entry.last->meta.uid.isNull());
                            ++inBrief;
                        }
                    } else {
                        BOOST_TEST(describe(line.entry) == it->second);
                    }
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

                if (filter.lastInBrief)
                    continue;
                // The list by name: the same lines, ordered by the name
                // (case folded), then by id.
                auto byName = ChildRepository(*db).listWithLastMeasurement(filter);
                BOOST_REQUIRE(byName.ok());
                BOOST_TEST(byName->size() == ids.size());
                for (std::size_t i = 0; i < byName->size(); ++i) {
                    const auto& line = (*byName)[i];
                    const auto it = want.find(line.child.meta.id);
                    BOOST_REQUIRE(it != want.end());
                    BOOST_TEST(describe(line) == it->second);
                    if (i > 0) {
                        const auto& before = (*byName)[i - 1];
                        const int c = before.child.name.toCaseFolded().compare(line.child.name.toCaseFolded());
                        BOOST_TEST((c < 0 || (c == 0 && before.child.meta.id < line.child.meta.id)));
                    }
                }
            }
        }
    }
    // The file really has what is compared.
    BOOST_TEST(checked > 600);
    BOOST_TEST(withRtRw > 300);
    BOOST_TEST(withEarlier > 100);
    BOOST_TEST(inBrief > 300);
}

BOOST_AUTO_TEST_CASE(what_the_assessment_needs_later_as_read_child_by_child)
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = openOrFail(path);
    ChildFilter everyone;
    everyone.activeOnly = false;
    std::vector<RowId> ids = childIds(path, everyone);
    BOOST_REQUIRE(ids.size() > 200u);
    ids.push_back(999999); // not in the file: left out
    // The register asks for slices and for all that is left: both.
    for (const std::size_t count : {std::size_t{40}, ids.size()}) {
        const std::span<const RowId> asked(ids.data() + (ids.size() - count), count);
        auto inputs = RosterQuery(*db).assessmentInputs(asked);
        BOOST_REQUIRE(inputs.ok());
        int with = 0;
        int withEarlier = 0;
        for (const RowId id : asked) {
            if (id == 999999) {
                BOOST_TEST(!inputs->contains(id));
                continue;
            }
            const auto want = referenceLine(*db, id, true);
            const auto it = inputs->find(id);
            BOOST_TEST_REQUIRE((it != inputs->end()) == want.last.has_value(), "child " << id);
            if (it == inputs->end())
                continue;
            ++with;
            // The whole last measurement and the earlier weighings, as the
            // reference has them.
            const ChildWithLastMeasurement got{want.child, it->second.last, it->second.earlierWeighings};
            BOOST_TEST(describe(got) == describe(want));
            BOOST_TEST((got.last->meta.uid == want.last->meta.uid));
            BOOST_TEST(got.last->measuredBy == want.last->measuredBy);
            BOOST_TEST((got.last->meta.updatedAt == want.last->meta.updatedAt));
            withEarlier += want.earlierWeighings.empty() ? 0 : 1;
        }
        BOOST_TEST(with > (count == ids.size() ? static_cast<int>(count) / 2 : 0));
        if (count == ids.size())
            BOOST_TEST(withEarlier > 100);
    }
    BOOST_TEST(RosterQuery(*db).assessmentInputs({}).value().empty());
}

BOOST_AUTO_TEST_CASE(two_visits_on_one_day_the_newer_row_counts)
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = openOrFail(path);
    ChildFilter filter;
    filter.withEarlierWeighings = true;
    filter.activeOnly = false;
    auto roster = RosterQuery(*db).list(filter);
    BOOST_REQUIRE(roster.ok());
    int lastTwice = 0;
    int earlierTwice = 0;
    for (const auto& line : *roster) {
        auto history = MeasurementRepository(*db).history(line.entry.child.meta.id);
        BOOST_REQUIRE(history.ok());
        for (std::size_t i = 1; i < history->size(); ++i) {
            const Measurement& older = (*history)[i - 1];
            const Measurement& newer = (*history)[i];
            if (older.date != newer.date || !newer.weight)
                continue;
            BOOST_REQUIRE(older.meta.id < newer.meta.id);
            if (line.entry.last && line.entry.last->date == newer.date) {
                BOOST_TEST(line.entry.last->meta.id == newer.meta.id);
                ++lastTwice;
            }
            for (const auto& w : line.entry.earlierWeighings)
                if (w.date == newer.date) {
                    BOOST_TEST(w.weight.value == newer.weight->value);
                    ++earlierTwice;
                }
        }
    }
    // The fixture made both kinds (a newest visit twice, an earlier one twice).
    BOOST_TEST(lastTwice > 5);
    BOOST_TEST(earlierTwice > 5);
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
