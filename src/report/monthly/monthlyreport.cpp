// computeMonthlyReport: the counting rules are written in monthlyreport.h.
#include "report/monthly/monthlyreport.h"

#include "report/monthly/daftaranak.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace tumbuh::report {

namespace {

using namespace std::chrono;

constexpr int kTrendMonths = 12;

std::size_t at(AgeGroup g) { return static_cast<std::size_t>(g); }
std::size_t at(SexColumn s) { return static_cast<std::size_t>(s); }

// Adds to the cell, its age group's total, its sex's total and the grand total.
template <typename T, typename F>
void addTo(AgeSexGrid<T>& grid, AgeGroup g, SexColumn s, F&& add)
{
    add(grid[at(g)][at(s)]);
    add(grid[at(g)][at(SexColumn::Total)]);
    add(grid[at(AgeGroup::Total)][at(s)]);
    add(grid[at(AgeGroup::Total)][at(SexColumn::Total)]);
}

// A child's visits sorted by date, its weighings and their letters, made once
// for all twelve months.
struct ChildSeries {
    growth::ChildFacts facts;
    std::vector<growth::Visit> visits;
    std::vector<std::size_t> visitOfWeighing;
    std::vector<growth::SeriesAssessment> series;
};

ChildSeries prepare(const ChildForReport& child, const growth::CadreSettings& settings)
{
    ChildSeries s;
    s.facts = growth::ChildFacts{child.sex, child.birth};
    s.visits = child.visits;
    std::stable_sort(s.visits.begin(), s.visits.end(),
                     [](const growth::Visit& a, const growth::Visit& b) { return sys_days{a.date} < sys_days{b.date}; });
    std::vector<growth::Weighing> weighings;
    for (std::size_t i = 0; i < s.visits.size(); ++i) {
        if (s.visits[i].weight) {
            weighings.push_back(growth::Weighing{s.visits[i].date, *s.visits[i].weight});
            s.visitOfWeighing.push_back(i);
        }
    }
    s.series = growth::assessSeries(child.birth, weighings, settings.kbm);
    return s;
}

// Counts of one posyandu (or the scope) in one month.
struct MonthCounts {
    SkdnTable skdn{};
    std::array<StatusTable, kStatusIndexCount> status;
    int stunted = 0;
    int wasted = 0;
    int underweight = 0;
    int overweight = 0;

    MonthCounts()
    {
        for (std::size_t i = 0; i < status.size(); ++i) {
            StatusTable& t = status[i];
            t.index = kStatusIndices[i];
            const auto cats = growth::categoriesOf(permenkesIndexOf(t.index));
            t.categories.assign(cats.begin(), cats.end());
            t.counts.assign(t.categories.size(), AgeSexGrid<int>{});
        }
    }

    MonthCounts& operator+=(const MonthCounts& o)
    {
        for (std::size_t g = 0; g < kAgeGroupCount; ++g) {
            for (std::size_t x = 0; x < kSexColumnCount; ++x) {
                SkdnCell& c = skdn[g][x];
                const SkdnCell& d = o.skdn[g][x];
                c.s += d.s;
                c.k += d.k;
                c.d += d.d;
                c.n += d.n;
                c.t += d.t;
                c.o += d.o;
                c.b += d.b;
                c.twoT += d.twoT;
                c.bgm += d.bgm;
                for (std::size_t i = 0; i < status.size(); ++i) {
                    status[i].denominator[g][x] += o.status[i].denominator[g][x];
                    status[i].flagged[g][x] += o.status[i].flagged[g][x];
                    for (std::size_t k = 0; k < status[i].counts.size(); ++k)
                        status[i].counts[k][g][x] += o.status[i].counts[k][g][x];
                }
            }
        }
        stunted += o.stunted;
        wasted += o.wasted;
        underweight += o.underweight;
        overweight += o.overweight;
        return *this;
    }

    int denominator(StatusIndex i) const
    {
        return status[static_cast<std::size_t>(i)].denominator[at(AgeGroup::Total)][at(SexColumn::Total)];
    }

    Prevalences prevalences() const
    {
        const auto make = [](int k, int n) { return Prevalence{k, n, wilson(k, n)}; };
        Prevalences p;
        p.stunting = make(stunted, denominator(StatusIndex::LengthHeightForAge));
        p.wasting = make(wasted, denominator(StatusIndex::WeightForLengthHeight));
        p.underweight = make(underweight, denominator(StatusIndex::WeightForAge));
        p.overweight = make(overweight, denominator(StatusIndex::WeightForLengthHeight));
        return p;
    }

    SkdnRatios ratios() const
    {
        const SkdnCell& c = skdn[at(AgeGroup::Total)][at(SexColumn::Total)];
        return SkdnRatios{{c.k, c.s}, {c.d, c.s}, {c.d, c.k}, {c.n, c.d}, {c.n, c.s}, {c.bgm, c.d}, {c.twoT, c.d}};
    }
};

// What one child adds to its posyandu's counts in one month; when `rows` is
// given, its by-name row too.
void countChild(const ChildForReport& child, const ChildSeries& cs, year_month month,
                const growth::CadreSettings& settings, MonthCounts& counts, const PosyanduInfo* posyandu,
                std::vector<DaftarAnakRow>* rows, int* leftOut)
{
    const year_month_day end = lastDayOf(month);
    const sys_days endDays{end};
    if (sys_days{child.birth} > endDays)
        return;
    if (child.status != RegisterStatus::Active && (!child.statusDate || sys_days{*child.statusDate} <= endDays))
        return;
    const auto ageAtEnd = growth::completedMonths(child.birth, end);
    const auto group = ageAtEnd ? skdnAgeGroup(*ageAtEnd) : std::nullopt;
    if (!group)
        return;
    const SexColumn sex = child.sex == growth::Sex::Male ? SexColumn::L : SexColumn::P;
    addTo(counts.skdn, *group, sex, [&child](SkdnCell& c) {
        ++c.s;
        if (child.hasKia)
            ++c.k;
    });

    // The visits of the month: [first, last).
    const sys_days startDays{month / day{1}};
    const auto byDate = [](const growth::Visit& v, sys_days d) { return sys_days{v.date} < d; };
    const auto first = std::lower_bound(cs.visits.begin(), cs.visits.end(), startDays, byDate);
    const auto last = std::lower_bound(first, cs.visits.end(), endDays + days{1}, byDate);
    if (first == last)
        return;
    const auto firstIndex = static_cast<std::size_t>(first - cs.visits.begin());
    const auto lastIndex = static_cast<std::size_t>(last - cs.visits.begin());

    // The last weighing of the month that the engine could assess
    // (visitOfWeighing is ascending).
    std::optional<std::size_t> weighing;
    const auto w0 = std::lower_bound(cs.visitOfWeighing.begin(), cs.visitOfWeighing.end(), firstIndex);
    auto w1 = std::lower_bound(w0, cs.visitOfWeighing.end(), lastIndex);
    while (w1 != w0) {
        --w1;
        const auto w = static_cast<std::size_t>(w1 - cs.visitOfWeighing.begin());
        if (cs.series[w].assessment.ok()) {
            weighing = w;
            break;
        }
    }

    const std::size_t lastVisit = lastIndex - 1;
    const growth::Assessment visitAssessment = growth::assessVisit(cs.facts, cs.visits[lastVisit], {}, settings);

    if (weighing) {
        const growth::SeriesAssessment& sa = cs.series[*weighing];
        const std::size_t v = cs.visitOfWeighing[*weighing];
        const growth::Assessment weighed = v == lastVisit ? visitAssessment : growth::assessVisit(cs.facts, cs.visits[v], {}, settings);
        const auto weighGroup = skdnAgeGroup(sa.assessment.ageMonths);
        if (weighGroup) { // always: the child is under 60 months at the month end
            const bool bgm = weighed.bgm && weighed.weightForAge.z.ok() && !weighed.weightForAge.z.flagged;
            addTo(counts.skdn, *weighGroup, sex, [&sa, bgm](SkdnCell& c) {
                ++c.d;
                switch (sa.assessment.status) {
                case growth::WeighingStatus::N:
                    ++c.n;
                    break;
                case growth::WeighingStatus::T:
                    ++c.t;
                    break;
                case growth::WeighingStatus::O:
                    ++c.o;
                    break;
                case growth::WeighingStatus::B:
                    ++c.b;
                    break;
                }
                if (sa.twoT)
                    ++c.twoT;
                if (bgm)
                    ++c.bgm;
            });
            if (rows && posyandu) {
                if (child.byName)
                    rows->push_back(makeDaftarAnakRow(child, *posyandu, cs.visits[v], weighed, sa.assessment.status));
                else if (leftOut)
                    ++*leftOut;
            }
        }
    }

    // Nutrition status of the last visit of the month.
    const auto statusGroup = skdnAgeGroup(visitAssessment.completedMonths);
    if (!visitAssessment.valid || !statusGroup)
        return;
    for (StatusTable& table : counts.status) {
        const growth::IndicatorResult& r = visitAssessment.result(indicatorOf(table.index));
        if (!r.z.ok())
            continue;
        if (r.z.flagged) {
            addTo(table.flagged, *statusGroup, sex, [](int& n) { ++n; });
            continue;
        }
        const auto category = growth::classify(permenkesIndexOf(table.index), r.z.z);
        if (!category)
            continue;
        const auto pos = std::find(table.categories.begin(), table.categories.end(), *category);
        if (pos == table.categories.end())
            continue;
        addTo(table.counts[static_cast<std::size_t>(pos - table.categories.begin())], *statusGroup, sex,
              [](int& n) { ++n; });
        addTo(table.denominator, *statusGroup, sex, [](int& n) { ++n; });
        switch (table.index) {
        case StatusIndex::WeightForAge:
            counts.underweight += growth::isUnderweight(r.z.z) ? 1 : 0;
            break;
        case StatusIndex::LengthHeightForAge:
            counts.stunted += growth::isStunted(r.z.z) ? 1 : 0;
            break;
        case StatusIndex::WeightForLengthHeight:
            counts.wasted += growth::isWasted(r.z.z) ? 1 : 0;
            counts.overweight += growth::isOverweight(r.z.z) ? 1 : 0;
            break;
        case StatusIndex::BmiForAge:
            break;
        }
    }
}

// A place field shared by every posyandu of the scope, else empty.
QString common(const std::vector<PosyanduInfo>& all, QString PosyanduInfo::*field)
{
    if (all.empty())
        return {};
    const QString first = all.front().*field;
    for (const PosyanduInfo& p : all) {
        if (p.*field != first)
            return {};
    }
    return first;
}

} // namespace

MonthlyReport computeMonthlyReport(const MonthlyInput& input)
{
    MonthlyReport report;
    report.month = input.month;
    report.madeOn = input.madeOn;
    report.madeBy = input.madeBy;
    report.wholeFile = input.wholeFile;
    report.kelurahan = common(input.posyandu, &PosyanduInfo::kelurahan);
    report.kecamatan = common(input.posyandu, &PosyanduInfo::kecamatan);
    report.kabupaten = common(input.posyandu, &PosyanduInfo::kabupaten);
    report.province = common(input.posyandu, &PosyanduInfo::province);
    if (!input.wholeFile) {
        QStringList names;
        for (const PosyanduInfo& p : input.posyandu)
            names << p.name;
        report.title = names.join(QStringLiteral(", "));
    }

    const std::size_t posyanduCount = input.posyandu.size();
    std::vector<ChildSeries> series;
    series.reserve(input.children.size());
    for (const ChildForReport& child : input.children)
        series.push_back(prepare(child, input.settings));

    report.posyandu.resize(posyanduCount);
    for (std::size_t p = 0; p < posyanduCount; ++p)
        report.posyandu[p].info = input.posyandu[p];
    report.total.info.name = QStringLiteral("total");
    report.total.info.kelurahan = report.kelurahan;
    report.total.info.kecamatan = report.kecamatan;
    report.total.info.kabupaten = report.kabupaten;
    report.total.info.province = report.province;

    // The twelve months are independent: counted on a few threads (each
    // month only reads the input and the prepared series), then put together
    // in order.
    struct MonthResult {
        std::vector<MonthCounts> counts;
        std::vector<DaftarAnakRow> rows;
        int leftOut = 0; // children of the by-name list without consent
    };
    std::vector<MonthResult> results(kTrendMonths);
    const auto countMonth = [&](int i) {
        const int back = kTrendMonths - 1 - i;
        const year_month month = input.month - months{back};
        const bool reportMonth = back == 0;
        MonthResult& out = results[static_cast<std::size_t>(i)];
        out.counts.resize(posyanduCount);
        for (std::size_t c = 0; c < input.children.size(); ++c) {
            const ChildForReport& child = input.children[c];
            if (child.posyandu < 0 || static_cast<std::size_t>(child.posyandu) >= posyanduCount)
                continue;
            const auto p = static_cast<std::size_t>(child.posyandu);
            countChild(child, series[c], month, input.settings, out.counts[p],
                       reportMonth ? &input.posyandu[p] : nullptr, reportMonth ? &out.rows : nullptr,
                       reportMonth ? &out.leftOut : nullptr);
        }
    };
    std::atomic<int> next{0};
    const auto worker = [&] {
        for (int i = next++; i < kTrendMonths; i = next++)
            countMonth(i);
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();

    for (int i = 0; i < kTrendMonths; ++i) {
        const year_month month = input.month - months{kTrendMonths - 1 - i};
        const std::vector<MonthCounts>& counts = results[static_cast<std::size_t>(i)].counts;
        MonthCounts total;
        for (std::size_t p = 0; p < posyanduCount; ++p) {
            total += counts[p];
            const SkdnRatios r = counts[p].ratios();
            report.posyandu[p].trend.push_back(TrendPoint{month, r.ds, r.nd, counts[p].prevalences()});
        }
        const SkdnRatios tr = total.ratios();
        report.total.trend.push_back(TrendPoint{month, tr.ds, tr.nd, total.prevalences()});
        if (i != kTrendMonths - 1)
            continue;
        const auto fill = [](PosyanduReport& out, const MonthCounts& in) {
            out.skdn = in.skdn;
            out.ratios = in.ratios();
            out.status = in.status;
            out.prevalences = in.prevalences();
        };
        for (std::size_t p = 0; p < posyanduCount; ++p)
            fill(report.posyandu[p], counts[p]);
        fill(report.total, total);
        report.daftarAnakShown = input.byNameList;
        if (input.byNameList) {
            report.daftarAnak = std::move(results[static_cast<std::size_t>(i)].rows);
            report.daftarAnakLeftOut = results[static_cast<std::size_t>(i)].leftOut;
        }
    }

    for (std::size_t p = 0; p < posyanduCount && p < input.referrals.size(); ++p) {
        report.posyandu[p].referrals = input.referrals[p];
        report.total.referrals += input.referrals[p];
    }

    std::stable_sort(report.daftarAnak.begin(), report.daftarAnak.end(),
                     [](const DaftarAnakRow& a, const DaftarAnakRow& b) {
                         if (a.posyandu != b.posyandu)
                             return a.posyandu < b.posyandu;
                         const auto& na = std::get<QString>(a.cells[1]);
                         const auto& nb = std::get<QString>(b.cells[1]);
                         return QString::compare(na, nb, Qt::CaseInsensitive) < 0;
                     });
    return report;
}

} // namespace tumbuh::report
