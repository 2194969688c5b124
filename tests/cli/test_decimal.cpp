// Numbers as people type them: decimal point or decimal comma.
#include "csv/decimal.h"

#include <boost/test/unit_test.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using tumbuh::csv::parseDecimal;

BOOST_AUTO_TEST_SUITE(decimal)

BOOST_AUTO_TEST_CASE(accepts_point_and_comma_with_spaces_and_signs)
{
    BOOST_TEST(parseDecimal("8.5").value() == 8.5);
    BOOST_TEST(parseDecimal("8,5").value() == 8.5);
    BOOST_TEST(parseDecimal("  8,5 ").value() == 8.5);
    BOOST_TEST(parseDecimal("\t12\t").value() == 12.0);
    BOOST_TEST(parseDecimal("-1,25").value() == -1.25);
    BOOST_TEST(parseDecimal("+2").value() == 2.0);
    BOOST_TEST(parseDecimal(".5").value() == 0.5);
    BOOST_TEST(parseDecimal("5.").value() == 5.0);
    BOOST_TEST(parseDecimal("1e3").value() == 1000.0);
    BOOST_TEST(parseDecimal("2,5E-1").value() == 0.25);
    BOOST_TEST(std::signbit(parseDecimal("-0").value()));
}

BOOST_AUTO_TEST_CASE(rejects_what_is_not_one_number)
{
    for (const char* bad : {"", "   ", "abc", "12,3,4", "1.2.3", "1,2.5", "1.2,5", "inf", "-inf", "nan", "NaN", "1 2",
                            "0x10", "--1", "+-1", "-", ".", ",", "1e", "1e2.5", "12kg", "kg12", "１２"}) {
        BOOST_TEST(!parseDecimal(bad).has_value(), "'" << bad << "'");
    }
    BOOST_TEST(!parseDecimal(std::string(101, '1')).has_value());
}

// WHO's results are reproduced bit for bit only if "84.76" gives the same
// double as R's reader, i.e. the correctly rounded one (strtod's).
BOOST_AUTO_TEST_CASE(gives_the_correctly_rounded_double)
{
    std::mt19937_64 rng(2024);
    char text[64];
    for (int i = 0; i < 200000; ++i) {
        const auto digits = static_cast<int>(rng() % 18) + 1; // beyond 15: the from_chars path
        const auto decimals = static_cast<int>(rng() % static_cast<unsigned>(digits + 1));
        std::string s;
        for (int d = 0; d < digits; ++d) {
            if (d == digits - decimals && decimals > 0)
                s += d == 0 ? "0." : ".";
            s += static_cast<char>('0' + rng() % 10);
        }
        if (rng() % 2 != 0)
            s = "-" + s;
        std::snprintf(text, sizeof text, "%s", s.c_str());
        const double expected = std::strtod(text, nullptr);
        const auto got = parseDecimal(s);
        BOOST_TEST_REQUIRE(got.has_value(), s);
        BOOST_TEST_REQUIRE(*got == expected, s);
        for (char& c : s) {
            if (c == '.')
                c = ',';
        }
        BOOST_TEST_REQUIRE(parseDecimal(s).value() == expected, s);
    }
    BOOST_TEST(parseDecimal("85.46").value() - 0.7 == 84.75999999999999); // who-zscore-method.md §4.3
    BOOST_TEST(parseDecimal("3.14159265358979323846").value() == 3.14159265358979323846);
}

namespace {

// The fast path as it was written before its two-loop form (issue 14): one
// loop with a state per character. The two must accept the same texts and
// give the same bits.
bool simpleDecimalOneLoop(std::string_view text, double& out)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    bool negative = false;
    if (p != end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    std::uint64_t mantissa = 0;
    int digits = 0;
    int decimals = -1;
    for (; p != end; ++p) {
        const auto d = static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned{'0'};
        if (d <= 9) {
            if (digits == 15)
                return false;
            mantissa = mantissa * 10 + d;
            ++digits;
            decimals += decimals >= 0 ? 1 : 0;
        } else if ((*p == '.' || *p == ',') && decimals < 0) {
            decimals = 0;
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    double value = static_cast<double>(mantissa);
    if (decimals > 0)
        value /= tumbuh::csv::detail::kPowersOfTen[decimals];
    out = negative ? -value : value;
    return true;
}

void checkSimpleDecimal(const std::string& s)
{
    double fast = 0.0;
    double reference = 0.0;
    const bool accepted = tumbuh::csv::detail::parseSimpleDecimal(s, fast);
    BOOST_TEST_REQUIRE(accepted == simpleDecimalOneLoop(s, reference), "'" << s << "'");
    if (!accepted)
        return;
    BOOST_TEST_REQUIRE(std::bit_cast<std::uint64_t>(fast) == std::bit_cast<std::uint64_t>(reference), "'" << s << "'");
    // And what strtod makes of the same text with a decimal point (the
    // sign of a zero included).
    std::string point = s;
    for (char& c : point) {
        if (c == ',')
            c = '.';
    }
    const double expected = std::strtod(point.c_str(), nullptr);
    BOOST_TEST_REQUIRE(std::bit_cast<std::uint64_t>(fast) == std::bit_cast<std::uint64_t>(expected), "'" << s << "'");
}

} // namespace

// The inline fast path of the batch tool against the one-loop form and
// strtod: awkward texts by hand, then random ones from the characters that
// matter (digits, both separators, signs, a space, an exponent) and of
// every length around the 15-digit limit.
BOOST_AUTO_TEST_CASE(fast_path_accepts_and_reads_as_before)
{
    for (const char* s : {"", "-", "+", ".", ",", "-.", "+,", "0", "-0", "+0", "-0.0", "0.", ".0", "-.5", "5.", "00",
                          "007", "1.2.3", "1,2.3", "1..2", "--1", "+-1", "1-", "1+", " 1", "1 ", "1e3", "1E3", "inf",
                          "nan", "0x1", "999999999999999", "9999999999999999", "99999999999999.9", "9999999999999.99",
                          ".999999999999999", ".9999999999999999", "000000000000001", "0000000000000001",
                          "123456789012345.", "1234567890123456.", "-123456789012345", "0.000000000000001",
                          "4503599627370497", "9007199254740993", "89.6", "14,5", "0.1", "0.3", "2.675", "84.76"}) {
        checkSimpleDecimal(s);
    }
    std::mt19937_64 rng(14);
    constexpr char kChars[] = "0123456789012345678901234567890123456789..,,-+ e";
    for (int i = 0; i < 400000; ++i) {
        const auto length = static_cast<std::size_t>(rng() % 20);
        std::string s;
        for (std::size_t k = 0; k < length; ++k)
            s += kChars[rng() % (sizeof kChars - 1)];
        checkSimpleDecimal(s);
        // Mostly digits with at most one separator: the texts it accepts.
        std::string digits = rng() % 4 == 0 ? "-" : "";
        const auto n = static_cast<int>(rng() % 18) + 1;
        const auto separatorAt = static_cast<int>(rng() % static_cast<std::uint64_t>(n + 2)) - 1;
        for (int k = 0; k < n; ++k) {
            if (k == separatorAt)
                digits += rng() % 2 == 0 ? '.' : ',';
            digits += static_cast<char>('0' + rng() % 10);
        }
        checkSimpleDecimal(digits);
    }
}

BOOST_AUTO_TEST_SUITE_END()
