#include "cli/zformat.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace tumbuh::cli {

namespace {

// R's text for a value that is not a number or infinite ("NaN", "Inf",
// "-Inf"), or nullptr for a finite value.
char* formatNonFinite(char* out, double v)
{
    if (std::isnan(v)) {
        std::memcpy(out, "NaN", 3);
        return out + 3;
    }
    if (std::isinf(v)) {
        if (v < 0)
            *out++ = '-';
        std::memcpy(out, "Inf", 3);
        return out + 3;
    }
    return nullptr;
}

// std::to_chars into the kMaxNumberChars of room; when the text does not
// fit (it always should), an empty field rather than undefined bytes.
template <class... Format>
char* toChars(char* out, double v, Format... format)
{
    const std::to_chars_result r = std::to_chars(out, out + kMaxNumberChars, v, format...);
    return r.ec == std::errc{} ? r.ptr : out;
}

} // namespace

char* formatZ(char* out, double z)
{
    if (char* end = formatNonFinite(out, z))
        return end;
    // The integer path is exact because z is the double nearest to k/100, so
    // |z|*100 is within far less than 0.5 of k. Anything odd goes to
    // to_chars, which prints what printf("%.2f") prints (up to 309 digits:
    // kMaxNumberChars has room for the largest double).
    const double scaled = std::fabs(z) * 100.0;
    if (!(scaled < 1e15))
        return toChars(out, z, std::chars_format::fixed, 2);
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
    if (char* end = formatNonFinite(out, v))
        return end;
    // Fast path: where %g prints fixed notation, a shortest round-trip text
    // of at most 15 significant digits is exactly what "%.15g" prints (a
    // decimal of <= 15 digits survives the trip through a double), and the
    // shortest form is several times cheaper than a fixed precision.
    const double magnitude = std::fabs(v);
    if (magnitude >= 1e-4 && magnitude < 1e15) {
        char* end = toChars(out, v, std::chars_format::fixed);
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
    return toChars(out, v, std::chars_format::general, 15);
}

} // namespace tumbuh::cli
