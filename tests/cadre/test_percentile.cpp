// Percentile of a z-score: 100·Φ(z). Reference values are the standard
// normal CDF as printed in any statistics table (Φ(-2) = 0.0227501319...).
#include "growth/percentile.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using tumbuh::growth::percentile;

BOOST_AUTO_TEST_SUITE(percentiles)

BOOST_AUTO_TEST_CASE(known_values)
{
    BOOST_TEST(percentile(0.0) == 50.0);
    BOOST_TEST(std::abs(percentile(-2.0) - 2.2750131948179) < 1e-10);
    BOOST_TEST(std::abs(percentile(2.0) - 97.7249868051821) < 1e-10);
    BOOST_TEST(std::abs(percentile(-1.0) - 15.8655253931457) < 1e-10);
    BOOST_TEST(std::abs(percentile(-3.0) - 0.134989803163009) < 1e-12);
    // WHO's 3rd and 97th centile lines sit at z = ∓1.88079.
    BOOST_TEST(std::abs(percentile(-1.880794) - 3.0) < 1e-5);
    BOOST_TEST(std::abs(percentile(1.880794) - 97.0) < 1e-5);
    // Far tail keeps relative precision: Φ(-8) = 6.22096057427178e-16.
    BOOST_TEST(std::abs(percentile(-8.0) / 6.22096057427178e-14 - 1.0) < 1e-9);
}

BOOST_AUTO_TEST_CASE(symmetric_and_increasing)
{
    double last = -1.0;
    for (int k = -600; k <= 600; ++k) {
        const double z = k / 100.0;
        const double p = percentile(z);
        BOOST_TEST(p > last, "z = " << z);
        BOOST_TEST(p >= 0.0);
        BOOST_TEST(p <= 100.0);
        BOOST_TEST(std::abs(p + percentile(-z) - 100.0) < 1e-12, "z = " << z);
        last = p;
    }
    BOOST_TEST(std::isnan(percentile(std::nan(""))));
    BOOST_TEST(percentile(-INFINITY) == 0.0);
    BOOST_TEST(percentile(INFINITY) == 100.0);
}

BOOST_AUTO_TEST_SUITE_END()
