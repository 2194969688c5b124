#include "cli/zformat.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
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

using detail::kDigitPairs;

// Writes n as exactly `digits` decimal digits (leading zeros kept), the
// last at end[-1]; `digits` is even.
void writeDigitPairs(char* end, std::uint64_t n, int digits)
{
    for (; digits > 0; digits -= 2) {
        std::memcpy(end - 2, kDigitPairs + 2 * (n % 100), 2);
        end -= 2;
        n /= 100;
    }
}

constexpr std::uint64_t kPow10[] = {1ULL,
                                    10ULL,
                                    100ULL,
                                    1000ULL,
                                    10000ULL,
                                    100000ULL,
                                    1000000ULL,
                                    10000000ULL,
                                    100000000ULL,
                                    1000000000ULL,
                                    10000000000ULL,
                                    100000000000ULL,
                                    1000000000000ULL,
                                    10000000000000ULL,
                                    100000000000000ULL,
                                    1000000000000000ULL,
                                    10000000000000000ULL,
                                    100000000000000000ULL,
                                    1000000000000000000ULL};

// GCC's and Clang's 128-bit integer (not ISO C++, hence __extension__).
__extension__ typedef unsigned __int128 Uint128;

// "%.15g" computed exactly with integers, for the values it prints in fixed
// notation (decimal exponent -4 to 14 after rounding): the double is
// m·2^-shift exactly, so its 15 leading decimal digits are
// floor(m·10^s / 2^shift), rounded as printf rounds (to nearest, an exact
// tie to even) by the bits shifted out. Returns nullptr for anything else
// (zero, subnormals, very small or large magnitudes), which to_chars prints.
char* significant15Exact(char* out, double v)
{
    const auto bits = std::bit_cast<std::uint64_t>(v);
    const auto biased = static_cast<int>((bits >> 52U) & 0x7FFU);
    if (biased == 0)
        return nullptr;
    const std::uint64_t m = (bits & ((std::uint64_t{1} << 52U) - 1)) | (std::uint64_t{1} << 52U);
    const int shift = 1075 - biased; // v = m / 2^shift
    // 1e-4 <= |v| < 1e15 lies within 2^-14 <= |v| < 2^50, i.e. shift in 3..66.
    if (shift < 3 || shift > 66)
        return nullptr;
    // A first guess of the decimal exponent from the binary one (log10(2)
    // ~ 0.30103), corrected below with exact integer comparisons.
    int e = ((52 - shift) * 1233) >> 12; // floor(x * log10(2)) for |x| < 1000
    Uint128 scaled = 0;
    std::uint64_t n = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int s = 14 - e;
        if (s < 0 || s > 18)
            return nullptr;
        scaled = static_cast<Uint128>(m) * kPow10[s];
        n = static_cast<std::uint64_t>(scaled >> static_cast<unsigned>(shift));
        if (n >= kPow10[15])
            ++e;
        else if (n < kPow10[14])
            --e;
        else
            break;
    }
    if (n < kPow10[14] || n >= kPow10[15])
        return nullptr;
    const Uint128 rest = scaled & ((static_cast<Uint128>(1) << static_cast<unsigned>(shift)) - 1);
    const Uint128 half = static_cast<Uint128>(1) << static_cast<unsigned>(shift - 1);
    if (rest > half || (rest == half && (n & 1U) != 0))
        ++n;
    if (n == kPow10[15]) {
        n = kPow10[14];
        ++e;
    }
    if (e < -4 || e > 14)
        return nullptr;

    if (std::signbit(v))
        *out++ = '-';
    // The 15 digits, then the point put in and the trailing zeros of the
    // fraction (and a bare point) taken off, as %g does. The copies are of
    // a fixed 16 bytes (two moves, no call): what lies beyond the returned
    // end is room kMaxNumberChars gives, and is not part of the text.
    char digits[32]{};
    digits[0] = static_cast<char>('0' + n / kPow10[14]);
    writeDigitPairs(digits + 15, n % kPow10[14], 14);
    int last = 15; // one past the last digit kept
    const int integerDigits = e >= 0 ? e + 1 : 0;
    while (last > integerDigits && digits[last - 1] == '0')
        --last;
    if (e >= 0) {
        std::memcpy(out, digits, 16);
        if (last == integerDigits)
            return out + integerDigits;
        out[integerDigits] = '.';
        std::memcpy(out + integerDigits + 1, digits + integerDigits, 16);
        return out + last + 1;
    }
    *out++ = '0';
    *out++ = '.';
    for (int i = -1; i > e; --i)
        *out++ = '0';
    std::memcpy(out, digits, static_cast<std::size_t>(last));
    return out + last;
}

// "%.15g" of a value that is exactly the double nearest to a decimal with
// at most 3 places and 15 digits, k/10^d (a length read as "89.6"): that
// decimal, without trailing zeros. IEEE division rounds k/10^d to that
// nearest double, and a decimal of at most 15 digits survives the trip to
// a double and back to 15 digits (DBL_DIG), which is what %.15g prints,
// before it strips the zeros. d is the smallest that fits, so the last
// decimal is never 0. From 0.01 up to 1e12, %g's fixed notation. Returns
// nullptr for any other value.
char* shortDecimal(char* out, double v)
{
    const double a = std::fabs(v);
    if (!(a >= 0.01 && a < 1e12)) // also false for 0 and NaN
        return nullptr;
    constexpr double kScale[] = {1.0, 10.0, 100.0, 1000.0};
    // A decimal of fewer places is one of 3 places too (the same rational,
    // rounded to the same double), so one test turns away the usual BMI
    // before the smallest d is looked for.
    // floor(y + 0.5) for 0 < y < 1e15 + 1 as a conversion to an integer
    // and back: the same value, without the library's floor.
    auto nearest = [](double y) { return static_cast<double>(static_cast<std::int64_t>(y + 0.5)); };
    if (nearest(a * 1000.0) / 1000.0 != a)
        return nullptr;
    for (int d = 0; d <= 3; ++d) {
        const double k = nearest(a * kScale[d]);
        if (k / kScale[d] != a)
            continue;
        auto n = static_cast<std::uint64_t>(k); // < 1e15
        // From the right into a small buffer (at most 17 characters, ending
        // at text + 32), then one copy of a fixed 32 bytes from where they
        // start, which the 64 bytes keep within the buffer: no call, and what
        // lies beyond the returned end is room kMaxNumberChars gives.
        char text[64]{};
        char* const end = text + 32;
        char* p = end;
        for (int i = 0; i < d; ++i) {
            *--p = static_cast<char>('0' + n % 10);
            n /= 10;
        }
        if (d > 0)
            *--p = '.';
        while (n >= 100) {
            p -= 2;
            std::memcpy(p, kDigitPairs + 2 * (n % 100), 2);
            n /= 100;
        }
        if (n >= 10) {
            p -= 2;
            std::memcpy(p, kDigitPairs + 2 * n, 2);
        } else {
            *--p = static_cast<char>('0' + n);
        }
        if (std::signbit(v))
            *--p = '-';
        std::memcpy(out, p, 32);
        return out + (end - p);
    }
    return nullptr;
}

} // namespace

char* detail::formatZInFull(char* out, double z)
{
    // One test for NaN and both infinities: sixteen of these a row.
    if (!std::isfinite(z)) [[unlikely]]
        return formatNonFinite(out, z);
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
    if (hundredths < 1000) { // |z| < 10, nearly every z-score: "d.dd"
        *out = static_cast<char>('0' + hundredths / 100);
        out[1] = '.';
        std::memcpy(out + 2, kDigitPairs + 2 * (hundredths % 100), 2);
        return out + 4;
    }
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
    if (!std::isfinite(v)) [[unlikely]]
        return formatNonFinite(out, v);
    if (char* end = shortDecimal(out, v))
        return end;
    if (char* end = significant15Exact(out, v))
        return end;
    return toChars(out, v, std::chars_format::general, 15);
}

} // namespace tumbuh::cli
