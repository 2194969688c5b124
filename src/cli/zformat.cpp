#include "cli/zformat.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace tumbuh::cli {

char* formatZ(char* out, double z)
{
    // The integer path is exact because z is the double nearest to k/100, so
    // |z|*100 is within far less than 0.5 of k. Anything odd goes to
    // to_chars, which prints what printf("%.2f") prints.
    const double scaled = std::fabs(z) * 100.0;
    if (!(scaled < 1e15))
        return std::to_chars(out, out + kMaxNumberChars, z, std::chars_format::fixed, 2).ptr;
    auto hundredths = static_cast<unsigned long long>(scaled + 0.5);
    if (std::signbit(z))
        *out++ = '-';
    // Digits from the right into a small buffer, at least "0.00".
    char digits[24];
    char* d = digits + sizeof digits;
    int n = 0;
    do {
        *--d = static_cast<char>('0' + hundredths % 10);
        hundredths /= 10;
        if (++n == 2)
            *--d = '.';
    } while (hundredths != 0 || n < 3);
    const auto len = static_cast<std::size_t>(digits + sizeof digits - d);
    std::memcpy(out, d, len);
    return out + len;
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
    // Fast path: where %g prints fixed notation, a shortest round-trip text
    // of at most 15 significant digits is exactly what "%.15g" prints (a
    // decimal of <= 15 digits survives the trip through a double), and the
    // shortest form is several times cheaper than a fixed precision.
    const double magnitude = std::fabs(v);
    if (magnitude >= 1e-4 && magnitude < 1e15) {
        char* end = std::to_chars(out, out + kMaxNumberChars, v, std::chars_format::fixed).ptr;
        int significant = 0;
        bool leading = true;
        for (const char* p = out; p != end; ++p) {
            if (*p < '0' || *p > '9')
                continue;
            if (leading && *p == '0')
                continue;
            leading = false;
            ++significant;
        }
        if (significant <= 15)
            return end;
    }
    return std::to_chars(out, out + kMaxNumberChars, v, std::chars_format::general, 15).ptr;
}

} // namespace tumbuh::cli
