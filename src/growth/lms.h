#pragma once
// The LMS method as WHO's software computes it (who-zscore-method.md §5),
// with R's operation order kept so that results match to the last bit.
#include "growth/whotables.h"

namespace tumbuh::growth {

// Plain LMS: z = ((y/M)^L - 1) / (S*L).  §5
double zPlain(const Lms& p, double y);

// Restricted LMS: plain inside ±3 SD, linear in y beyond, with the distance
// between the 2 and 3 SD curves as the unit ("SD23pos"/"SD23neg").  §5
double zRestricted(const Lms& p, double y);

// The measurement at z: M·(1 + L·S·z)^(1/L). The same inverse WHO uses for
// its SD lines; beyond ±3 SD it follows the restricted (linear) scale when
// `restricted` is set, so that zRestricted(p, valueAtZ(p, z, true)) == z.
double valueAtZ(const Lms& p, double z, bool restricted = false);

// Linear interpolation of L, M and S between two rows: P_low + f·(P_upp − P_low). §4.3, §9
Lms interpolate(const Lms& low, const Lms& upp, double fraction);

} // namespace tumbuh::growth
