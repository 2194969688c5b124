#pragma once
// Printing results exactly as WHO's golden files show them
// (who-zscore-method.md §6, §15), fast enough for a million rows: no locale,
// no printf, no allocation.
#include <cmath>
#include <cstddef>
#include <cstring>

namespace tumbuh::cli {

// Room any of the functions below may need: "%.2f" of the largest double is
// 309 digits, a sign, a point and 2 decimals. `out` must have this much:
// they may also write bytes of no meaning past the end they return (fixed
// size copies are cheaper than exact ones), never past this room.
inline constexpr std::size_t kMaxNumberChars = 320;

namespace detail {

// "00" "01" ... "99": two digits per step instead of one.
inline constexpr char kDigitPairs[] = "00010203040506070809"
                                      "10111213141516171819"
                                      "20212223242526272829"
                                      "30313233343536373839"
                                      "40414243444546474849"
                                      "50515253545556575859"
                                      "60616263646566676869"
                                      "70717273747576777879"
                                      "80818283848586878889"
                                      "90919293949596979899";

// formatZ for every value (the inline part below takes |z| < 10).
char* formatZInFull(char* out, double z);

} // namespace detail

// A z-score already rounded to 2 decimals (R's round), printed as
// sprintf("%.2f") prints it: "-0.47", "12.46", and "-0.00" for a z rounded to
// minus zero (who-zscore-method.md §6); "NaN", "Inf" and "-Inf" as R prints
// them. Returns the end of the text.
//
// Inline for |z| < 10, nearly every z-score (sixteen numbers a row); the
// rest, NaN and infinities included, in formatZInFull, which gives the same
// text for these too.
inline char* formatZ(char* out, double z)
{
    // z is the double nearest to k/100, so |z|*100 is within far less than
    // 0.5 of k: adding 0.5 and truncating gives k.
    const double scaled = std::fabs(z) * 100.0;
    if (scaled < 999.0) { // also false for NaN and infinities
        const auto hundredths = static_cast<unsigned>(scaled + 0.5);
        if (std::signbit(z))
            *out++ = '-';
        out[0] = static_cast<char>('0' + hundredths / 100);
        out[1] = '.';
        std::memcpy(out + 2, detail::kDigitPairs + 2 * (hundredths % 100), 2);
        return out + 4;
    }
    return detail::formatZInFull(out, z);
}

// R's print with 15 significant digits, i.e. "%.15g": "84.76",
// "14.058515941856". Used for clenhei and cbmi, which WHO does not round.
char* formatSignificant15(char* out, double v);

} // namespace tumbuh::cli
