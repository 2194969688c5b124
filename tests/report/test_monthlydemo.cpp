// The monthly report on a demo city (records/demo): D = N + T + O + B on
// every cell of twelve months, and the status tables equal to the growth
// engine's own categories, child by child.
#include "records/monthly/monthlyloader.h"
#include "report/monthly/monthlyreport.h"
#include "support/recordsfixture.h"

#include "growth/assessment.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <map>

using namespace tumbuh;
using namespace tumbuh::report;
using namespace std::chrono;
using records::test::adminPolicy;
using records::test::Folder;
using records::test::giveConsent;
using records::test::makeDemo;
using records::test::openDb;
using records::test::why;

namespace {

struct DemoCity {
    Folder folder;
    QString db = folder.path(QStringLiteral("demo.db"));
    DemoCity()
    {
        makeDemo(db, 400, 18); // "today" 2024-06-15
        giveConsent(db);       // every child listed by name
    }

    MonthlyInput input(year_month month)
    {
        auto database = openDb(db);
        const records::NamedPolicy policy = adminPolicy(*database);
        auto in = records::MonthlyLoader(*database, policy).load(month, {});
        BOOST_REQUIRE_MESSAGE(in.ok(), why(in));
        return std::move(*in);
    }
};

void checkIdentity(const SkdnTable& t, const std::string& what)
{
    for (std::size_t g = 0; g < kAgeGroupCount; ++g) {
        for (std::size_t s = 0; s < kSexColumnCount; ++s) {
            const SkdnCell& c = t[g][s];
            BOOST_TEST(c.d == c.n + c.t + c.o + c.b, what << " cell " << g << '/' << s);
            BOOST_TEST(c.k <= c.s, what);
            BOOST_TEST(c.twoT <= c.t, what);
        }
    }
    const SkdnCell& all = t[kAgeGroupCount - 1][kSexColumnCount - 1];
    BOOST_TEST(all.d <= all.s, what);
}

} // namespace

BOOST_AUTO_TEST_SUITE(monthly_report_demo)

BOOST_FIXTURE_TEST_CASE(d_is_n_t_o_b_on_every_cell_of_twelve_months, DemoCity)
{
    int weighed = 0;
    for (int back = 0; back < 12; ++back) {
        const year_month month = 2024y / 5 - months{back};
        const MonthlyReport r = computeMonthlyReport(input(month));
        BOOST_REQUIRE(!r.posyandu.empty());
        for (const PosyanduReport& p : r.posyandu)
            checkIdentity(p.skdn, p.info.name.toStdString());
        checkIdentity(r.total.skdn, "total");
        // The total is the sum of the posyandu.
        int s = 0;
        int d = 0;
        for (const PosyanduReport& p : r.posyandu) {
            s += p.skdn[4][2].s;
            d += p.skdn[4][2].d;
        }
        BOOST_TEST(s == r.total.skdn[4][2].s);
        BOOST_TEST(d == r.total.skdn[4][2].d);
        BOOST_TEST(r.daftarAnak.size() == static_cast<std::size_t>(d));
        // The trend's last month is this month's table.
        BOOST_TEST(r.total.trend.size() == 12u);
        BOOST_TEST(r.total.trend.back().ds.numerator == d);
        weighed += d;
    }
    BOOST_TEST(weighed > 1000); // the city really was weighed
}

// For the report month, every child's last visit of the month assessed by
// growth::assessVisit with its whole history, tallied here per posyandu,
// index, category, age group (completed months on the visit day) and sex,
// must equal the report's tables cell by cell.
BOOST_FIXTURE_TEST_CASE(status_counts_equal_the_engine_child_by_child, DemoCity)
{
    const year_month month = 2024y / 5;
    const MonthlyInput in = input(month);
    const MonthlyReport r = computeMonthlyReport(in);
    const year_month_day end = lastDayOf(month);
    const sys_days first{month / day{1}};

    // [posyandu][index][category or -1 flagged][age group 0-3][sex 0-1]
    std::map<std::tuple<int, int, int, int, int>, int> tally;
    int assessed = 0;
    for (const ChildForReport& c : in.children) {
        const auto age = growth::completedMonths(c.birth, end);
        if (sys_days{c.birth} > sys_days{end} || !age || *age >= 60)
            continue;
        if (c.status != RegisterStatus::Active && (!c.statusDate || sys_days{*c.statusDate} <= sys_days{end}))
            continue;
        const growth::Visit* last = nullptr;
        for (const growth::Visit& v : c.visits) {
            if (sys_days{v.date} >= first && sys_days{v.date} <= sys_days{end}
                && (!last || sys_days{v.date} >= sys_days{last->date}))
                last = &v;
        }
        if (!last)
            continue;
        const growth::Assessment a = growth::assessVisit({c.sex, c.birth}, *last, c.visits, in.settings);
        ++assessed;
        const int months = a.completedMonths;
        const int group = months < 6 ? 0 : months < 12 ? 1
                                     : months < 24     ? 2
                                                       : 3;
        const int sex = c.sex == growth::Sex::Male ? 0 : 1;
        for (int i = 0; i < kStatusIndexCount; ++i) {
            const StatusIndex index = kStatusIndices[static_cast<std::size_t>(i)];
            const growth::IndicatorResult& res = a.result(indicatorOf(index));
            if (!res.z.ok())
                continue;
            const int cat = res.z.flagged ? -1 : static_cast<int>(*res.category);
            ++tally[{c.posyandu, i, cat, group, sex}];
        }
    }
    BOOST_TEST(assessed > 100);

    for (std::size_t p = 0; p < r.posyandu.size(); ++p) {
        for (int i = 0; i < kStatusIndexCount; ++i) {
            const StatusTable& t = r.posyandu[p].status[static_cast<std::size_t>(i)];
            for (int g = 0; g < 4; ++g) {
                for (int s = 0; s < 2; ++s) {
                    const auto gi = static_cast<std::size_t>(g);
                    const auto si = static_cast<std::size_t>(s);
                    const auto key = [&](int cat) { return std::tuple{static_cast<int>(p), i, cat, g, s}; };
                    const auto count = [&](int cat) {
                        const auto it = tally.find(key(cat));
                        return it == tally.end() ? 0 : it->second;
                    };
                    int denominator = 0;
                    for (std::size_t k = 0; k < t.categories.size(); ++k) {
                        const int expected = count(static_cast<int>(t.categories[k]));
                        denominator += expected;
                        BOOST_TEST(t.counts[k][gi][si] == expected);
                    }
                    BOOST_TEST(t.denominator[gi][si] == denominator);
                    BOOST_TEST(t.flagged[gi][si] == count(-1));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
