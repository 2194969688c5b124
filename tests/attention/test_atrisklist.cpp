// The "Perlu perhatian" list on a real database (records/followup/atrisklist.h).
#include "attentionfixture.h"

#include "records/followup/atrisklist.h"
#include "store/childrepository.h"
#include "store/measurementrepository.h"
#include "support/recordsfixture.h"

#include "growth/attention.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <map>

using namespace tumbuh;
using attention::test::Families;
using attention::test::kMonth;
using attention::test::kToday;

namespace {

std::chrono::year_month_day ymd(const QDate& d)
{
    return std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())}
         / std::chrono::day{static_cast<unsigned>(d.day())};
}

std::vector<records::AtRiskChild> list(store::Database& db, const QDate& month,
                                       std::optional<store::RowId> posyandu = std::nullopt, int threads = 2)
{
    records::AtRiskQuery q;
    q.month = month;
    q.posyanduId = posyandu;
    q.today = kToday;
    q.threads = threads;
    auto rows = records::AtRiskList(db).load(q);
    BOOST_REQUIRE_MESSAGE(rows, attention::test::why(rows));
    return std::move(*rows);
}

const records::AtRiskChild* find(const std::vector<records::AtRiskChild>& rows, store::RowId id)
{
    const auto at = std::find_if(rows.begin(), rows.end(), [id](const auto& r) { return r.childId == id; });
    return at == rows.end() ? nullptr : &*at;
}

QStringList codes(const records::AtRiskChild& c)
{
    return c.reasonCodes().split(QLatin1Char(';'));
}

// The severity a row sorts by, from the rules table itself: the highest of
// the reasons of the strongest class.
int sortSeverity(const records::AtRiskChild& c)
{
    const auto& rules = growth::defaultAttentionRules();
    growth::ActionClass strongest = growth::ActionClass::Pantau;
    for (const auto& r : c.reasons)
        strongest = std::max(strongest, rules.rule(r.code).action);
    int severity = 0;
    for (const auto& r : c.reasons)
        if (rules.rule(r.code).action == strongest)
            severity = std::max(severity, rules.rule(r.code).severity);
    return severity;
}

} // namespace

BOOST_AUTO_TEST_SUITE(at_risk_list)

BOOST_FIXTURE_TEST_CASE(children_with_reasons_are_listed_with_their_family, Families)
{
    const auto rows = list(*db, kMonth);
    const auto* citraRow = find(rows, citra);
    const auto* budiRow = find(rows, budi);
    const auto* fajarRow = find(rows, fajar);
    BOOST_REQUIRE(citraRow);
    BOOST_REQUIRE(budiRow);
    BOOST_REQUIRE(fajarRow);
    // 78 cm at 32 months is far below WHO's -3 SD line for girls (about 80.3 cm).
    BOOST_TEST(codes(*citraRow).contains(QStringLiteral("severely_stunted")));
    // 8.0 -> 7.9 -> 7.8 kg: two weighings in a row without the KBM gain.
    BOOST_TEST(codes(*budiRow).contains(QStringLiteral("2T")));
    BOOST_TEST(!codes(*budiRow).contains(QStringLiteral("T")));
    BOOST_TEST(codes(*budiRow).contains(QStringLiteral("underweight")));
    BOOST_TEST(codes(*fajarRow) == QStringList{QStringLiteral("not_weighed")});
    BOOST_TEST(fajarRow->measuredOn.isNull());
    BOOST_TEST(budiRow->measuredOn == QDate(2026, 3, 12));

    BOOST_TEST(budiRow->action == growth::ActionClass::Rujuk);
    BOOST_TEST(fajarRow->action == growth::ActionClass::Pantau);
    BOOST_TEST(budiRow->ageMonths == 14);
    BOOST_TEST(citraRow->ageMonths == 32); // as of today (15 March), the month still running
    BOOST_TEST(budiRow->rt == QStringLiteral("004"));
    BOOST_TEST(budiRow->rw == QStringLiteral("002"));
    BOOST_TEST(budiRow->motherName == QStringLiteral("Rina Wati"));
    BOOST_TEST(budiRow->posyanduName == QStringLiteral("Posyandu Mawar"));
    // No mother on the child's record: the household's.
    BOOST_TEST(citraRow->motherName == QStringLiteral("Siti Aminah"));
    BOOST_TEST(fajarRow->rt.isEmpty());
    // Every row has a reason; the normal child and the six-year-old are not there.
    for (const auto& r : rows)
        BOOST_TEST(!r.reasons.empty());
    BOOST_TEST(!find(rows, gita));
}

BOOST_FIXTURE_TEST_CASE(under_five_sibling_of_a_stunted_child_is_watched, Families)
{
    const auto rows = list(*db, kMonth);
    const auto* dodiRow = find(rows, dodi);
    BOOST_REQUIRE(dodiRow);
    BOOST_TEST(codes(*dodiRow) == QStringList{QStringLiteral("sibling_at_risk")});
    BOOST_TEST(dodiRow->action == growth::ActionClass::Pantau);
    // The words name the sister.
    BOOST_TEST(QString::fromStdString(dodiRow->reasons.front().ruleId).contains(QStringLiteral("Citra Dewi")));
    // Over five: not a balita sibling. Citra herself has no stunted sibling.
    BOOST_TEST(!find(rows, gita));
    BOOST_TEST(!codes(*find(rows, citra)).contains(QStringLiteral("sibling_at_risk")));
}

BOOST_FIXTURE_TEST_CASE(sibling_at_risk_goes_when_the_sister_leaves_the_household, Families)
{
    store::ChildRepository children(*db);
    auto c = children.get(citra);
    BOOST_REQUIRE(c);
    c->householdId = rina;
    BOOST_REQUIRE(children.update(*c, kader));
    const auto rows = list(*db, kMonth);
    BOOST_TEST(!find(rows, dodi));
}

BOOST_FIXTURE_TEST_CASE(sorted_by_action_then_severity_then_name, Families)
{
    // A second child with exactly Fajar's reason, whose name sorts first.
    const auto ade = addChild(QStringLiteral("Ade Irawan"), growth::Sex::Male, QDate(2025, 5, 1), std::nullopt, melati,
                              QStringLiteral("Tini"));
    const auto rows = list(*db, kMonth);
    BOOST_REQUIRE(rows.size() >= 4);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& a = rows[i - 1];
        const auto& b = rows[i];
        BOOST_TEST_CONTEXT(a.name.toStdString() << " before " << b.name.toStdString())
        {
            BOOST_TEST(int(a.action) >= int(b.action));
            if (a.action == b.action) {
                BOOST_TEST(sortSeverity(a) >= sortSeverity(b));
                if (sortSeverity(a) == sortSeverity(b))
                    BOOST_TEST(a.name.compare(b.name, Qt::CaseInsensitive) <= 0);
            }
        }
    }
    const auto at = [&](store::RowId id) {
        return std::find_if(rows.begin(), rows.end(), [id](const auto& r) { return r.childId == id; }) - rows.begin();
    };
    BOOST_TEST(at(budi) < at(dodi));
    BOOST_TEST(at(ade) + 1 == at(fajar)); // same reason, then by name
    // One thread or two: the same list, in the same order.
    const auto single = list(*db, kMonth, std::nullopt, 1);
    BOOST_REQUIRE(single.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        BOOST_TEST(single[i].childId == rows[i].childId);
}

BOOST_FIXTURE_TEST_CASE(scope_is_one_posyandu_or_all, Families)
{
    const auto all = list(*db, kMonth);
    const auto mawarOnly = list(*db, kMonth, mawar);
    const auto melatiOnly = list(*db, kMonth, melati);
    BOOST_TEST(mawarOnly.size() + melatiOnly.size() == all.size());
    for (const auto& r : mawarOnly)
        BOOST_TEST(r.posyanduId == mawar);
    for (const auto& r : melatiOnly)
        BOOST_TEST(r.posyanduId == melati);
    BOOST_TEST(find(melatiOnly, fajar));
    BOOST_TEST(!find(melatiOnly, budi));
    BOOST_TEST(find(mawarOnly, budi));
    // The same child, the same reasons, whichever scope.
    BOOST_TEST(find(mawarOnly, budi)->reasonCodes() == find(all, budi)->reasonCodes());
}

BOOST_FIXTURE_TEST_CASE(children_who_left_count_for_the_months_they_were_there, Families)
{
    // Hadi moved away on 20 February: on February's list (his visit of 5
    // February), not on March's.
    BOOST_TEST(!find(list(*db, kMonth), hadi));
    const auto february = list(*db, QDate(2026, 2, 1));
    const auto* hadiRow = find(february, hadi);
    BOOST_REQUIRE(hadiRow);
    BOOST_TEST(codes(*hadiRow).contains(QStringLiteral("severely_stunted")));
    BOOST_TEST(hadiRow->measuredOn == QDate(2026, 2, 5));
    // Visits after the month's end are not seen: Budi's February list has
    // his February weighing, one T only.
    const auto* budiFeb = find(february, budi);
    BOOST_REQUIRE(budiFeb);
    BOOST_TEST(budiFeb->measuredOn == QDate(2026, 2, 12));
    BOOST_TEST(!codes(*budiFeb).contains(QStringLiteral("2T")));
}

BOOST_FIXTURE_TEST_CASE(open_referral_and_counselling_are_attached, Families)
{
    const auto rows = list(*db, kMonth);
    const auto* budiRow = find(rows, budi);
    BOOST_REQUIRE(budiRow);
    BOOST_REQUIRE(budiRow->referral.has_value());
    // The open one, not the completed January referral.
    BOOST_TEST(budiRow->referral->id == budiReferral);
    BOOST_TEST(budiRow->referral->status == store::ReferralStatus::Referred);
    BOOST_TEST(budiRow->referral->referredOn == QDate(2026, 2, 20));
    BOOST_TEST(budiRow->referral->followUpOn == QDate(2026, 3, 6));
    // Still waiting on 15 March, nine days past its follow-up date.
    BOOST_TEST(budiRow->referral->overdue);
    BOOST_TEST(budiRow->referral->destination == QStringLiteral("puskesmas_tpg"));
    BOOST_TEST(budiRow->referral->reasons.contains(QStringLiteral("2T")));
    // Counselled in February, not in March.
    BOOST_TEST(!budiRow->counselledThisMonth);
    BOOST_TEST(find(rows, dodi)->counselledThisMonth);
    BOOST_TEST(!find(rows, fajar)->referral.has_value());
    // Before the follow-up date it is not overdue.
    records::AtRiskQuery q;
    q.month = kMonth;
    q.today = QDate(2026, 3, 6);
    auto early = records::AtRiskList(*db).load(q);
    BOOST_REQUIRE(early);
    BOOST_TEST(!find(*early, budi)->referral->overdue);
}

BOOST_FIXTURE_TEST_CASE(a_violence_referral_is_listed_without_reason_or_destination, Families)
{
    const auto rows = list(*db, kMonth);
    const auto* citraRow = find(rows, citra);
    BOOST_REQUIRE(citraRow && citraRow->referral);
    BOOST_TEST(citraRow->referral->id == citraReferral);
    BOOST_TEST(citraRow->referral->confidential);
    BOOST_TEST(citraRow->referral->status == store::ReferralStatus::Arrived);
    BOOST_TEST(citraRow->referral->reasons.isEmpty());
    BOOST_TEST(citraRow->referral->destination.isEmpty());
    BOOST_TEST(!citraRow->referral->overdue); // arrived: nothing to chase
    // The list's own reasons are the rules', never the referral's.
    BOOST_TEST(!codes(*citraRow).contains(QStringLiteral("kekerasan")));
}

// On a demo file, every child gets exactly the reasons the rules give for
// its whole history read through the repositories, plus sibling_at_risk.
BOOST_AUTO_TEST_CASE(the_list_agrees_with_the_rules_child_by_child)
{
    records::test::Folder folder;
    const QString path = folder.path(QStringLiteral("demo.db"));
    records::test::makeDemo(path, 300, 18);
    auto db = records::test::openDb(path);
    const QDate month = records::test::kToday.addMonths(-1);
    records::AtRiskQuery q;
    q.month = month;
    q.today = records::test::kToday;
    auto rows = records::AtRiskList(*db).load(q);
    BOOST_REQUIRE(rows);
    BOOST_TEST(rows->size() > 10u);
    std::map<store::RowId, const records::AtRiskChild*> byId;
    for (const auto& r : *rows)
        byId[r.childId] = &r;

    store::ChildFilter all;
    all.activeOnly = true;
    auto children = store::ChildRepository(*db).listWithLastMeasurement(all);
    BOOST_REQUIRE(children);
    int checked = 0;
    for (const auto& line : *children) {
        const store::Child& c = line.child;
        auto history = store::MeasurementRepository(*db).history(c.meta.id);
        BOOST_REQUIRE(history);
        std::vector<growth::Visit> visits;
        for (const auto& m : *history) {
            growth::Visit v;
            v.date = ymd(m.date);
            v.weight = m.weight;
            v.lengthHeight = m.length;
            v.measure = m.position;
            v.headCircumference = m.headCircumference;
            v.armCircumference = m.armCircumference;
            v.oedema = m.oedema;
            visits.push_back(v);
        }
        growth::AttentionInput in;
        in.child = growth::ChildFacts{c.sex, ymd(c.birthDate)};
        in.visits = visits;
        in.month = std::chrono::year{month.year()} / std::chrono::month{static_cast<unsigned>(month.month())};
        QStringList expected;
        for (const auto& r : growth::reasonsForAttention(in)) {
            const auto text = growth::codeText(r.code);
            expected << QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
        }
        const auto at = byId.find(c.meta.id);
        QStringList got = at == byId.end() ? QStringList() : codes(*at->second);
        got.removeAll(QStringLiteral("sibling_at_risk"));
        BOOST_TEST_CONTEXT(c.name.toStdString())
        {
            BOOST_TEST(got == expected);
        }
        ++checked;
    }
    BOOST_TEST(checked > 250);
}

BOOST_AUTO_TEST_SUITE_END()
