#include "growth/rounding.h"

#include <cmath>
#include <cstdint>

namespace tumbuh::growth {

double roundZReference(double z)
{
    if (!std::isfinite(z))
        return z;
    // R's fround() for digits = 2 (who-zscore-method.md §6), on |z|.
    const double a = std::fabs(z);
    const double x10 = a * 100.0;
    // Beyond 2^52 every double is a whole number of hundredths already.
    if (x10 >= 4503599627370496.0)
        return z;
    const double i10 = std::floor(x10);
    const double xd = i10 / 100.0;
    const double xu = std::ceil(x10) / 100.0;
    const double du = xu - a;
    const double dd = a - xd;
    // The parity of the last digit matters only on an exact tie, which is
    // rare; testing it through an integer avoids fmod on every z-score.
    const bool up = du < dd || (du == dd && (static_cast<std::int64_t>(i10) & 1) != 0);
    return std::copysign(up ? xu : xd, z);
}

int roundUpNonNegative(double x)
{
    // anthro's round_up(): floor(x) + (x - floor(x) >= 0.5).  §2.3
    const double f = std::floor(x);
    return static_cast<int>(f) + ((x - f) >= 0.5 ? 1 : 0);
}

} // namespace tumbuh::growth
