// The queries the screens need.
#include "storefixture.h"

#include "store/childrepository.h"
#include "store/measurementrepository.h"

#include <boost/test/unit_test.hpp>

#include <QSqlQuery>

using namespace tumbuh::store;
using namespace tumbuh::store::test;
using tumbuh::growth::Millimetres;
using tumbuh::growth::Sex;

namespace {

const ChildWithLastMeasurement* find(const std::vector<ChildWithLastMeasurement>& list, RowId id)
{
    for (const auto& line : list) {
        if (line.child.meta.id == id)
            return &line;
    }
    return nullptr;
}

QStringList names(const std::vector<Child>& children)
{
    QStringList out;
    for (const auto& c : children)
        out << c.name;
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(queries)

BOOST_AUTO_TEST_CASE(children_with_their_last_live_measurement)
{
    TempStore s;
    const RowId other = s.addPosyandu(QStringLiteral("Posyandu Kenanga"));
    const RowId a = s.addChild(QStringLiteral("Citra"), QDate(2022, 1, 1));
    const RowId b = s.addChild(QStringLiteral("agus"), QDate(2022, 2, 1), Sex::Male);
    const RowId moved = s.addChild(QStringLiteral("Bayu"), QDate(2022, 3, 1), Sex::Male);
    const RowId elsewhere = s.addChild(QStringLiteral("Dewi"), QDate(2022, 4, 1), Sex::Female, other);
    const RowId deleted = s.addChild(QStringLiteral("Eko"), QDate(2022, 5, 1), Sex::Male);

    s.addWeighing(a, QDate(2024, 1, 10), 9000);
    s.addWeighing(a, QDate(2024, 3, 10), 9400);                       // the newest live one...
    const RowId sameDay = s.addWeighing(a, QDate(2024, 3, 10), 9450); // ...saved later the same day
    s.addWeighing(a, QDate(2024, 2, 10), 9200);
    const RowId removed = s.addWeighing(a, QDate(2024, 4, 10), 9600);
    BOOST_REQUIRE(MeasurementRepository(*s.db).remove(removed, s.kader).ok());
    s.addWeighing(moved, QDate(2024, 1, 5), 10000);
    s.addWeighing(elsewhere, QDate(2024, 5, 5), 8000);

    ChildRepository children(*s.db);
    Child m = children.get(moved).value();
    m.status = ChildStatus::MovedAway;
    m.statusDate = QDate(2024, 2, 1);
    BOOST_REQUIRE(children.update(m, s.kader).ok());
    BOOST_REQUIRE(children.remove(deleted, s.kader).ok());

    auto roster = children.listWithLastMeasurement({s.posyandu, true});
    BOOST_REQUIRE(roster.ok());
    BOOST_REQUIRE(roster->size() == 2u);
    BOOST_TEST((*roster)[0].child.name == QStringLiteral("agus")); // by name, case-insensitive
    BOOST_TEST((*roster)[1].child.name == QStringLiteral("Citra"));
    const auto* citra = find(*roster, a);
    BOOST_REQUIRE(citra);
    BOOST_REQUIRE(citra->last.has_value());
    BOOST_TEST(citra->last->meta.id == sameDay);
    BOOST_TEST(citra->last->date == QDate(2024, 3, 10));
    BOOST_TEST(citra->last->weight->value == 9450);
    BOOST_TEST(!find(*roster, b)->last.has_value());

    auto everyone = children.listWithLastMeasurement({s.posyandu, false});
    BOOST_TEST(everyone->size() == 3u);
    BOOST_TEST(find(*everyone, moved)->last->weight->value == 10000);

    auto city = children.listWithLastMeasurement({std::nullopt, true});
    BOOST_TEST(city->size() == 3u);
    BOOST_TEST(find(*city, elsewhere)->last->weight->value == 8000);
    BOOST_TEST(!find(*city, deleted));
}

BOOST_AUTO_TEST_CASE(the_register_gets_the_weighings_that_n_t_and_2t_need)
{
    TempStore s;
    const RowId a = s.addChild(QStringLiteral("Citra"), QDate(2022, 1, 1));
    const RowId once = s.addChild(QStringLiteral("Dewi"), QDate(2022, 2, 1));
    const RowId never = s.addChild(QStringLiteral("Eko"), QDate(2022, 3, 1), Sex::Male);
    s.addWeighing(a, QDate(2023, 12, 10), 8800); // not needed: three months back
    s.addWeighing(a, QDate(2024, 1, 5), 8900);
    s.addWeighing(a, QDate(2024, 1, 20), 9000); // the latest of January
    s.addWeighing(a, QDate(2024, 2, 10), 9100);
    const RowId removed = s.addWeighing(a, QDate(2024, 2, 25), 9900);
    BOOST_REQUIRE(MeasurementRepository(*s.db).remove(removed, s.kader).ok());
    s.addWeighing(a, QDate(2024, 3, 2), 9150);  // same month as the last: not earlier
    s.addWeighing(a, QDate(2024, 3, 10), 9200); // the last
    s.addWeighing(once, QDate(2024, 3, 1), 9000);

    ChildFilter filter{s.posyandu, true, true};
    auto list = ChildRepository(*s.db).listWithLastMeasurement(filter);
    BOOST_REQUIRE(list.ok());
    const auto* citra = find(*list, a);
    BOOST_REQUIRE(citra);
    BOOST_TEST(citra->last->weight->value == 9200);
    BOOST_REQUIRE(citra->earlierWeighings.size() == 2u);
    BOOST_TEST(citra->earlierWeighings[0].date == QDate(2024, 2, 10)); // the deleted one is left out
    BOOST_TEST(citra->earlierWeighings[0].weight.value == 9100);
    BOOST_TEST(citra->earlierWeighings[1].date == QDate(2024, 1, 20));
    BOOST_TEST(citra->earlierWeighings[1].weight.value == 9000);
    BOOST_TEST(find(*list, once)->earlierWeighings.empty());
    BOOST_TEST(find(*list, never)->earlierWeighings.empty());
    // Not asked for: not read.
    auto plain = ChildRepository(*s.db).listWithLastMeasurement({s.posyandu, true});
    BOOST_TEST(find(*plain, a)->earlierWeighings.empty());
    // The whole database, the same lines.
    filter.posyanduId.reset();
    BOOST_TEST(find(*ChildRepository(*s.db).listWithLastMeasurement(filter), a)->earlierWeighings.size() == 2u);
}

BOOST_AUTO_TEST_CASE(roster_query_uses_the_index)
{
    TempStore s;
    QSqlQuery q(s.db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT c.id, m.id FROM children c LEFT JOIN measurements m ON m.id = ("
        "SELECT x.id FROM measurements x WHERE x.child_id = c.id AND x.deleted_at IS NULL "
        "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1) WHERE c.deleted_at IS NULL AND c.posyandu_id = 1")));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    BOOST_TEST_MESSAGE(text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("measurements_child_date")));
    BOOST_TEST(text.contains(QStringLiteral("children_posyandu_name")));
}

BOOST_AUTO_TEST_CASE(not_weighed_for_two_months)
{
    TempStore s; // as of 15 June 2024
    const RowId exactlyTwo = s.addChild(QStringLiteral("Dua Bulan"), QDate(2022, 1, 1));
    s.addWeighing(exactlyTwo, QDate(2024, 4, 15), 10000);
    const RowId recent = s.addChild(QStringLiteral("Baru Ditimbang"), QDate(2022, 1, 1));
    s.addWeighing(recent, QDate(2024, 4, 16), 10000);
    const RowId never = s.addChild(QStringLiteral("Belum Pernah"), QDate(2023, 1, 1));
    const RowId newborn = s.addChild(QStringLiteral("Bayi Baru"), QDate(2024, 5, 1));
    const RowId lengthOnly = s.addChild(QStringLiteral("Hanya Panjang"), QDate(2023, 1, 1));
    s.addWeighing(lengthOnly, QDate(2024, 3, 1), 9000);
    Measurement l;
    l.childId = lengthOnly;
    l.date = QDate(2024, 6, 1);
    l.length = Millimetres{800};
    l.position = tumbuh::growth::Measure::Lying;
    BOOST_REQUIRE(MeasurementRepository(*s.db).add(l, s.kader).ok());
    const RowId tooOld = s.addChild(QStringLiteral("Sudah Besar"), QDate(2019, 6, 15));
    const RowId deletedWeighing = s.addChild(QStringLiteral("Timbangan Dihapus"), QDate(2022, 1, 1));
    s.addWeighing(deletedWeighing, QDate(2024, 3, 1), 10000);
    const RowId gone = s.addWeighing(deletedWeighing, QDate(2024, 6, 1), 10000);
    BOOST_REQUIRE(MeasurementRepository(*s.db).remove(gone, s.kader).ok());

    auto list = ChildRepository(*s.db).notWeighed({kToday, 2, s.posyandu, 60});
    BOOST_REQUIRE_MESSAGE(list.ok(), why(list));
    std::vector<RowId> ids;
    for (const auto& line : *list)
        ids.push_back(line.child.meta.id);
    auto has = [&](RowId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    BOOST_TEST(has(exactlyTwo));
    BOOST_TEST(!has(recent));
    BOOST_TEST(has(never));
    BOOST_TEST(!has(newborn));
    BOOST_TEST(has(lengthOnly));
    BOOST_TEST(!has(tooOld));
    BOOST_TEST(has(deletedWeighing));
    BOOST_TEST(list->size() == 4u);
    BOOST_TEST(list->front().child.meta.id == never); // never weighed first
    BOOST_TEST(!list->front().lastWeighed.has_value());
    for (const auto& line : *list) {
        if (line.child.meta.id == lengthOnly)
            BOOST_TEST(*line.lastWeighed == QDate(2024, 3, 1));
    }

    // As of an earlier date, later weighings do not count.
    auto earlier = ChildRepository(*s.db).notWeighed({QDate(2024, 4, 14), 1, std::nullopt, 60});
    BOOST_REQUIRE(earlier.ok());
    bool recentListed = false;
    for (const auto& line : *earlier)
        recentListed = recentListed || line.child.meta.id == recent;
    BOOST_TEST(recentListed);
}

BOOST_AUTO_TEST_CASE(history_and_month)
{
    TempStore s;
    const RowId other = s.addPosyandu(QStringLiteral("Posyandu Kenanga"));
    const RowId a = s.addChild(QStringLiteral("Anak A"), QDate(2022, 1, 1));
    const RowId b = s.addChild(QStringLiteral("Anak B"), QDate(2022, 1, 1), Sex::Male, other);
    s.addWeighing(a, QDate(2024, 5, 31), 9500);
    s.addWeighing(a, QDate(2024, 4, 30), 9400);
    s.addWeighing(a, QDate(2024, 5, 1), 9450);
    s.addWeighing(b, QDate(2024, 5, 15), 8000);
    s.addWeighing(b, QDate(2024, 6, 1), 8100);

    auto history = MeasurementRepository(*s.db).history(a);
    BOOST_REQUIRE(history.ok());
    BOOST_REQUIRE(history->size() == 3u);
    BOOST_TEST((*history)[0].date == QDate(2024, 4, 30));
    BOOST_TEST((*history)[2].date == QDate(2024, 5, 31));

    auto may = MeasurementRepository(*s.db).ofMonth(2024, 5);
    BOOST_REQUIRE(may.ok());
    BOOST_REQUIRE(may->size() == 3u);
    BOOST_TEST((*may)[0].measurement.date == QDate(2024, 5, 1));
    BOOST_TEST((*may)[0].child.name == QStringLiteral("Anak A"));
    BOOST_TEST((*may)[1].child.name == QStringLiteral("Anak B"));
    BOOST_TEST((*may)[1].child.birthDate == QDate(2022, 1, 1));
    auto mayHere = MeasurementRepository(*s.db).ofMonth(2024, 5, s.posyandu);
    BOOST_TEST(mayHere->size() == 2u);
    auto mayThere = MeasurementRepository(*s.db).ofMonth(2024, 5, other);
    BOOST_TEST(mayThere->size() == 1u);

    // A child who moves keeps the old weighing at the old posyandu.
    Child moving = ChildRepository(*s.db).get(b).value();
    moving.posyanduId = s.posyandu;
    BOOST_REQUIRE(ChildRepository(*s.db).update(moving, s.kader).ok());
    BOOST_TEST(MeasurementRepository(*s.db).ofMonth(2024, 5, other)->size() == 1u);
}

BOOST_AUTO_TEST_CASE(search_by_name_nik_or_mother)
{
    TempStore s;
    ChildRepository children(*s.db);
    Child siti = s.child(QStringLiteral("Siti Aminah"), QDate(2022, 3, 15));
    siti.nik = QStringLiteral("6471055503220007");
    siti.motherName = QStringLiteral("Rina Wati");
    BOOST_REQUIRE(children.add(siti, s.kader).ok());
    Child nursiti = s.child(QStringLiteral("Nur Siti"), QDate(2022, 4, 1));
    nursiti.motherName = QStringLiteral("Dewi");
    BOOST_REQUIRE(children.add(nursiti, s.kader).ok());
    Child budi = s.child(QStringLiteral("Budi 100%"), QDate(2022, 5, 1), Sex::Male);
    budi.motherName = QStringLiteral("Sitiawati");
    BOOST_REQUIRE(children.add(budi, s.kader).ok());

    auto bySiti = children.search(QStringLiteral("SITI"));
    BOOST_REQUIRE_MESSAGE(bySiti.ok(), why(bySiti));
    // Names starting with the text first, then the others by name.
    BOOST_TEST(names(*bySiti) == (QStringList{QStringLiteral("Siti Aminah"), QStringLiteral("Budi 100%"), QStringLiteral("Nur Siti")}));
    BOOST_TEST(names(children.search(QStringLiteral("rina")).value()) == QStringList{QStringLiteral("Siti Aminah")});
    BOOST_TEST(names(children.search(QStringLiteral("6471 0555")).value()) == QStringList{QStringLiteral("Siti Aminah")});
    BOOST_TEST(children.search(QStringLiteral("0555")).value().empty()); // NIK: prefix only
    BOOST_TEST(names(children.search(QStringLiteral("100%")).value()) == QStringList{QStringLiteral("Budi 100%")});
    BOOST_TEST(children.search(QStringLiteral("10_%")).value().empty()); // wildcards are literal
    BOOST_TEST(children.search(QStringLiteral("  ")).value().empty());
    BOOST_TEST(children.search(QStringLiteral("siti"), s.posyandu, 1).value().size() == 1u);
    BOOST_TEST(children.search(QStringLiteral("siti"), s.posyandu + 100).value().empty());
}

BOOST_AUTO_TEST_SUITE_END()
