#include "growth/lms.h"

#include <cmath>

namespace tumbuh::growth {
namespace {

// (y/M)^L with L = 1 skipped: pow(x, 1) == x exactly, and the length and head
// circumference tables have L = 1 on every row.
inline double boxCox(double ratio, double l)
{
    return l == 1.0 ? ratio : std::pow(ratio, l);
}

inline double sdCurve(const Lms& p, double k)
{
    // M·(1 + L·S·k)^(1/L), R's operation order.  §5
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

} // namespace

double zPlain(const Lms& p, double y)
{
    return (boxCox(y / p.m, p.l) - 1.0) / (p.s * p.l);
}

double zRestricted(const Lms& p, double y)
{
    const double z = zPlain(p, y);
    if (z > 3.0) {
        const double sd3 = sdCurve(p, 3.0);
        const double sd2 = sdCurve(p, 2.0);
        return 3.0 + (y - sd3) / (sd3 - sd2);
    }
    if (z < -3.0) {
        const double sd3 = sdCurve(p, -3.0);
        const double sd2 = sdCurve(p, -2.0);
        return -3.0 + (y - sd3) / (sd2 - sd3);
    }
    return z;
}

double valueAtZ(const Lms& p, double z, bool restricted)
{
    if (restricted && z > 3.0) {
        const double sd3 = sdCurve(p, 3.0);
        return sd3 + (z - 3.0) * (sd3 - sdCurve(p, 2.0));
    }
    if (restricted && z < -3.0) {
        const double sd3 = sdCurve(p, -3.0);
        return sd3 + (z + 3.0) * (sdCurve(p, -2.0) - sd3);
    }
    return sdCurve(p, z);
}

Lms interpolate(const Lms& low, const Lms& upp, double fraction)
{
    // P_low + diff·(P_upp − P_low) for each parameter.  §4.3
    return {low.l + fraction * (upp.l - low.l), low.m + fraction * (upp.m - low.m),
            low.s + fraction * (upp.s - low.s)};
}

} // namespace tumbuh::growth
