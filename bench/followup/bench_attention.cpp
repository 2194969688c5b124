// reasonsForAttention for one child with 24 monthly visits (weight, length,
// LiLA from 6 months), on 1,024 synthetic children: ns per child in
// `per_child`. Figures only; never a pass/fail test. The "Perlu perhatian"
// list (issue 10) calls it once per child, so 50,000 children take about
// 50,000 x per_child.
#include "growth/attention.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>
#include <vector>

namespace {

using namespace tumbuh::growth;
using namespace std::chrono;

constexpr int kChildren = 1024;
constexpr int kVisits = 24;
constexpr year_month kLastMonth{year{2025}, month{12}};

struct Child {
    ChildFacts facts;
    std::vector<Visit> visits;
};

// A small deterministic generator (no data from anywhere): children born
// across 2023, weighed on the 10th..20th of every month for two years,
// growing along curves between about -3.5 and +2 SD with noise, some
// faltering, some missing months.
const std::vector<Child>& children()
{
    static const std::vector<Child> all = [] {
        std::vector<Child> out;
        std::uint32_t seed = 12345;
        const auto rnd = [&seed](int n) {
            seed = seed * 1664525u + 1013904223u;
            return static_cast<int>((seed >> 8) % static_cast<std::uint32_t>(n));
        };
        for (int i = 0; i < kChildren; ++i) {
            Child c;
            c.facts.sex = i % 2 == 0 ? Sex::Female : Sex::Male;
            c.facts.birthDate = year_month_day{year{2023}, month{static_cast<unsigned>(1 + rnd(12))},
                                               day{static_cast<unsigned>(1 + rnd(28))}};
            const int band = rnd(7) - 4; // hundreds of grams below or above a middle curve
            for (int m = 0; m < kVisits; ++m) {
                if (rnd(10) == 0)
                    continue; // a missed month
                const year_month ym = kLastMonth - months{kVisits - 1 - m};
                Visit v;
                v.date = ym / day{static_cast<unsigned>(10 + rnd(11))};
                if (sys_days(v.date) <= sys_days(c.facts.birthDate))
                    continue;
                const int ageMonths = static_cast<int>((sys_days(v.date) - sys_days(c.facts.birthDate)).count() / 30);
                const int grams = 3300 + ageMonths * (ageMonths < 12 ? 550 : 200) + band * 300 + rnd(300);
                v.weight = Grams{grams};
                v.lengthHeight = Millimetres{500 + ageMonths * (ageMonths < 12 ? 20 : 9) + band * 8 + rnd(10)};
                v.measure = ageMonths < 24 ? Measure::Lying : Measure::Standing;
                if (ageMonths >= 6)
                    v.armCircumference = Millimetres{125 + band * 4 + rnd(20)};
                c.visits.push_back(v);
            }
            out.push_back(std::move(c));
        }
        return out;
    }();
    return all;
}

void BM_ReasonsForAttention_24Visits(benchmark::State& state)
{
    const auto& all = children();
    const AttentionRules& rules = defaultAttentionRules();
    std::size_t withReasons = 0;
    for (auto _ : state) {
        withReasons = 0;
        for (const Child& c : all) {
            auto r = reasonsForAttention({c.facts, c.visits, kLastMonth, true}, rules);
            withReasons += r.empty() ? 0u : 1u;
            benchmark::DoNotOptimize(r);
        }
    }
    const auto n = static_cast<double>(state.iterations()) * static_cast<double>(all.size());
    state.counters["per_child"] = benchmark::Counter(n, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["with_reasons"] = static_cast<double>(withReasons);
}
BENCHMARK(BM_ReasonsForAttention_24Visits)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
