#pragma once
// A deliberately plain implementation of the eight WHO 2006 indicators, for
// the benchmark's ratio only: tables in std::map joined on (sex, key) as the
// R code joins data frames, every SD line recomputed with pow(), rounding by
// std::round. It is the "plain C++ loop" the engine is measured against; it
// is not meant to match WHO at every tie and is never used for results.
#include "growth/anthro.h"

namespace tumbuh::bench {

struct NaiveResult {
    double z[8];
    bool valid[8];
};

NaiveResult naiveAnthro(const growth::AnthroInput& in);

} // namespace tumbuh::bench
