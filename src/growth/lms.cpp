#include "growth/lms.h"

#include <cmath>

namespace tumbuh::growth {
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
