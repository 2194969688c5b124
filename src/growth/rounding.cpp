#include "growth/rounding.h"

#include <cmath>

namespace tumbuh::growth {

double roundZ(double z)
{
    if (!std::isfinite(z))
        return z;
    // R's fround() for digits = 2 (who-zscore-method.md §6), on |z|.
    const double a = std::fabs(z);
    const double x10 = a * 100.0;
    const double i10 = std::floor(x10);
    const double xd = i10 / 100.0;
    const double xu = std::ceil(x10) / 100.0;
    const double du = xu - a;
    const double dd = a - xd;
    const bool odd = std::fmod(i10, 2.0) == 1.0;
    const double r = (du < dd || (du == dd && odd)) ? xu : xd;
    return std::copysign(r, z);
}

int roundUpNonNegative(double x)
{
    // anthro's round_up(): floor(x) + (x - floor(x) >= 0.5).  §2.3
    const double f = std::floor(x);
    return static_cast<int>(f) + ((x - f) >= 0.5 ? 1 : 0);
}

} // namespace tumbuh::growth
