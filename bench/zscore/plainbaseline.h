#pragma once
// A plain implementation of the eight WHO 2006 indicators, for the
// benchmark's ratio only: the compiled tables indexed directly, the LMS
// formula with pow(), the SD lines only beyond ±3 SD, and std::round for
// rounding. It is the "plain C++ loop" the issue measures the engine
// against; it skips WHO's exact rounding and validity rules, so it is never
// used for results.
#include "growth/anthro.h"

namespace tumbuh::bench {

struct PlainResult {
    double z[8];
    bool valid[8];
};

PlainResult plainAnthro(const growth::AnthroInput& in);

} // namespace tumbuh::bench
