#pragma once
// Percentile of a z-score, for display next to the z ("persentil").
//
// WHO's z-scores are, by construction of the LMS method, standard normal
// deviates (who-zscore-method.md §5), so the percentile is 100·Φ(z). WHO
// publishes its centile tables from the same L, M, S, so a child on the
// 3rd percentile line reads 3 here.
namespace tumbuh::growth {

// 100·Φ(z), Φ the standard normal CDF, computed as 50·erfc(−z/√2), which
// keeps full relative precision in the far lower tail where 1 + erf would
// cancel. Pass the unrounded z (ZScore::raw) for a smooth value; NaN gives NaN.
double percentile(double z);

} // namespace tumbuh::growth
