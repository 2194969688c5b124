#include "cli/zformat.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace tumbuh::cli {

char* formatZ(char* out, double z)
{
    // The integer path is exact because z is the double nearest to k/100, so
    // z*100 is within far less than 0.5 of k. Anything odd goes to to_chars,
    // which prints what printf("%.2f") prints.
    if (!std::isfinite(z) || std::fabs(z) >= 1e12)
        return std::to_chars(out, out + kMaxNumberChars, z, std::chars_format::fixed, 2).ptr;
    const auto hundredths = static_cast<unsigned long long>(std::llround(std::fabs(z) * 100.0));
    if (std::signbit(z))
        *out++ = '-';
    out = std::to_chars(out, out + kMaxNumberChars, hundredths / 100).ptr;
    const auto frac = static_cast<unsigned>(hundredths % 100);
    *out++ = '.';
    *out++ = static_cast<char>('0' + frac / 10);
    *out++ = static_cast<char>('0' + frac % 10);
    return out;
}

char* formatSignificant15(char* out, double v)
{
    if (std::isnan(v)) {
        std::memcpy(out, "NaN", 3);
        return out + 3;
    }
    if (std::isinf(v)) {
        // As R writes it.
        if (v < 0)
            *out++ = '-';
        std::memcpy(out, "Inf", 3);
        return out + 3;
    }
    return std::to_chars(out, out + kMaxNumberChars, v, std::chars_format::general, 15).ptr;
}

} // namespace tumbuh::cli
