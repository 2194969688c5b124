// Every row WHO's own software printed (tests/data/*golden-cases.csv, see
// who-zscore-method.md §15): every z-score string and every flag must match.
// The z-scores are printed here with printf's "%.2f", as the golden files were.
#include "growth/anthro.h"
#include "growth/anthroplus.h"
#include "csv/csvreader.h"

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace tumbuh::growth;
using tumbuh::csv::CsvReader;

namespace {

using Row = std::map<std::string, std::string>;

std::vector<Row> readGolden(const std::string& name)
{
    CsvReader reader(std::string(TUMBUH_TEST_DATA_DIR) + "/" + name);
    std::vector<std::string> header;
    std::vector<Row> rows;
    while (reader.next()) {
        if (header.empty()) {
            for (auto f : reader.fields())
                header.emplace_back(f);
            continue;
        }
        BOOST_TEST_REQUIRE(reader.size() == header.size(), name << " line " << reader.line());
        Row row;
        for (std::size_t i = 0; i < header.size(); ++i)
            row[header[i]] = std::string(reader[i]);
        rows.push_back(std::move(row));
    }
    BOOST_TEST_REQUIRE((reader.error() == tumbuh::csv::ReadError::None), reader.errorMessage());
    return rows;
}

std::optional<double> num(const std::string& s)
{
    if (s.empty())
        return std::nullopt;
    return std::strtod(s.c_str(), nullptr);
}

std::optional<Sex> sexOf(const std::string& s)
{
    if (s == "1" || s == "m" || s == "M")
        return Sex::Male;
    if (s == "2" || s == "f" || s == "F")
        return Sex::Female;
    return std::nullopt;
}

std::string printZ(const ZScore& z)
{
    if (!z.ok())
        return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", z.z);
    return buf;
}

std::string printFlag(const ZScore& z)
{
    return z.ok() ? (z.flagged ? "1" : "0") : "";
}

std::string print15(const std::optional<double>& v)
{
    if (!v)
        return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", *v);
    return buf;
}

std::string printMeasure(Measure m)
{
    return m == Measure::Lying ? "l" : m == Measure::Standing ? "h"
                                                              : "";
}

// Compares one column and returns 1 on a mismatch.
int expectEqual(const Row& row, const std::string& col, const std::string& ours)
{
    const std::string& theirs = row.at(col);
    if (theirs == ours)
        return 0;
    BOOST_ERROR(row.at("note") << ": " << col << " WHO '" << theirs << "' ours '" << ours << "'");
    return 1;
}

} // namespace

BOOST_AUTO_TEST_CASE(anthro_golden_cases)
{
    const auto rows = readGolden("who-anthro-golden-cases.csv");
    BOOST_TEST(rows.size() == 346u);
    int mismatches = 0;
    int compared = 0;
    for (const Row& row : rows) {
        AnthroInput in;
        in.sex = sexOf(row.at("sex"));
        in.age = num(row.at("age"));
        in.ageInMonths = row.at("age_unit") == "months";
        in.weightKg = num(row.at("weight"));
        in.lenheiCm = num(row.at("lenhei"));
        const std::string& m = row.at("measure");
        in.measure = m == "l" ? Measure::Lying : m == "h" ? Measure::Standing
                                                          : Measure::Unknown;
        const std::string& oe = row.at("oedema");
        in.oedema = oe == "y" || oe == "Y" || oe == "1";
        in.headCm = num(row.at("headc"));
        in.armCm = num(row.at("armc"));
        in.tricepsMm = num(row.at("triskin"));
        in.subscapularMm = num(row.at("subskin"));

        const AnthroResult r = computeAnthro(in);
        mismatches += expectEqual(row, "clenhei", print15(r.clenhei));
        mismatches += expectEqual(row, "cmeasure", printMeasure(r.cmeasure));
        mismatches += expectEqual(row, "c9mo_flag", r.c9moFlag ? "1" : "0");
        mismatches += expectEqual(row, "cbmi", print15(r.cbmi));
        mismatches += expectEqual(row, "csex", in.sex ? std::to_string(static_cast<int>(*in.sex)) : "");
        const std::pair<const char*, const ZScore*> scores[] = {
            {"len", &r.zlen}, {"wei", &r.zwei}, {"wfl", &r.zwfl}, {"bmi", &r.zbmi}, {"hc", &r.zhc}, {"ac", &r.zac}, {"ts", &r.zts}, {"ss", &r.zss}};
        for (const auto& [name, z] : scores) {
            mismatches += expectEqual(row, std::string("z") + name, printZ(*z));
            mismatches += expectEqual(row, std::string("f") + name, printFlag(*z));
            compared += 2;
        }
    }
    BOOST_TEST(compared == 346 * 16);
    BOOST_TEST(mismatches == 0);
}

BOOST_AUTO_TEST_CASE(anthroplus_golden_cases)
{
    const auto rows = readGolden("who-anthroplus-golden-cases.csv");
    BOOST_TEST(rows.size() == 162u);
    int mismatches = 0;
    for (const Row& row : rows) {
        AnthroPlusInput in;
        in.sex = sexOf(row.at("sex"));
        in.ageMonths = num(row.at("age_in_months"));
        in.heightCm = num(row.at("height_in_cm"));
        in.weightKg = num(row.at("weight_in_kg"));
        in.oedema = row.at("oedema") == "y";
        const AnthroPlusResult r = computeAnthroPlus(in);
        mismatches += expectEqual(row, "cbmi", print15(r.cbmi));
        for (const auto& [name, z] : {std::pair{"hfa", &r.zhfa}, {"wfa", &r.zwfa}, {"bfa", &r.zbfa}}) {
            mismatches += expectEqual(row, std::string("z") + name, printZ(*z));
            mismatches += expectEqual(row, std::string("f") + name, printFlag(*z));
        }
    }
    BOOST_TEST(mismatches == 0);
}
