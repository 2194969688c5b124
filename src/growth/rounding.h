#pragma once
// WHO's rounding rules (who-zscore-method.md §2.3 and §6).
#include <cmath>
#include <cstdint>

namespace tumbuh::growth {

// R's round(x, 2) (R >= 4.0, nmath/fround.c) exactly as §6 writes it: the
// nearer two-decimal neighbour measured in double arithmetic, an exact tie
// going to the even last digit. Keeps the sign of zero (-0.001 gives -0.0).
double roundZReference(double z);

// The same result as roundZReference() with one division instead of two
// for the usual z-score: far from a half (more than 0.001 of a hundredth
// away), R's comparison of the two distances cannot go the other way, so the
// nearer neighbour is chosen directly and computed with R's own operation.
// Near a half the full algorithm decides. It runs for every z-score of every
// row, so it lives in the header and is always inlined.  §6
[[gnu::always_inline]] inline double roundZ(double z)
{
    const double a = std::fabs(z);
    const double x10 = a * 100.0;
    if (x10 < 1.0e8) { // also false for NaN
        // floor(x10) for 0 <= x10 < 1e8, where truncating to an integer
        // is floor and exact (the library's floor is a call or a long
        // sequence on the x86-64 baseline).
        const double i10 = static_cast<double>(static_cast<std::int64_t>(x10));
        const double frac = x10 - i10; // exact below 2^52
        // Which side of the half is a coin toss for real z-scores: keep it
        // out of the branch predictor's way.
        const double up = frac > 0.5 ? 1.0 : 0.0;
        if (std::fabs(frac - 0.5) > 0.001)
            return std::copysign((i10 + up) / 100.0, z);
    }
    return roundZReference(z);
}

// anthro's round_up(): half up for x >= 0 (730.5 -> 731). The caller must
// reject negative x.  §2.3
int roundUpNonNegative(double x);

} // namespace tumbuh::growth
