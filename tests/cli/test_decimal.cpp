// Numbers as people type them: decimal point or decimal comma.
#include "csv/decimal.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
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

BOOST_AUTO_TEST_SUITE_END()
