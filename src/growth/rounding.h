#pragma once
// WHO's rounding rules (who-zscore-method.md §2.3 and §6).

namespace tumbuh::growth {

// R's round(x, 2) (R >= 4.0, nmath/fround.c): the nearer two-decimal
// neighbour measured in double arithmetic, an exact tie going to the even
// last digit. Keeps the sign of zero (-0.001 gives -0.0).  §6
double roundZ(double z);

// anthro's round_up(): half up for x >= 0 (730.5 -> 731). The caller must
// reject negative x.  §2.3
int roundUpNonNegative(double x);

} // namespace tumbuh::growth
