// Growth velocity (who-zscore-method.md §12) against WHO's own published
// increment tables in who_tables/growth-velocity-2009/.
#include "growth/rounding.h"
#include "growth/velocity.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

using namespace tumbuh::growth;

namespace {

struct CsvRow {
    std::string label;
    double l = 0, m = 0, s = 0, delta = 0;
    std::vector<std::string> sd; // published -3 SD ... +3 SD, as printed
};

struct VelocityFile {
    const char* name;
    Increment inc;
    Sex sex;
    double halfUnit; // half the printed precision: 0.5 g, or 0.05 cm
};

const VelocityFile kFiles[] = {
    {"weight-increments-1mo-boys.csv", Increment::Weight1Month, Sex::Male, 0.5},
    {"weight-increments-1mo-girls.csv", Increment::Weight1Month, Sex::Female, 0.5},
    {"weight-increments-2mo-boys.csv", Increment::Weight2Month, Sex::Male, 0.5},
    {"weight-increments-2mo-girls.csv", Increment::Weight2Month, Sex::Female, 0.5},
    {"length-increments-2mo-boys.csv", Increment::Length2Month, Sex::Male, 0.05},
    {"length-increments-2mo-girls.csv", Increment::Length2Month, Sex::Female, 0.05},
    {"headcirc-increments-2mo-boys.csv", Increment::HeadCircumference2Month, Sex::Male, 0.05},
    {"headcirc-increments-2mo-girls.csv", Increment::HeadCircumference2Month, Sex::Female, 0.05},
};

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        out.push_back(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            return out;
        start = comma + 1;
    }
}

double number(const std::string& s)
{
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    BOOST_TEST_REQUIRE((end != s.c_str() && *end == '\0'), "not a number: '" << s << "'");
    return v;
}

std::vector<CsvRow> readCsv(const std::string& name)
{
    const std::string path = std::string(TUMBUH_WHO_TABLES_DIR) + "/growth-velocity-2009/" + name;
    std::ifstream in(path);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << path);
    std::string line;
    std::getline(in, line);
    const auto header = split(line);
    const bool hasDelta = header.size() > 4 && header[4] == "Delta";
    const std::size_t firstSd = hasDelta ? 5 : 4;
    BOOST_TEST_REQUIRE(header.size() == firstSd + 7);
    BOOST_TEST_REQUIRE(header[firstSd] == "-3 SD");
    std::vector<CsvRow> rows;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const auto f = split(line);
        BOOST_TEST_REQUIRE(f.size() == header.size());
        CsvRow r;
        r.label = f[0];
        r.l = number(f[1]);
        r.m = number(f[2]);
        r.s = number(f[3]);
        r.delta = hasDelta ? number(f[4]) : 0.0;
        r.sd.assign(f.begin() + static_cast<std::ptrdiff_t>(firstSd), f.end());
        rows.push_back(r);
    }
    return rows;
}

std::string label(const VelocityRow* row)
{
    return row ? std::string(row->interval) : std::string("(none)");
}

} // namespace

BOOST_AUTO_TEST_SUITE(velocity)

BOOST_AUTO_TEST_CASE(compiled_rows_are_the_published_rows)
{
    for (const VelocityFile& f : kFiles) {
        const auto csv = readCsv(f.name);
        const auto rows = velocityTable(f.inc, f.sex);
        BOOST_TEST_CONTEXT(f.name)
        {
            BOOST_TEST_REQUIRE(rows.size() == csv.size());
            for (std::size_t i = 0; i < csv.size(); ++i) {
                BOOST_TEST(std::string(rows[i].interval) == csv[i].label);
                BOOST_TEST(rows[i].l == csv[i].l);
                BOOST_TEST(rows[i].m == csv[i].m);
                BOOST_TEST(rows[i].s == csv[i].s);
                BOOST_TEST(rows[i].delta == csv[i].delta);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(published_sd_columns_match_at_printed_precision)
{
    int compared = 0;
    int skipped = 0;
    for (const VelocityFile& f : kFiles) {
        const auto csv = readCsv(f.name);
        const auto rows = velocityTable(f.inc, f.sex);
        for (std::size_t i = 0; i < csv.size(); ++i) {
            for (int k = -3; k <= 3; ++k) {
                const double printed = number(csv[i].sd[static_cast<std::size_t>(k + 3)]);
                const auto computed = incrementAtZ(rows[i], k);
                // who_tables/PROVENANCE.md §3: where 1 + L·S·z <= 0 the curve has
                // no value and WHO's cell means nothing; the function must say so.
                if (1.0 + rows[i].l * rows[i].s * k <= 0.0) {
                    BOOST_TEST(!computed.has_value(), f.name << " " << csv[i].label << " z=" << k);
                    ++skipped;
                    continue;
                }
                BOOST_TEST_CONTEXT(f.name << " " << csv[i].label << " z=" << k)
                {
                    BOOST_TEST_REQUIRE(computed.has_value());
                    BOOST_TEST(std::abs(*computed - printed) <= f.halfUnit + 1e-9,
                               "computed " << *computed << " printed " << printed);
                }
                ++compared;
            }
        }
    }
    // 8 files, 138 rows, 7 columns; only a handful of -3 SD cells are undefined.
    BOOST_TEST(compared + skipped == 138 * 7);
    BOOST_TEST(skipped > 0);
    BOOST_TEST(skipped < 30);
}

BOOST_AUTO_TEST_CASE(increment_at_z_round_trips)
{
    int rows = 0;
    for (const VelocityFile& f : kFiles) {
        for (const VelocityRow& row : velocityTable(f.inc, f.sex)) {
            for (const double z : {-2.0, 0.0, 2.0}) {
                const auto x = incrementAtZ(row, z);
                BOOST_TEST_CONTEXT(f.name << " " << row.interval << " z=" << z)
                {
                    BOOST_TEST_REQUIRE(x.has_value());
                    const auto back = incrementZ(row, *x);
                    BOOST_TEST_REQUIRE(back.has_value());
                    BOOST_TEST(std::abs(*back - z) <= 1e-9);
                }
            }
            ++rows;
        }
    }
    BOOST_TEST(rows == 138);
}

BOOST_AUTO_TEST_CASE(undefined_part_of_the_curve)
{
    for (const VelocityFile& f : kFiles) {
        for (const VelocityRow& row : velocityTable(f.inc, f.sex)) {
            // At z = -1/(L·S) the base is 0; below it, negative.
            const double zero = -1.0 / (row.l * row.s);
            BOOST_TEST(!incrementAtZ(row, zero - 0.5).has_value());
            BOOST_TEST(!incrementAtZ(row, -1e6).has_value());
            // An increment at or below -Delta has no z.
            BOOST_TEST(!incrementZ(row, -row.delta).has_value());
            BOOST_TEST(!incrementZ(row, -row.delta - 1.0).has_value());
            BOOST_TEST(!incrementZ(row, std::nan("")).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(row_choice_weight_one_month)
{
    const auto rows = velocityTable(Increment::Weight1Month, Sex::Female);
    auto at = [](int days) { return label(velocityRow(Increment::Weight1Month, Sex::Female, Days{days})); };
    BOOST_TEST(at(0) == "0 – 4 wks");
    BOOST_TEST(at(27) == "0 – 4 wks");
    BOOST_TEST(at(28) == "4 wks – 2 mo");
    BOOST_TEST(at(60) == "4 wks – 2 mo"); // 60 < 2 x 30.4375
    BOOST_TEST(at(61) == "2 – 3 mo");
    BOOST_TEST(at(91) == "2 – 3 mo"); // 2.99 months
    BOOST_TEST(at(92) == "3 – 4 mo"); // 3.02 months
    BOOST_TEST(at(334) == "10 – 11 mo");
    BOOST_TEST(at(365) == "11 – 12 mo"); // 11.99 months
    BOOST_TEST(at(366) == "(none)");
    BOOST_TEST(at(-1) == "(none)");
    BOOST_TEST(velocityRow(Increment::Weight1Month, Sex::Female, Days{0}) == &rows[0]);
}

BOOST_AUTO_TEST_CASE(row_choice_two_months)
{
    auto at = [](Increment inc, int days) { return label(velocityRow(inc, Sex::Male, Days{days})); };
    for (const Increment inc : {Increment::Weight2Month, Increment::Length2Month}) {
        BOOST_TEST(at(inc, 0) == "0-2 mo");
        BOOST_TEST(at(inc, 30) == "0-2 mo");
        BOOST_TEST(at(inc, 31) == "1-3 mo");
        BOOST_TEST(at(inc, 669) == "21-23 mo"); // 21.98 months
        BOOST_TEST(at(inc, 670) == "22-24 mo"); // 22.01 months
        BOOST_TEST(at(inc, 700) == "22-24 mo"); // 22.998 months
        BOOST_TEST(at(inc, 701) == "(none)");
    }
    BOOST_TEST(at(Increment::HeadCircumference2Month, 334) == "10-12 mo"); // 10.97 months
    BOOST_TEST(at(Increment::HeadCircumference2Month, 335) == "(none)");
}

BOOST_AUTO_TEST_CASE(interval_windows)
{
    const auto why = [](Increment inc, int start, int end) {
        return velocityZ(inc, Sex::Male, Days{start}, Days{end}, inc == Increment::Weight1Month ? 800.0 : 1500.0).why;
    };
    using P = VelocityProblem;
    // "0 – 4 wks": 28 ± 7 days.
    BOOST_TEST((why(Increment::Weight1Month, 0, 20) == P::IntervalTooShort));
    BOOST_TEST((why(Increment::Weight1Month, 0, 21) == P::None));
    BOOST_TEST((why(Increment::Weight1Month, 0, 35) == P::None));
    BOOST_TEST((why(Increment::Weight1Month, 0, 36) == P::IntervalTooLong));
    // Other 1-month rows: 30.4375 ± 7 days.
    BOOST_TEST((why(Increment::Weight1Month, 100, 123) == P::IntervalTooShort));
    BOOST_TEST((why(Increment::Weight1Month, 100, 124) == P::None));
    BOOST_TEST((why(Increment::Weight1Month, 100, 137) == P::None));
    BOOST_TEST((why(Increment::Weight1Month, 100, 138) == P::IntervalTooLong));
    // 2-month rows: 60.875 ± 10 days.
    BOOST_TEST((why(Increment::Weight2Month, 100, 150) == P::IntervalTooShort));
    BOOST_TEST((why(Increment::Weight2Month, 100, 151) == P::None));
    BOOST_TEST((why(Increment::Weight2Month, 100, 170) == P::None));
    BOOST_TEST((why(Increment::Weight2Month, 100, 171) == P::IntervalTooLong));
    BOOST_TEST((why(Increment::Weight2Month, 100, 90) == P::IntervalTooShort));
    BOOST_TEST((why(Increment::Weight1Month, 400, 430) == P::StartAgeOutOfRange));
    BOOST_TEST((why(Increment::Weight1Month, -5, 25) == P::StartAgeOutOfRange));
    BOOST_TEST(velocityZ(Increment::Weight1Month, Sex::Male, Days{400}, Days{430}, 300.0).row == nullptr);
    // The row is reported even when the interval is wrong, for the message.
    BOOST_TEST(label(velocityZ(Increment::Weight1Month, Sex::Male, Days{0}, Days{60}, 300.0).row) == "0 – 4 wks");
}

BOOST_AUTO_TEST_CASE(published_increments_give_their_z)
{
    // Boys 1-month "0 – 4 wks": published -2 SD 321 g, median 1023 g, +2 SD 1608 g
    // (weight-increments-1mo-boys.csv). Whole grams shift z by < 0.01.
    const auto at = [](int grams) {
        return weightVelocityZ(WeightInterval::OneMonth, Sex::Male, Days{0}, Grams{3300}, Days{30},
                               Grams{3300 + grams});
    };
    BOOST_TEST(at(321).ok());
    BOOST_TEST(std::abs(at(321).z + 2.0) <= 0.01);
    BOOST_TEST(std::abs(at(1023).z) <= 0.01);
    BOOST_TEST(std::abs(at(1608).z - 2.0) <= 0.01);
    BOOST_TEST(label(at(1023).row) == "0 – 4 wks");
    BOOST_TEST(at(1023).z == roundZ(at(1023).raw));

    // Every row: the printed median and -2 SD, fed through the whole path (row
    // choice, interval window, z), land within the row's printed rounding.
    for (const VelocityFile& f : kFiles) {
        const auto csv = readCsv(f.name);
        for (std::size_t i = 0; i < csv.size(); ++i) {
            // Start inside the row's age band, interval at its nominal length.
            const int start = f.inc == Increment::Weight1Month && i < 2 ? (i == 0 ? 0 : 40)
                                                                        : static_cast<int>(static_cast<double>(i) * 30.4375 + 10);
            const int end = start + (f.inc == Increment::Weight1Month ? (i == 0 ? 28 : 30) : 61);
            BOOST_TEST_CONTEXT(f.name << " " << csv[i].label)
            {
                for (const int k : {0, -2}) {
                    const double printed = number(csv[i].sd[static_cast<std::size_t>(k + 3)]);
                    const VelocityZ z = velocityZ(f.inc, f.sex, Days{start}, Days{end}, printed);
                    BOOST_TEST_REQUIRE(z.ok());
                    BOOST_TEST(label(z.row) == csv[i].label);
                    // k must lie between the z of the printed value's rounding limits.
                    const auto lo = incrementZ(*z.row, printed - f.halfUnit);
                    const auto hi = incrementZ(*z.row, printed + f.halfUnit);
                    BOOST_TEST_REQUIRE(hi.has_value());
                    BOOST_TEST(lo.value_or(-1e300) <= k, "k=" << k << " lo=" << lo.value_or(-1e300));
                    BOOST_TEST(k <= *hi, "k=" << k << " hi=" << *hi);
                    BOOST_TEST(lo.value_or(-1e300) <= z.raw);
                    BOOST_TEST(z.raw <= *hi);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(typed_conveniences)
{
    // Length: 500 mm -> 585 mm is 8.5 cm, the boys' published 0-2 mo median.
    const VelocityZ len = lengthVelocityZ(Sex::Male, Days{0}, Millimetres{500}, Days{61}, Millimetres{585});
    BOOST_TEST_REQUIRE(len.ok());
    BOOST_TEST(len.raw == *incrementZ(*len.row, 8.5));
    BOOST_TEST(label(len.row) == "0-2 mo");
    const VelocityZ hc = headVelocityZ(Sex::Female, Days{0}, Millimetres{345}, Days{61}, Millimetres{389});
    BOOST_TEST_REQUIRE(hc.ok());
    BOOST_TEST(hc.raw == *incrementZ(*hc.row, 4.4));
    const VelocityZ two = weightVelocityZ(WeightInterval::TwoMonths, Sex::Female, Days{0}, Grams{3200},
                                          Days{61}, Grams{5097});
    BOOST_TEST_REQUIRE(two.ok());
    BOOST_TEST(two.raw == *incrementZ(*two.row, 1897.0));
    BOOST_TEST(label(two.row) == "0-2 mo");

    // A 1-month loss of 400 g or more is off the WHO scale (Delta = 400 g).
    BOOST_TEST((weightVelocityZ(WeightInterval::OneMonth, Sex::Male, Days{100}, Grams{6000}, Days{130},
                                Grams{5600})
                    .why
                == VelocityProblem::IncrementOutOfScale));
    const VelocityZ loss = weightVelocityZ(WeightInterval::OneMonth, Sex::Male, Days{100}, Grams{6000},
                                           Days{130}, Grams{5601});
    BOOST_TEST(loss.ok());
    BOOST_TEST(loss.z < -3.0);
    // No growth or a shrinking length has no z (x + Delta <= 0 with Delta = 0); 1 mm has one.
    BOOST_TEST((lengthVelocityZ(Sex::Male, Days{100}, Millimetres{600}, Days{160}, Millimetres{599}).why == VelocityProblem::IncrementOutOfScale));
    BOOST_TEST((lengthVelocityZ(Sex::Male, Days{100}, Millimetres{600}, Days{160}, Millimetres{600}).why == VelocityProblem::IncrementOutOfScale));
    const VelocityZ mm = lengthVelocityZ(Sex::Male, Days{100}, Millimetres{600}, Days{160}, Millimetres{601});
    BOOST_TEST(mm.ok());
    BOOST_TEST(mm.z < -3.0);
}

BOOST_AUTO_TEST_SUITE_END()
