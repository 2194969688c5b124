// The demo city: the same seed gives the same rows; the rows look like real
// posyandu data (a fifth stunted, some wasted and overweight, slips the WHO
// flags catch, wrong positions, approximate birth dates, moves, deaths);
// every row passes the repositories' rules; nothing real in it.
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "store/counsellingrepository.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"
#include "records/demo/demogenerator.h"
#include "store/measurementrepository.h"
#include "store/nik.h"
#include "store/userrepository.h"

#include "growth/anthro.h"

#include "growth/attention.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>

#include <QFileInfo>

namespace tumbuh::records::test {
namespace {

DemoOptions options(int children, int months, quint64 seed)
{
    DemoOptions o;
    o.children = children;
    o.months = months;
    o.seed = seed;
    o.today = kToday;
    return o;
}

} // namespace

BOOST_AUTO_TEST_SUITE(demo_city)

BOOST_AUTO_TEST_CASE(the_same_seed_gives_the_same_city)
{
    Folder f;
    BOOST_REQUIRE(generateDemo(f.path("a.db"), options(400, 12, 5)).ok());
    BOOST_REQUIRE(generateDemo(f.path("b.db"), options(400, 12, 5)).ok());
    BOOST_REQUIRE(generateDemo(f.path("c.db"), options(400, 12, 6)).ok());
    BOOST_TEST(contentHash(f.path("a.db")) == contentHash(f.path("b.db")));
    BOOST_TEST(contentHash(f.path("a.db")) != contentHash(f.path("c.db")));
    // One audit entry for the whole demo.
    BOOST_TEST(queryLines(f.path("a.db"), "SELECT table_name, action FROM audit_log") == QStringList{"demo|bulk_insert"});
    BOOST_TEST(readText(f.path("a.db")).size() > 0);
    BOOST_TEST(!QFileInfo::exists(f.path("a.db.part")));
}

BOOST_AUTO_TEST_CASE(the_city_looks_like_posyandu_data)
{
    Folder f;
    const QString path = f.path("demo.db");
    auto summary = generateDemo(path, options(1500, 24, 3));
    BOOST_REQUIRE_MESSAGE(summary.ok(), why(summary));
    BOOST_TEST(summary->children >= 1500);
    BOOST_TEST(summary->posyandu >= 10);
    BOOST_TEST(summary->measurements > 12000);

    // Length-for-age at each child's latest length in the last six months.
    const QStringList latest = queryLines(
        path, "SELECT c.sex, c.birth_date, m.measured_on, m.weight_g, m.length_mm, m.length_position FROM children_readable c "
              "JOIN measurements_readable m ON m.id = (SELECT x.id FROM measurements_readable x WHERE x.child_id = c.id AND "
              "x.length_mm IS NOT NULL AND x.deleted_at IS NULL AND x.measured_on >= '2023-12-15' "
              "ORDER BY x.measured_on DESC LIMIT 1) WHERE c.deleted_at IS NULL");
    int scored = 0, stunted = 0, wasted = 0, overweight = 0;
    for (const QString& line : latest) {
        const QStringList v = line.split(QLatin1Char('|'));
        growth::AnthroInput in;
        in.sex = v[0] == "2" ? growth::Sex::Female : growth::Sex::Male;
        in.age = static_cast<double>(QDate::fromString(v[1], Qt::ISODate).daysTo(QDate::fromString(v[2], Qt::ISODate)));
        in.weightKg = v[3].toDouble() / 1000.0;
        in.lenheiCm = v[4].toDouble() / 10.0;
        in.measure = v[5] == "1" ? growth::Measure::Lying : growth::Measure::Standing;
        const auto r = growth::computeAnthro(in);
        if (!r.zlen.ok() || r.zlen.flagged)
            continue;
        ++scored;
        stunted += r.zlen.z < -2 ? 1 : 0;
        if (r.zwfl.ok() && !r.zwfl.flagged) {
            wasted += r.zwfl.z < -2 ? 1 : 0;
            overweight += r.zwfl.z > 2 ? 1 : 0;
        }
    }
    BOOST_TEST_MESSAGE("scored " << scored << ", stunted " << stunted << ", wasted " << wasted << ", overweight "
                                 << overweight);
    BOOST_REQUIRE_GT(scored, 500);
    const double stuntedShare = static_cast<double>(stunted) / scored;
    BOOST_TEST(stuntedShare > 0.12);
    BOOST_TEST(stuntedShare < 0.35);
    BOOST_TEST(wasted > scored / 100);
    BOOST_TEST(overweight > scored / 100);

    // Slips of the pen that WHO's flags catch.
    int flagged = 0;
    for (const QString& line : queryLines(path, "SELECT c.sex, julianday(m.measured_on) - julianday(c.birth_date), "
                                                "m.weight_g, m.length_mm, m.length_position FROM measurements_readable m "
                                                "JOIN children_readable c ON c.id = m.child_id WHERE m.length_mm IS NOT NULL "
                                                "AND julianday(m.measured_on) - julianday(c.birth_date) < 1800")) {
        const QStringList v = line.split(QLatin1Char('|'));
        growth::AnthroInput in;
        in.sex = v[0] == "2" ? growth::Sex::Female : growth::Sex::Male;
        in.age = v[1].toDouble();
        in.weightKg = v[2].toDouble() / 1000.0;
        in.lenheiCm = v[3].toDouble() / 10.0;
        in.measure = v[4] == "1" ? growth::Measure::Lying : growth::Measure::Standing;
        const auto r = growth::computeAnthro(in);
        flagged += (r.zlen.flagged || r.zwei.flagged || r.zwfl.flagged) ? 1 : 0;
    }
    BOOST_TEST(flagged > 0);
    BOOST_TEST(flagged < 200);

    // Standing before two years or lying after (the 0.7 cm rule has work).
    BOOST_TEST(rows(path, "measurements m JOIN children_readable c ON c.id = m.child_id WHERE m.length_position = 2 AND "
                          "julianday(m.measured_on) - julianday(c.birth_date) < 700")
               > 0);
    BOOST_TEST(rows(path, "children WHERE birth_date_approximate = 1") > 0);
    BOOST_TEST(rows(path, "children WHERE status = 'moved'") > 0);
    BOOST_TEST(rows(path, "children WHERE status = 'deceased'") > 0);
    BOOST_TEST(rows(path, "children WHERE deleted_at IS NOT NULL") > 0);
    BOOST_TEST(rows(path, "measurements WHERE deleted_at IS NOT NULL") > 0);
    BOOST_TEST(rows(path, "households WHERE notes LIKE '%PKH%'") > 0);
    BOOST_TEST(rows(path, "households WHERE notes LIKE '%BPNT%'") > 0);
    BOOST_TEST(rows(path, "referrals") > 0);
    // Months missed: fewer visits than months for most children.
    BOOST_TEST(rows(path, "children c WHERE (SELECT count(*) FROM measurements_readable m WHERE m.child_id = c.id) BETWEEN 1 AND 20") > 0);
}

BOOST_AUTO_TEST_CASE(every_row_passes_the_rules_and_nothing_is_real)
{
    Folder f;
    const QString path = f.path("demo.db");
    BOOST_REQUIRE(generateDemo(path, options(800, 24, 9)).ok());
    // NIKs: 16 digits, the invented region 64.79, a possible birth part.
    const QStringList niks = queryLines(path, "SELECT nik FROM children WHERE nik IS NOT NULL UNION ALL "
                                              "SELECT kk_number FROM households WHERE kk_number IS NOT NULL UNION ALL "
                                              "SELECT mother_nik FROM households WHERE mother_nik IS NOT NULL");
    BOOST_REQUIRE_GT(niks.size(), 500);
    for (const QString& nik : niks) {
        BOOST_TEST(Nik::isWellFormed(nik), nik.toStdString());
        BOOST_TEST(nik.startsWith("6479"), nik.toStdString());
        BOOST_TEST(Nik::birthPart(nik).has_value(), nik.toStdString());
    }
    BOOST_TEST(rows(path, "children WHERE nik IS NOT NULL AND deleted_at IS NULL") == queryLines(path, "SELECT count(DISTINCT nik) FROM children_readable WHERE nik IS NOT NULL AND deleted_at IS NULL").front().toLongLong());
    // No measurement before birth, after today or after a death.
    BOOST_TEST(rows(path, "measurements m JOIN children_readable c ON c.id = m.child_id WHERE m.measured_on < c.birth_date") == 0);
    BOOST_TEST(rows(path, "measurements WHERE measured_on > '2024-06-15'") == 0);
    BOOST_TEST(rows(path, "measurements m JOIN children_readable c ON c.id = m.child_id WHERE c.status = 'deceased' "
                          "AND m.measured_on > c.status_date")
               == 0);
    BOOST_TEST(rows(path, "children WHERE created_at > updated_at") == 0);
    BOOST_TEST(rows(path, "measurements WHERE created_at > updated_at") == 0);
    BOOST_TEST(queryLines(path, "SELECT DISTINCT region_code_version FROM posyandu_readable") == QStringList{"demo"});

    // The repositories accept every child and (a sample of) measurements.
    auto db = openDb(path);
    ChildRepository children(*db);
    MeasurementRepository measurements(*db);
    int checked = 0;
    for (const QString& id : queryLines(path, "SELECT id FROM children WHERE deleted_at IS NULL")) {
        auto c = children.get(id.toLongLong());
        BOOST_REQUIRE(c.ok());
        auto v = children.validate(*c);
        BOOST_TEST(v.ok(), id.toStdString() << ": " << why(v));
        ++checked;
    }
    BOOST_TEST(checked >= 800);
    for (const QString& id : queryLines(path, "SELECT id FROM measurements WHERE deleted_at IS NULL AND id % 25 = 0")) {
        auto m = measurements.get(id.toLongLong());
        BOOST_REQUIRE(m.ok());
        auto v = measurements.validate(*m);
        BOOST_TEST(v.ok(), id.toStdString() << ": " << why(v));
    }
}

BOOST_AUTO_TEST_CASE(referrals_have_their_history_and_counselling_its_topics)
{
    Folder f;
    const QString path = f.path("demo.db");
    BOOST_REQUIRE(generateDemo(path, options(3000, 24, 5)).ok());
    // Every status, household referrals with family reasons, consent recorded.
    BOOST_TEST(queryLines(path, "SELECT DISTINCT status FROM referrals_readable ORDER BY 1")
               == (QStringList{"arrived", "cancelled", "completed", "no_show", "referred"}));
    BOOST_TEST(rows(path, "referrals WHERE status = 'referred' AND follow_up_on < '2024-06-15'") > 0);
    BOOST_TEST(rows(path, "referrals WHERE status = 'referred' AND follow_up_on >= '2024-06-15'") > 0);
    BOOST_TEST(rows(path, "referrals WHERE for_household = 1 AND reasons LIKE '%ekonomi%'") > 0);
    BOOST_TEST(rows(path, "referrals WHERE for_household = 1 AND reasons LIKE '%bansos%'") > 0);
    BOOST_TEST(rows(path, "referrals WHERE for_household = 0 AND (reasons LIKE '%ekonomi%' OR reasons LIKE '%kekerasan%')")
               == 0);
    BOOST_TEST(rows(path, "referrals WHERE consent = 1") > 0);
    BOOST_TEST(rows(path, "referrals WHERE consent IS NULL") > 0);
    BOOST_TEST(rows(path, "referrals WHERE reasons = '[]'") == 0);
    // The history matches the referral: one step per day it records.
    BOOST_TEST(rows(path, "referrals r WHERE (SELECT count(*) FROM referral_events_readable e WHERE e.referral_id = r.id) "
                          "!= 1 + (r.arrived_on IS NOT NULL) + (r.closed_on IS NOT NULL)")
               == 0);
    BOOST_TEST(rows(path, "referrals r WHERE NOT EXISTS (SELECT 1 FROM referral_events_readable e WHERE e.referral_id = r.id "
                          "AND e.status = r.status)")
               == 0);
    BOOST_TEST(rows(path, "referral_events e JOIN referrals_readable r ON r.id = e.referral_id WHERE e.status = 'completed' "
                          "AND e.note = 'PMT 90 hari'")
               > 0);
    BOOST_TEST(rows(path, "referral_events WHERE happened_on > '2024-06-15'") == 0);
    // Every topic is one of the rules file's counselling topics, and several are used.
    const QStringList topics = queryLines(path, "SELECT DISTINCT topic FROM counselling_readable ORDER BY 1");
    BOOST_TEST(topics.size() >= 3);
    for (const QString& topic : topics) {
        const auto& known = tumbuh::growth::defaultAttentionRules().topics;
        BOOST_TEST(std::any_of(known.begin(), known.end(), [&](const auto& t) { return QString::fromStdString(t.code) == topic; }),
                   topic.toStdString());
    }
    BOOST_TEST(rows(path, "children WHERE has_kia = 0") > 0);
    BOOST_TEST(rows(path, "children WHERE has_kia = 0") < rows(path, "children") / 10);

    // The repositories accept every one of them, and the workflow the steps.
    auto db = openDb(path);
    ReferralRepository referrals(*db);
    ReferralEventRepository events(*db);
    for (const QString& id : queryLines(path, "SELECT id FROM referrals")) {
        auto r = referrals.get(id.toLongLong());
        BOOST_REQUIRE(r.ok());
        BOOST_TEST(referrals.validate(*r).ok(), id.toStdString() << ": " << why(referrals.validate(*r)));
        auto history = events.history(r->meta.id);
        BOOST_REQUIRE(history.ok() && !history->empty());
        BOOST_TEST(static_cast<int>(history->front().status) == static_cast<int>(ReferralStatus::Referred));
        for (std::size_t k = 1; k < history->size(); ++k)
            BOOST_TEST(isAllowedStep(history->at(k - 1).status, history->at(k).status), id.toStdString());
        for (const ReferralEvent& e : *history)
            BOOST_TEST(events.validate(e).ok(), id.toStdString() << ": " << why(events.validate(e)));
    }
    CounsellingRepository counselling(*db);
    for (const QString& id : queryLines(path, "SELECT id FROM counselling WHERE id % 7 = 0")) {
        auto k = counselling.get(id.toLongLong());
        BOOST_REQUIRE(k.ok());
        BOOST_TEST(counselling.validate(*k).ok(), id.toStdString() << ": " << why(counselling.validate(*k)));
    }
}

BOOST_AUTO_TEST_CASE(demo_only_into_a_new_file_or_an_empty_database)
{
    Folder f;
    const QString path = f.path("demo.db");
    BOOST_REQUIRE(generateDemo(path, options(50, 3, 1)).ok());
    const QByteArray before = fileHash(path);
    auto again = generateDemo(path, options(50, 3, 1));
    BOOST_REQUIRE(!again.ok());
    BOOST_TEST(fileHash(path) == before);
    auto db = openDb(path);
    auto into = generateDemo(*db, options(50, 3, 1));
    BOOST_REQUIRE(!into.ok());
    BOOST_TEST(into.error().message.contains("empty database"));
    // An open, empty database is filled (the desktop program's first start),
    // also when its user was registered first.
    auto empty = openDb(f.path("empty.db"));
    BOOST_REQUIRE(UserRepository(*empty).add(User{{}, QStringLiteral("Kader Satu"), Role::Kader, true, std::nullopt}, 0).ok());
    auto filled = generateDemo(*empty, options(60, 3, 1));
    BOOST_REQUIRE_MESSAGE(filled.ok(), why(filled));
    BOOST_TEST(filled->children >= 60);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
