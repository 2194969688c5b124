#pragma once
// The conformance suite behind `tumbuh-cli selftest`: WHO's own outputs
// (golden cases produced by the R packages, who-zscore-method.md §15) and the
// SD-line round trips on every WHO table row.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::cli {

struct ConformanceResult {
    std::size_t cases = 0;               // rows or table points checked
    std::size_t passed = 0;              // rows or points with every value equal
    std::size_t values = 0;              // printed values compared
    std::vector<std::string> mismatches; // the first few, one line each, in Bahasa Indonesia
    std::string error;                   // the data itself could not be read

    bool ok() const { return error.empty() && cases > 0 && passed == cases; }
};

// Feeds every row of WHO's anthro golden file through the same column
// reading, engine and formatting as `tumbuh-cli zscore`, and compares every
// output column (z-scores, flags, clenhei, cmeasure, c9mo_flag, cbmi, csex)
// as printed text. The file gives the age unit per row (`age_unit`).
ConformanceResult checkAnthroGolden(std::string_view csvText, std::size_t maxMismatches = 5);

// The same for WHO's anthroplus golden file (WHO 2007, 5-19 years).
ConformanceResult checkAnthroPlusGolden(std::string_view csvText, std::size_t maxMismatches = 5);

// For every row of every WHO table keyed by age or length (both sexes), the
// measurement at -3..+3 SD fed back through the LMS formula the engine uses
// for that table gives that z after WHO's rounding.
ConformanceResult checkSdRoundTrips(std::size_t maxMismatches = 5);

} // namespace tumbuh::cli
