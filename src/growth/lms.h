#pragma once
// The LMS method as WHO's software computes it (who-zscore-method.md §5),
// with R's operation order kept so that results match to the last bit.
#include "growth/whotables.h"

#include <cmath>

namespace tumbuh::growth {

// Plain LMS: z = ((y/M)^L - 1) / (S*L).  §5
// (Inline: these run for every indicator of every row.)
inline double zPlain(const Lms& p, double y)
{
    // pow(x, 1) == x exactly, and the length and head circumference tables
    // have L = 1 on every row, so the call can be skipped without changing a bit.
    const double ratio = y / p.m;
    return ((p.l == 1.0 ? ratio : std::pow(ratio, p.l)) - 1.0) / (p.s * p.l);
}

// M·(1 + L·S·k)^(1/L), R's operation order.  §5
inline double sdCurve(const Lms& p, double k)
{
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

// Restricted LMS: plain inside ±3 SD, linear in y beyond, with the distance
// between the 2 and 3 SD curves as the unit ("SD23pos"/"SD23neg").  §5
inline double zRestricted(const Lms& p, double y)
{
    const double z = zPlain(p, y);
    if (z > 3.0) {
        const double sd3 = sdCurve(p, 3.0);
        return 3.0 + (y - sd3) / (sd3 - sdCurve(p, 2.0));
    }
    if (z < -3.0) {
        const double sd3 = sdCurve(p, -3.0);
        return -3.0 + (y - sd3) / (sdCurve(p, -2.0) - sd3);
    }
    return z;
}

// The measurement at z: M·(1 + L·S·z)^(1/L). The same inverse WHO uses for
// its SD lines; beyond ±3 SD it follows the restricted (linear) scale when
// `restricted` is set, so that zRestricted(p, valueAtZ(p, z, true)) == z.
double valueAtZ(const Lms& p, double z, bool restricted = false);

// Linear interpolation of L, M and S between two rows: P_low + f·(P_upp − P_low). §4.3, §9
Lms interpolate(const Lms& low, const Lms& upp, double fraction);

} // namespace tumbuh::growth
