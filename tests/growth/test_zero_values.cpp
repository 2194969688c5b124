// WHO parity on zero values (issue 14, item 6), in the engine: what WHO's
// anthro and anthroplus give for a length/height or weight of 0. The
// expected values come from WHO's LMS formula (who-zscore-method.md §5) on
// the parameters read here from who_tables/, not from the engine.
#include "growth/anthro.h"
#include "growth/anthroplus.h"
#include "print.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

using namespace tumbuh::growth;

namespace {

struct Params {
    double l = 0;
    double m = 0;
    double s = 0;
};

Params whoRow(const std::string& file, int sex, const std::string& key)
{
    std::ifstream in(std::string(TUMBUH_SOURCE_DIR) + "/who_tables/" + file);
    BOOST_TEST_REQUIRE(in.good(), file);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream f(line);
        std::string s;
        std::string k;
        Params p;
        f >> s >> k >> p.l >> p.m >> p.s;
        if (s == std::to_string(sex) && k == key)
            return p;
    }
    BOOST_FAIL("no row " << key << " in " << file);
    return {};
}

double sdLine(const Params& p, double k)
{
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

} // namespace

BOOST_AUTO_TEST_SUITE(zero_values_as_who_gives_them)

BOOST_AUTO_TEST_CASE(anthro_length_zero_gives_infinite_bmi_z_flagged)
{
    AnthroInput in;
    in.sex = Sex::Female;
    in.age = 500;
    in.weightKg = 9.0;
    in.lenheiCm = 0.0;
    in.measure = Measure::Lying;
    const AnthroResult r = computeAnthro(in);
    BOOST_TEST_REQUIRE(r.cbmi.has_value());
    BOOST_TEST((std::isinf(*r.cbmi) && *r.cbmi > 0));
    BOOST_TEST(r.zbmi.ok());
    BOOST_TEST((std::isinf(r.zbmi.z) && r.zbmi.z > 0));
    BOOST_TEST(r.zbmi.flagged);
    // "measure <= 0 gives NA" still holds for the length itself.
    BOOST_TEST(r.zlen.why == NoScore::MeasurementOutOfRange);
    BOOST_TEST(!r.zwfl.ok());
    BOOST_TEST(r.zwei.ok());
    BOOST_TEST(!r.zwei.flagged);
}

BOOST_AUTO_TEST_CASE(anthro_weight_zero_still_has_no_weight_or_bmi_z)
{
    AnthroInput in;
    in.sex = Sex::Male;
    in.age = 400;
    in.weightKg = 0.0;
    in.lenheiCm = 75.0;
    in.measure = Measure::Lying;
    const AnthroResult r = computeAnthro(in);
    BOOST_TEST(r.zwei.why == NoScore::MeasurementOutOfRange);
    BOOST_TEST(r.zbmi.why == NoScore::MeasurementOutOfRange);
    BOOST_TEST(r.zwfl.ok());
    BOOST_TEST(r.zwfl.z == -15.44); // WHO's printed value, who-zscore-method.md §4.5
}

BOOST_AUTO_TEST_CASE(anthroplus_weight_zero_gives_restricted_z_flagged)
{
    AnthroPlusInput in;
    in.sex = Sex::Male;
    in.ageMonths = 84.0;
    in.heightCm = 120.0;
    in.weightKg = 0.0;
    const AnthroPlusResult r = computeAnthroPlus(in);
    for (const auto& [z, file] : {std::pair{&r.zwfa, "wfawho2007.txt"}, std::pair{&r.zbfa, "bfawho2007.txt"}}) {
        const Params p = whoRow(std::string("growth-reference-2007/") + file, 1, "84");
        const double sd3 = sdLine(p, -3.0);
        const double expected = -3.0 + (0.0 - sd3) / (sdLine(p, -2.0) - sd3);
        BOOST_TEST_REQUIRE(z->ok(), file);
        BOOST_TEST(std::fabs(z->raw - expected) < 1e-9, file << ": " << z->raw << " vs " << expected);
        BOOST_TEST(z->flagged, file);
    }
    BOOST_TEST(r.zhfa.ok());
    BOOST_TEST(!r.zhfa.flagged);
}

BOOST_AUTO_TEST_CASE(anthroplus_height_zero_gives_plain_z_and_infinite_bmi_z)
{
    AnthroPlusInput in;
    in.sex = Sex::Female;
    in.ageMonths = 150.0;
    in.heightCm = 0.0;
    in.weightKg = 40.0;
    const AnthroPlusResult r = computeAnthroPlus(in);
    const Params hfa = whoRow("growth-reference-2007/hfawho2007.txt", 2, "150");
    BOOST_TEST_REQUIRE(r.zhfa.ok());
    BOOST_TEST(std::fabs(r.zhfa.raw - (std::pow(0.0 / hfa.m, hfa.l) - 1.0) / (hfa.s * hfa.l)) < 1e-9);
    BOOST_TEST(r.zhfa.flagged);
    BOOST_TEST_REQUIRE(r.zbfa.ok());
    BOOST_TEST((std::isinf(r.zbfa.z) && r.zbfa.z > 0));
    BOOST_TEST(r.zbfa.flagged);
    // A negative value is still refused (anthroplus stops on one).
    in.heightCm = -1.0;
    BOOST_TEST(computeAnthroPlus(in).zhfa.why == NoScore::MeasurementOutOfRange);
}

BOOST_AUTO_TEST_SUITE_END()
