// Engine throughput for all eight WHO 2006 indicators, against a plain
// implementation in the same process (the ratio is what to compare across
// machines), plus the per-value costs of the batch tool's parsing and
// formatting. Figures only; never a pass/fail test.
#include "plainbaseline.h"
#include "syntheticchildren.h"

#include "cli/zformat.h"
#include "growth/anthro.h"
#include "csv/decimal.h"

#include <benchmark/benchmark.h>

#include <charconv>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kRows = std::size_t{1} << 16;

const std::vector<tumbuh::growth::AnthroInput>& inputs()
{
    static const std::vector<tumbuh::growth::AnthroInput> rows = [] {
        std::vector<tumbuh::growth::AnthroInput> v;
        v.reserve(kRows);
        tumbuh::bench::SyntheticChildren children(1);
        for (std::size_t i = 0; i < kRows; ++i)
            v.push_back(children.next());
        return v;
    }();
    return rows;
}

void setPerItem(benchmark::State& state, std::size_t perIteration)
{
    const auto n = static_cast<double>(state.iterations()) * static_cast<double>(perIteration);
    state.SetItemsProcessed(static_cast<std::int64_t>(n));
    // Time per row (or per value): an inverted rate, printed in seconds with
    // an SI prefix ("641n" is 641 ns).
    state.counters["per_item"] = benchmark::Counter(n, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_Engine_AllEightIndicators(benchmark::State& state)
{
    const auto& rows = inputs();
    for (auto _ : state) {
        for (const auto& in : rows) {
            tumbuh::growth::AnthroResult r = tumbuh::growth::computeAnthro(in);
            benchmark::DoNotOptimize(r);
        }
    }
    setPerItem(state, rows.size());
}
BENCHMARK(BM_Engine_AllEightIndicators)->Unit(benchmark::kMillisecond);

void BM_PlainLoop_AllEightIndicators(benchmark::State& state)
{
    const auto& rows = inputs();
    for (auto _ : state) {
        for (const auto& in : rows) {
            tumbuh::bench::PlainResult r = tumbuh::bench::plainAnthro(in);
            benchmark::DoNotOptimize(r);
        }
    }
    setPerItem(state, rows.size());
}
BENCHMARK(BM_PlainLoop_AllEightIndicators)->Unit(benchmark::kMillisecond);

// The batch tool reads nine numbers and prints about twenty values a row.
void BM_ParseDecimal(benchmark::State& state)
{
    const std::vector<std::string> texts{"12.3", "8,5", "1234", "104.7", "0.1", "15,25"};
    for (auto _ : state) {
        for (const std::string& t : texts)
            benchmark::DoNotOptimize(tumbuh::csv::parseDecimal(t));
    }
    setPerItem(state, texts.size());
}
BENCHMARK(BM_ParseDecimal);

void BM_FormatZ(benchmark::State& state)
{
    char buf[tumbuh::cli::kMaxNumberChars];
    const double zs[] = {-0.47, 1.25, -3.04, 0.0, 12.46, -0.0};
    for (auto _ : state) {
        for (double z : zs) {
            benchmark::DoNotOptimize(tumbuh::cli::formatZ(buf, z));
            benchmark::ClobberMemory();
        }
    }
    setPerItem(state, std::size(zs));
}
BENCHMARK(BM_FormatZ);

void BM_FormatSignificant15(benchmark::State& state)
{
    char buf[tumbuh::cli::kMaxNumberChars];
    const double vs[] = {14.058515941856, 84.76, 17.2176308539945, 66.0};
    for (auto _ : state) {
        for (double v : vs) {
            benchmark::DoNotOptimize(tumbuh::cli::formatSignificant15(buf, v));
            benchmark::ClobberMemory();
        }
    }
    setPerItem(state, std::size(vs));
}
BENCHMARK(BM_FormatSignificant15);

} // namespace

BENCHMARK_MAIN();
