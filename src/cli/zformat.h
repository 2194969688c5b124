#pragma once
// Printing results exactly as WHO's golden files show them
// (who-zscore-method.md §6, §15), fast enough for a million rows: no locale,
// no printf, no allocation.
#include <cstddef>

namespace tumbuh::cli {

// Room any of the functions below may need: "%.2f" of the largest double is
// 309 digits, a sign, a point and 2 decimals. `out` must have this much:
// they may also write bytes of no meaning past the end they return (fixed
// size copies are cheaper than exact ones), never past this room.
inline constexpr std::size_t kMaxNumberChars = 320;

// A z-score already rounded to 2 decimals (R's round), printed as
// sprintf("%.2f") prints it: "-0.47", "12.46", and "-0.00" for a z rounded to
// minus zero (who-zscore-method.md §6); "NaN", "Inf" and "-Inf" as R prints
// them. Returns the end of the text.
char* formatZ(char* out, double z);

// R's print with 15 significant digits, i.e. "%.15g": "84.76",
// "14.058515941856". Used for clenhei and cbmi, which WHO does not round.
char* formatSignificant15(char* out, double v);

} // namespace tumbuh::cli
