// The worked examples and edge rules of who-zscore-method.md §13–§14, checked
// against the numbers WHO's software printed for them.
#include "growth/anthro.h"
#include "growth/anthroplus.h"
#include "growth/lms.h"
#include "growth/rounding.h"
#include "print.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>

using namespace tumbuh::growth;

namespace {

AnthroInput days(Sex s, double d)
{
    AnthroInput in;
    in.sex = s;
    in.age = d;
    return in;
}

AnthroInput months(Sex s, double m)
{
    AnthroInput in;
    in.sex = s;
    in.age = m;
    in.ageInMonths = true;
    return in;
}

} // namespace

BOOST_AUTO_TEST_SUITE(worked_examples)

BOOST_AUTO_TEST_CASE(example1_weight_for_age)
{
    auto in = days(Sex::Male, 370);
    in.weightKg = 9.2;
    const auto r = computeAnthro(in);
    BOOST_TEST(r.zwei.ok());
    BOOST_TEST(r.zwei.z == -0.47);
    BOOST_TEST(std::fabs(r.zwei.raw - -0.468187) < 1e-6);
    BOOST_TEST(!r.zwei.flagged);
    BOOST_TEST(r.zlen.why == NoScore::MeasurementMissing);
    BOOST_TEST(!r.cbmi.has_value());
}

BOOST_AUTO_TEST_CASE(example2_standing_under_24_months_adds_0_7)
{
    auto in = months(Sex::Female, 20);
    in.lenheiCm = 78.0;
    in.measure = Measure::Standing;
    const auto r = computeAnthro(in);
    BOOST_TEST(*r.ageDays == 609);
    BOOST_TEST(*r.clenhei == 78.7);
    BOOST_TEST(r.zlen.z == -1.33);
    BOOST_TEST(!r.c9moFlag);
}

BOOST_AUTO_TEST_CASE(example3_lying_after_24_months_and_wfh_interpolation)
{
    auto in = days(Sex::Male, 800);
    in.weightKg = 10.1;
    in.lenheiCm = 85.46;
    in.measure = Measure::Lying;
    const auto r = computeAnthro(in);
    BOOST_TEST(*r.clenhei == 85.46 - 0.7);
    BOOST_TEST(r.wflUsedHeightTable);
    BOOST_TEST(std::fabs(r.zwfl.raw - -1.751474) < 1e-6);
    BOOST_TEST(r.zwfl.z == -1.75);
    BOOST_TEST(r.zlen.z == -1.34);
    BOOST_TEST(r.zwei.z == -1.92);
    BOOST_TEST(r.zbmi.z == -1.66);
}

BOOST_AUTO_TEST_CASE(example4_restricted_below_minus_3)
{
    auto in = days(Sex::Female, 700);
    in.weightKg = 6.9;
    in.lenheiCm = 74.0;
    in.measure = Measure::Lying;
    auto r = computeAnthro(in);
    BOOST_TEST(std::fabs(r.zwei.raw - -4.072845) < 1e-6);
    BOOST_TEST(r.zwei.z == -4.07);
    BOOST_TEST(r.zwfl.z == -3.04);
    BOOST_TEST(r.zlen.z == -3.63);
    BOOST_TEST(r.zbmi.z == -2.52);

    in.oedema = true;
    r = computeAnthro(in);
    BOOST_TEST(r.zwei.why == NoScore::Oedema);
    BOOST_TEST(r.zwfl.why == NoScore::Oedema);
    BOOST_TEST(r.zbmi.why == NoScore::Oedema);
    BOOST_TEST(r.zlen.z == -3.63);
}

BOOST_AUTO_TEST_CASE(example5_restricted_above_plus_3)
{
    auto in = days(Sex::Male, 1500);
    in.weightKg = 23.0;
    in.lenheiCm = 100.0;
    in.measure = Measure::Standing;
    const auto r = computeAnthro(in);
    BOOST_TEST(std::fabs(r.zwfl.raw - 4.846324) < 1e-6);
    BOOST_TEST(r.zwfl.z == 4.85);
    BOOST_TEST(!r.zwfl.flagged);
    BOOST_TEST(r.zbmi.z == 4.82);
    BOOST_TEST(r.zwei.z == 2.51);
    BOOST_TEST(r.zlen.z == -0.95);
}

BOOST_AUTO_TEST_CASE(example6_anthroplus_interpolation)
{
    AnthroPlusInput in;
    in.sex = Sex::Female;
    in.ageMonths = 87.5;
    in.heightCm = 118.2;
    in.weightKg = 20.4;
    const auto r = computeAnthroPlus(in);
    BOOST_TEST(r.zhfa.z == -0.77);
    BOOST_TEST(r.zwfa.z == -0.82);
    BOOST_TEST(r.zbfa.z == -0.55);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(edges)

BOOST_AUTO_TEST_CASE(day_730_versus_731)
{
    for (const double d : {730.4, 730.5, 731.0}) {
        auto in = days(Sex::Male, d);
        in.lenheiCm = 85.0;
        in.measure = Measure::Lying;
        const auto r = computeAnthro(in);
        const bool height = d >= 730.5;
        BOOST_TEST(*r.ageDays == (height ? 731 : 730));
        BOOST_TEST(*r.clenhei == (height ? 85.0 - 0.7 : 85.0));
    }
    BOOST_TEST(*computeAnthro(months(Sex::Male, 24.0)).ageDays == 731);
    BOOST_TEST(*computeAnthro(months(Sex::Male, 23.99)).ageDays == 730);
}

BOOST_AUTO_TEST_CASE(standing_under_nine_months_is_ignored)
{
    auto in = months(Sex::Female, 8.99);
    in.lenheiCm = 70.0;
    in.measure = Measure::Standing;
    auto r = computeAnthro(in);
    BOOST_TEST(r.c9moFlag);
    BOOST_TEST(r.cmeasure == Measure::Unknown);
    BOOST_TEST(*r.clenhei == 70.0);

    in.age = 9.0;
    r = computeAnthro(in);
    BOOST_TEST(!r.c9moFlag);
    BOOST_TEST(*r.clenhei == 70.0 + 0.7);
}

BOOST_AUTO_TEST_CASE(last_valid_age)
{
    auto in = days(Sex::Male, 1826);
    in.weightKg = 18.0;
    BOOST_TEST(computeAnthro(in).zwei.ok());
    in.age = 1826.25;
    BOOST_TEST(computeAnthro(in).zwei.why == NoScore::AgeOutOfRange);
    auto m = months(Sex::Male, 59.99);
    m.weightKg = 18.0;
    BOOST_TEST(computeAnthro(m).zwei.ok());
    m.age = 60.0;
    BOOST_TEST(computeAnthro(m).zwei.why == NoScore::AgeOutOfRange);
    auto neg = days(Sex::Male, -1);
    neg.weightKg = 8.0;
    BOOST_TEST(computeAnthro(neg).zwei.why == NoScore::AgeOutOfRange);
}

BOOST_AUTO_TEST_CASE(arm_and_skinfolds_start_at_day_91)
{
    auto in = days(Sex::Female, 90);
    in.armCm = 13.0;
    in.tricepsMm = 9.0;
    in.subscapularMm = 7.0;
    auto r = computeAnthro(in);
    BOOST_TEST(r.zac.why == NoScore::AgeOutOfRange);
    BOOST_TEST(r.zts.why == NoScore::AgeOutOfRange);
    BOOST_TEST(r.zss.why == NoScore::AgeOutOfRange);
    in.age = 91;
    r = computeAnthro(in);
    BOOST_TEST(r.zac.ok());
    BOOST_TEST(r.zts.ok());
    BOOST_TEST(r.zss.ok());
}

BOOST_AUTO_TEST_CASE(weight_for_length_limits)
{
    auto in = days(Sex::Male, 100);
    in.weightKg = 3.0;
    in.measure = Measure::Lying;
    for (const auto& [len, ok] : {std::pair{44.99, false}, {45.0, true}, {110.0, true}, {110.01, false}}) {
        in.lenheiCm = len;
        const auto r = computeAnthro(in);
        BOOST_TEST(r.zwfl.ok() == ok, len);
        if (!ok)
            BOOST_TEST(r.zwfl.why == NoScore::MeasurementOutOfRange);
    }
}

BOOST_AUTO_TEST_CASE(age_missing_only_weight_for_length)
{
    AnthroInput in;
    in.sex = Sex::Male;
    in.weightKg = 10.0;
    in.lenheiCm = 80.0;
    auto r = computeAnthro(in);
    BOOST_TEST(r.zwfl.z == -0.53);
    BOOST_TEST(r.zwei.why == NoScore::AgeMissing);
    in.measure = Measure::Standing;
    r = computeAnthro(in);
    BOOST_TEST(r.zwfl.z == -0.68);
}

BOOST_AUTO_TEST_CASE(sex_missing_gives_nothing)
{
    AnthroInput in;
    in.age = 300;
    in.weightKg = 7.5;
    in.lenheiCm = 66;
    const auto r = computeAnthro(in);
    BOOST_TEST(r.zwei.why == NoScore::SexMissing);
    BOOST_TEST(r.zwfl.why == NoScore::SexMissing);
    BOOST_TEST(r.cbmi.has_value());
}

BOOST_AUTO_TEST_CASE(r_rounding)
{
    BOOST_TEST(roundZ(5.005) == 5.0); // the literal is 5.00499999...
    BOOST_TEST(roundZ(2.675) == 2.67);
    BOOST_TEST(roundZ(5.0051) == 5.01);
    BOOST_TEST(roundZ(-1.2345) == -1.23);
    BOOST_TEST(roundZ(0.125) == 0.12); // exact tie, even last digit
    BOOST_TEST(roundZ(0.375) == 0.38);
    BOOST_TEST(std::signbit(roundZ(-0.001)));
    BOOST_TEST(roundUpNonNegative(730.49) == 730);
    BOOST_TEST(roundUpNonNegative(730.5) == 731);
    BOOST_TEST(roundUpNonNegative(73.5) == 74);
}

BOOST_AUTO_TEST_CASE(flags_on_rounded_z)
{
    // A very heavy child: weight-for-age flagged above +5.
    auto in = days(Sex::Male, 400);
    in.weightKg = 25.0;
    auto r = computeAnthro(in);
    BOOST_TEST(r.zwei.z > 5.0);
    BOOST_TEST(r.zwei.flagged);
    in.weightKg = 9.5;
    r = computeAnthro(in);
    BOOST_TEST(!r.zwei.flagged);
}

BOOST_AUTO_TEST_SUITE_END()

// The inlined fast path of roundZ must agree bit for bit with the reference
// algorithm of §6 everywhere, and above all next to the halves.
BOOST_AUTO_TEST_CASE(round_fast_path_equals_reference)
{
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    long differences = 0;
    auto check = [&differences](double z) {
        const double a = roundZ(z);
        const double b = roundZReference(z);
        if (std::memcmp(&a, &b, sizeof a) != 0)
            ++differences;
    };
    for (int i = 0; i < 2000000; ++i) {
        const double u = static_cast<double>(next() >> 11) / 9007199254740992.0; // [0, 1)
        check((u - 0.5) * 40.0);
    }
    // Halves and their neighbours: k/100 + 0.005 and the doubles around it.
    for (int k = -2000; k <= 2000; ++k) {
        double h = k / 100.0 + 0.005;
        for (int step = 0; step < 4; ++step) {
            check(h);
            check(-h);
            h = std::nextafter(h, 1e9);
        }
        h = k / 100.0 + 0.005;
        for (int step = 0; step < 4; ++step) {
            h = std::nextafter(h, -1e9);
            check(h);
        }
    }
    for (const double z : {0.0, -0.0, 1e-300, 5e7, -5e7, 1e9, -1e300, std::nan("")})
        check(z);
    BOOST_TEST(differences == 0);
    BOOST_TEST(std::isnan(roundZ(std::nan(""))));
    BOOST_TEST(std::isinf(roundZ(-INFINITY)));
}
