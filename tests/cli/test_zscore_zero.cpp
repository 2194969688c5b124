// WHO parity on zero values (issue 14, item 6): `tumbuh-cli zscore` gives
// what WHO's R packages give for a length/height or a weight of 0, where
// Tumbuh used to leave the results blank.
//
//   anthro (2006): "measure <= 0 gives NA" for every age-based indicator, but
//   the BMI of a length of 0 is weight/0 = Inf, which is not <= 0: BMI = Inf,
//   BMI z = Inf, flagged. Weight-for-length has no such screen either
//   (who-zscore-method.md §4.5: weight 0 at 75 cm gives zwfl = -15.44).
//   anthroplus (2007): no "<= 0" screen at all, so a weight of 0 gets a
//   weight-for-age and a BMI-for-age z (beyond -3 SD, on the restricted
//   scale), and a height of 0 a height-for-age z and a BMI of Inf; all
//   flagged.
//
// The expected z-scores are computed here from WHO's LMS parameters (read
// from who_tables/, not from the program) with the formulas of
// who-zscore-method.md §5, and printed as R prints them ("Inf", 2 decimals).
#include "runcli.h"
#include "tempdir.h"

#include "csv/csvreader.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using tumbuh::csv::CsvReader;
using tumbuh::test::CliRun;
using tumbuh::test::runCli;
using tumbuh::test::TempDir;

namespace {

struct Lms {
    double l = 0;
    double m = 0;
    double s = 0;
};

// The row of a WHO table file (tab-separated: sex, age or length, l, m, s).
Lms whoRow(const std::string& file, int sex, const std::string& key)
{
    std::ifstream in(std::string(TUMBUH_WHO_TABLES_DIR) + "/" + file);
    BOOST_TEST_REQUIRE(in.good(), file);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string s;
        std::string k;
        Lms p;
        fields >> s >> k >> p.l >> p.m >> p.s;
        if (s == std::to_string(sex) && k == key)
            return p;
    }
    BOOST_FAIL("no row " << sex << "/" << key << " in " << file);
    return {};
}

// M·(1 + L·S·k)^(1/L), the k SD line.  §5
double sdLine(const Lms& p, double k)
{
    return p.m * std::pow(1.0 + p.l * p.s * k, 1.0 / p.l);
}

// The restricted z of a measurement below the -3 SD line.  §5
double restrictedBelowMinus3(const Lms& p, double y)
{
    const double sd3 = sdLine(p, -3.0);
    return -3.0 + (y - sd3) / (sdLine(p, -2.0) - sd3);
}

// Plain LMS.  §5
double plain(const Lms& p, double y)
{
    return (std::pow(y / p.m, p.l) - 1.0) / (p.s * p.l);
}

// R's round(z, 2) printed with two decimals; the z must not be a tie.
std::string twoDecimals(double z)
{
    const double hundredths = z * 100.0;
    BOOST_TEST_REQUIRE(std::fabs(std::fabs(hundredths - std::trunc(hundredths)) - 0.5) > 1e-6);
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", std::round(hundredths) / 100.0);
    return text;
}

// The output as rows of column name -> text.
std::vector<std::map<std::string, std::string>> run(const std::string& input, const std::vector<std::string>& options)
{
    TempDir dir;
    const auto file = dir.write("input.csv", input);
    std::vector<std::string> args{"zscore", file.string(), "-o", (dir / "out.csv").string()};
    args.insert(args.end(), options.begin(), options.end());
    const CliRun r = runCli(args, dir);
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(r.err.empty(), r.err);
    CsvReader out(dir / "out.csv");
    BOOST_TEST_REQUIRE(out.next());
    const std::vector<std::string> header(out.fields().begin(), out.fields().end());
    std::vector<std::map<std::string, std::string>> rows;
    while (out.next()) {
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < header.size() && i < out.size(); ++i)
            row[header[i]] = std::string(out[i]);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

BOOST_AUTO_TEST_SUITE(zscore_zero_values)

BOOST_AUTO_TEST_CASE(anthro_length_of_zero_gives_bmi_inf_flagged)
{
    const auto rows = run("sex,age,weight,lenhei,measure\n"
                          "1,400,9.5,0,l\n"   // a length of 0
                          "2,800,12,0,h\n"    // a height of 0
                          "1,800,12,0.7,l\n", // lying 0.7 from 24 months: 0.7 - 0.7 = 0
                          {});
    BOOST_TEST_REQUIRE(rows.size() == 3U);
    for (const auto& row : rows) {
        BOOST_TEST(row.at("clenhei") == "0");
        BOOST_TEST(row.at("cbmi") == "Inf");
        BOOST_TEST(row.at("zbmi") == "Inf");
        BOOST_TEST(row.at("fbmi") == "1");
        // A length of 0 itself is "<= 0": no length-for-age; outside the
        // weight-for-length table: no weight-for-length.
        BOOST_TEST(row.at("zlen").empty());
        BOOST_TEST(row.at("flen").empty());
        BOOST_TEST(row.at("zwfl").empty());
    }
    // The weight still has its own z-score, untouched by the length.
    const Lms wfa = whoRow("child-growth-standards-2006/weianthro.txt", 1, "400");
    const double z = plain(wfa, 9.5);
    BOOST_TEST_REQUIRE(std::fabs(z) < 3.0);
    BOOST_TEST(rows[0].at("zwei") == twoDecimals(z));
    BOOST_TEST(rows[0].at("fwei") == "0");
}

BOOST_AUTO_TEST_CASE(anthro_weight_of_zero_keeps_whos_screens)
{
    // anthro: weight-for-age and BMI-for-age are NA for a weight <= 0, but
    // weight-for-length has no such screen: -15.44 is WHO's own printed
    // value for this child (who-zscore-method.md §4.5).
    const auto rows = run("sex,age,weight,lenhei,measure\n1,400,0,75,l\n", {});
    BOOST_TEST_REQUIRE(rows.size() == 1U);
    BOOST_TEST(rows[0].at("cbmi") == "0");
    BOOST_TEST(rows[0].at("zwei").empty());
    BOOST_TEST(rows[0].at("zbmi").empty());
    BOOST_TEST(rows[0].at("zwfl") == "-15.44");
    BOOST_TEST(rows[0].at("fwfl") == "1");
    const Lms wfl = whoRow("child-growth-standards-2006/wflanthro.txt", 1, "75");
    BOOST_TEST(rows[0].at("zwfl") == twoDecimals(restrictedBelowMinus3(wfl, 0.0)));
}

BOOST_AUTO_TEST_CASE(anthroplus_weight_of_zero_gives_weight_and_bmi_z_flagged)
{
    const auto rows = run("sex,age_in_months,height_in_cm,weight_in_kg,oedema\n"
                          "1,120,138,0,n\n"
                          "2,96,125,0,n\n"
                          "1,120,138,0,y\n", // oedema: no weight-based z, as for any weight
                          {"--reference", "who2007"});
    BOOST_TEST_REQUIRE(rows.size() == 3U);
    struct Case {
        int sex;
        const char* month;
        double height;
    };
    const Case cases[] = {{1, "120", 138.0}, {2, "96", 125.0}};
    for (std::size_t i = 0; i < 2; ++i) {
        const Case& c = cases[i];
        const auto& row = rows[i];
        BOOST_TEST(row.at("cbmi") == "0");
        const double zwfa = restrictedBelowMinus3(whoRow("growth-reference-2007/wfawho2007.txt", c.sex, c.month), 0.0);
        const double zbfa = restrictedBelowMinus3(whoRow("growth-reference-2007/bfawho2007.txt", c.sex, c.month), 0.0);
        BOOST_TEST(zwfa < -6.0); // flagged: z < -6
        BOOST_TEST(zbfa < -5.0); // flagged: |z| > 5
        BOOST_TEST(row.at("zwfa") == twoDecimals(zwfa));
        BOOST_TEST(row.at("fwfa") == "1");
        BOOST_TEST(row.at("zbfa") == twoDecimals(zbfa));
        BOOST_TEST(row.at("fbfa") == "1");
        // The height is unaffected.
        const double zhfa = plain(whoRow("growth-reference-2007/hfawho2007.txt", c.sex, c.month), c.height);
        BOOST_TEST(row.at("zhfa") == twoDecimals(zhfa));
    }
    BOOST_TEST(rows[2].at("zwfa").empty());
    BOOST_TEST(rows[2].at("zbfa").empty());
}

BOOST_AUTO_TEST_CASE(anthroplus_height_of_zero_gives_height_z_and_bmi_inf_flagged)
{
    const auto rows = run("sex,age_in_months,height_in_cm,weight_in_kg\n2,100,0,25\n", {"--reference", "who2007"});
    BOOST_TEST_REQUIRE(rows.size() == 1U);
    const auto& row = rows[0];
    // Plain LMS with L = 1: (0/M - 1)/S.
    const Lms hfa = whoRow("growth-reference-2007/hfawho2007.txt", 2, "100");
    BOOST_TEST(row.at("zhfa") == twoDecimals(plain(hfa, 0.0)));
    BOOST_TEST(row.at("fhfa") == "1");
    BOOST_TEST(row.at("cbmi") == "Inf");
    BOOST_TEST(row.at("zbfa") == "Inf");
    BOOST_TEST(row.at("fbfa") == "1");
    BOOST_TEST(!row.at("zwfa").empty());
    BOOST_TEST(row.at("fwfa") == "0");
}

BOOST_AUTO_TEST_SUITE_END()
