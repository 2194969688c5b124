// Printing exactly what WHO's golden files show: "%.2f" of the rounded z and
// "%.15g" for clenhei and cbmi (who-zscore-method.md §6, §15).
#include "cli/zformat.h"
#include "growth/rounding.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

using namespace tumbuh::cli;

namespace {

std::string z(double v)
{
    char buf[kMaxNumberChars];
    return {buf, formatZ(buf, v)};
}

std::string g15(double v)
{
    char buf[kMaxNumberChars];
    return {buf, formatSignificant15(buf, v)};
}

std::string printf2(const char* format, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

} // namespace

BOOST_AUTO_TEST_SUITE(zformat)

BOOST_AUTO_TEST_CASE(z_as_the_golden_files_print_it)
{
    BOOST_TEST(z(-0.47) == "-0.47");
    BOOST_TEST(z(12.46) == "12.46");
    BOOST_TEST(z(5.0) == "5.00");
    BOOST_TEST(z(0.0) == "0.00");
    BOOST_TEST(z(-0.0) == "-0.00"); // R's sprintf("%.2f") of a z rounded to minus zero
    BOOST_TEST(z(tumbuh::growth::roundZ(-0.001)) == "-0.00");
    BOOST_TEST(z(-15.44) == "-15.44");
    BOOST_TEST(z(0.05) == "0.05");
    BOOST_TEST(z(1e20) == printf2("%.2f", 1e20));
}

// Issue 8: a z too large for the old 32-character room came out as NUL
// bytes (the to_chars failure was ignored). Now printf's own text, and R's
// words for the values that are no numbers.
BOOST_AUTO_TEST_CASE(huge_and_non_finite_z_print_as_r_prints_them)
{
    for (double v : {1e28, -3.5e40, 1e300, -1.7976931348623157e308}) {
        char big[400];
        std::snprintf(big, sizeof big, "%.2f", v);
        const std::string text = z(v);
        BOOST_TEST(text.find('\0') == std::string::npos, v);
        BOOST_TEST(text == std::string(big), v);
    }
    BOOST_TEST(z(INFINITY) == "Inf");
    BOOST_TEST(z(-INFINITY) == "-Inf");
    BOOST_TEST(z(NAN) == "NaN");
}

BOOST_AUTO_TEST_CASE(z_matches_printf_for_rounded_values)
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> dist(-20.0, 20.0);
    for (int i = 0; i < 200000; ++i) {
        const double r = tumbuh::growth::roundZ(dist(rng));
        BOOST_TEST_REQUIRE(z(r) == printf2("%.2f", r), r);
    }
}

BOOST_AUTO_TEST_CASE(significant15_matches_printf)
{
    BOOST_TEST(g15(84.75999999999999) == "84.76");
    BOOST_TEST(g15(66.0) == "66");
    BOOST_TEST(g15(100.0) == "100");
    BOOST_TEST(g15(10.1 / (0.8476 * 0.8476)) == "14.058515941856");
    BOOST_TEST(g15(INFINITY) == "Inf");
    BOOST_TEST(g15(-INFINITY) == "-Inf");

    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> bmi(5.0, 40.0);
    std::uniform_real_distribution<double> exponent(-8.0, 20.0);
    for (int i = 0; i < 200000; ++i) {
        // Plausible values, values with few digits (the fast path), and any
        // magnitude (both notations of %g).
        const double a = bmi(rng);
        const double b = std::round(bmi(rng) * 100.0) / 100.0 + 0.7;
        const double c = std::pow(10.0, exponent(rng)) * (rng() % 2 != 0 ? 1.0 : -1.0);
        for (double v : {a, b, c})
            BOOST_TEST_REQUIRE(g15(v) == printf2("%.15g", v), v);
    }
}

// The exact integer path (issue 14): a tie goes to the even digit, and the
// edges where the decimal exponent changes come out as printf prints them.
BOOST_AUTO_TEST_CASE(significant15_ties_and_powers_of_ten)
{
    std::mt19937_64 rng(14);
    for (int i = 0; i < 100000; ++i) {
        // n + 0.5 with 15 integer digits: exactly half-way between two results.
        const double tie = static_cast<double>(100000000000000ULL + rng() % 900000000000000ULL) + 0.5;
        BOOST_TEST_REQUIRE(g15(tie) == printf2("%.15g", tie), tie);
        const double dyadic = std::ldexp(static_cast<double>(rng() % (1ULL << 53U)), -static_cast<int>(rng() % 70));
        BOOST_TEST_REQUIRE(g15(dyadic) == printf2("%.15g", dyadic), dyadic);
    }
    for (int k = -6; k <= 16; ++k) {
        const double p = std::pow(10.0, k);
        for (double v : {p, std::nextafter(p, 0.0), std::nextafter(p, 1e300), p * 9.999999999999995,
                         p * 9.9999999999999995, -p})
            BOOST_TEST(g15(v) == printf2("%.15g", v), v);
    }
    BOOST_TEST(g15(0.0) == "0");
    BOOST_TEST(g15(-0.0) == "-0");
}

// The short-decimal path (issue 14): a length as typed ("89.6", "102",
// "0.05", "7.125") prints as typed, and anything near such a value but not
// it (the ±0.7 cm rule's sums, neighbours one bit away, four places) goes
// on to the exact path; every one against printf.
BOOST_AUTO_TEST_CASE(significant15_short_decimals_match_printf)
{
    BOOST_TEST(g15(89.6) == "89.6");
    BOOST_TEST(g15(-0.05) == "-0.05");
    BOOST_TEST(g15(7.125) == "7.125");
    BOOST_TEST(g15(999999999999.999) == "999999999999.999");
    std::mt19937_64 rng(15);
    const double scale[] = {1.0, 10.0, 100.0, 1000.0, 10000.0};
    for (int i = 0; i < 300000; ++i) {
        const int d = static_cast<int>(rng() % 5);
        const std::uint64_t digits = rng() % 8 == 0 ? rng() % 1000000000000000ULL : rng() % 3000;
        const double v = static_cast<double>(digits) / scale[d] * (rng() % 4 == 0 ? -1.0 : 1.0);
        for (double x : {v, v + 0.7, v - 0.7, std::nextafter(v, 0.0), std::nextafter(v, 1e300), v * 1e-3})
            BOOST_TEST_REQUIRE(g15(x) == printf2("%.15g", x), x);
    }
    for (double edge : {0.01, 0.0099999999999999985, 1e12, 999999999999.9999, 0.001, 1e-4})
        for (double x : {edge, std::nextafter(edge, 0.0), std::nextafter(edge, 1e300), -edge})
            BOOST_TEST(g15(x) == printf2("%.15g", x), x);
}

BOOST_AUTO_TEST_SUITE_END()
