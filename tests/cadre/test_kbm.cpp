// KBM table: the §2.2 default, the shipped data file and the text parser.
#include "growth/kbm.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

using namespace tumbuh::growth;

namespace {

// Joins lines with '\n' so that the i-th string is line i+1 of the text.
std::string text(std::initializer_list<const char*> lines)
{
    std::string out;
    for (const char* l : lines) {
        out += l;
        out += '\n';
    }
    return out;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void expectError(const std::string& input, int line, const std::string& fragment)
{
    const KbmParseResult r = parseKbmTable(input);
    BOOST_TEST_CONTEXT("input:\n"
                       << input)
    {
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorLine == line);
        if (line > 0)
            BOOST_TEST(r.error.starts_with("line " + std::to_string(line) + ": "), r.error);
        BOOST_TEST(r.error.find(fragment) != std::string::npos, r.error);
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(kbm)

BOOST_AUTO_TEST_CASE(default_table_is_section_2_2)
{
    const KbmTable& t = defaultKbmTable();
    BOOST_TEST(t.edition() == "Buku KIA 2023");
    BOOST_TEST(!t.minimumGain(0).has_value()); // no previous month for a newborn
    BOOST_TEST(!t.minimumGain(-1).has_value());
    const int expected[] = {0, 800, 900, 800, 600, 500, 400, 300, 300, 300, 300};
    for (int month = 1; month <= 10; ++month) {
        BOOST_TEST_REQUIRE(t.minimumGain(month).has_value());
        BOOST_TEST(t.minimumGain(month)->value == expected[month], "month " << month);
    }
    for (int month = 11; month <= 60; ++month) {
        BOOST_TEST_REQUIRE(t.minimumGain(month).has_value());
        BOOST_TEST(t.minimumGain(month)->value == 200, "month " << month);
    }
    BOOST_TEST(!t.minimumGain(61).has_value());
}

BOOST_AUTO_TEST_CASE(shipped_file_equals_the_compiled_default)
{
    const std::string path = std::string(TUMBUH_SOURCE_DIR) + "/resources/kbm/buku-kia-2023.csv";
    const KbmParseResult r = parseKbmTable(readFile(path));
    BOOST_TEST_REQUIRE(r.ok(), r.error);
    BOOST_TEST((*r.table == defaultKbmTable()));
    BOOST_TEST(r.table->edition() == defaultKbmTable().edition());
    BOOST_TEST(r.table->ranges().size() == defaultKbmTable().ranges().size());
    for (int month = -1; month <= 80; ++month)
        BOOST_TEST((r.table->minimumGain(month) == defaultKbmTable().minimumGain(month)), "month " << month);
}

BOOST_AUTO_TEST_CASE(format_round_trips)
{
    const KbmParseResult d = parseKbmTable(formatKbmTable(defaultKbmTable()));
    BOOST_TEST_REQUIRE(d.ok(), d.error);
    BOOST_TEST((*d.table == defaultKbmTable()));

    const auto custom = KbmTable::fromRanges("Tulip sheet", {{11, 60, Grams{200}}, {0, 2, Grams{0}}, {3, 3, Grams{600}}});
    BOOST_TEST_REQUIRE(custom.has_value());
    const KbmParseResult c = parseKbmTable(formatKbmTable(*custom));
    BOOST_TEST_REQUIRE(c.ok(), c.error);
    BOOST_TEST((*c.table == *custom));
}

BOOST_AUTO_TEST_CASE(lenient_about_layout)
{
    // BOM, CRLF, comments after values, spaces, ranges out of order.
    const std::string input = "\xEF\xBB\xBF# a comment\r\n"
                              "\r\n"
                              "  edition :  Older KMS   # trailing comment\r\n"
                              " 7 , 10 , 300 \r\n"
                              "1,6,400\t# first half year\r\n"
                              "11,60,200";
    const KbmParseResult r = parseKbmTable(input);
    BOOST_TEST_REQUIRE(r.ok(), r.error);
    BOOST_TEST(r.table->edition() == "Older KMS");
    BOOST_TEST_REQUIRE(r.table->ranges().size() == 3u);
    BOOST_TEST(r.table->ranges()[0].fromMonth == 1); // sorted
    BOOST_TEST(r.table->minimumGain(6)->value == 400);
    BOOST_TEST(r.table->minimumGain(7)->value == 300);
    BOOST_TEST(r.table->minimumGain(60)->value == 200);
    BOOST_TEST(!r.table->minimumGain(0).has_value());
}

BOOST_AUTO_TEST_CASE(gaps_have_no_kbm)
{
    const KbmParseResult r = parseKbmTable(text({"edition: gappy", "1,2,800", "5,5,500"}));
    BOOST_TEST_REQUIRE(r.ok(), r.error);
    BOOST_TEST(!r.table->minimumGain(3).has_value());
    BOOST_TEST(!r.table->minimumGain(4).has_value());
    BOOST_TEST(r.table->minimumGain(5)->value == 500);
}

BOOST_AUTO_TEST_CASE(errors_name_the_line)
{
    expectError(text({"# header", "edition: x", "1,1,800", "", "7,x,300"}), 5, "not three whole numbers");
    expectError(text({"edition: x", "1,1,800", "2,2"}), 3, "found 2 field(s)");
    expectError(text({"edition: x", "1,1,800,5"}), 2, "found 4 field(s)");
    expectError(text({"edition: x", "1,,800"}), 2, "not three whole numbers");
    expectError(text({"edition: x", "1.5,2,800"}), 2, "not three whole numbers");
    expectError(text({"edition: x", "1,2,800 g"}), 2, "not three whole numbers");
    expectError(text({"edition: x", "1,2,99999999999"}), 2, "not three whole numbers");
}

BOOST_AUTO_TEST_CASE(overlapping_ranges_are_rejected)
{
    expectError(text({"edition: x", "# months", "1,5,800", "5,8,300"}), 4, "of line 3");
    expectError(text({"edition: x", "7,10,300", "1,6,400", "2,2,900"}), 4, "overlap months 1-6 of line 3");
    expectError(text({"edition: x", "1,60,200", "30,30,100"}), 3, "overlap");
    expectError(text({"edition: x", "4,4,600", "4,4,600"}), 3, "overlap");
    BOOST_TEST(!KbmTable::fromRanges("x", {{1, 5, Grams{800}}, {5, 8, Grams{300}}}).has_value());
    BOOST_TEST(!KbmTable::fromRanges("x", {{5, 8, Grams{300}}, {1, 10, Grams{800}}}).has_value());
    BOOST_TEST(KbmTable::fromRanges("x", {{5, 8, Grams{300}}, {1, 4, Grams{800}}}).has_value());
}

BOOST_AUTO_TEST_CASE(impossible_values_are_rejected)
{
    expectError(text({"edition: x", "1,1,800", "2,2,-100"}), 3, "negative");
    expectError(text({"edition: x", "-1,1,800"}), 2, "negative");
    expectError(text({"edition: x", "5,3,800"}), 2, "after to_month");
    expectError(text({"edition: x", "1,100,200"}), 2, "at most 72");
    expectError(text({"edition: x", "1,1,8000"}), 2, "more than 5000");
    BOOST_TEST(!KbmTable::fromRanges("x", {{1, 1, Grams{-1}}}).has_value());
    BOOST_TEST(!KbmTable::fromRanges("", {{1, 1, Grams{800}}}).has_value());
    BOOST_TEST(!KbmTable::fromRanges("two\nlines", {{1, 1, Grams{800}}}).has_value());
    BOOST_TEST(!KbmTable::fromRanges(" padded", {{1, 1, Grams{800}}}).has_value());
    BOOST_TEST(KbmTable::fromRanges("zero is allowed", {{1, 1, Grams{0}}}).has_value());
}

BOOST_AUTO_TEST_CASE(header_errors)
{
    expectError(text({"1,1,800", "edition: x"}), 1, "before the 'edition:' line");
    expectError(text({"edition: x", "1,1,800", "edition: y"}), 3, "second 'edition:'");
    expectError(text({"edition: x", "edition: y"}), 2, "second 'edition:'");
    expectError(text({"edition:   ", "1,1,800"}), 1, "edition name");
    expectError(text({"versi: 2023", "1,1,800"}), 1, "unknown header");
    expectError(text({"edition: x", "1:800"}), 2, "unknown header");
    expectError(text({"# only comments", "", "1,1,800 # no edition"}), 3, "before the 'edition:' line");
    expectError(text({"# nothing"}), 0, "no 'edition:' line");
    expectError("", 0, "no 'edition:' line");
    expectError(text({"edition: x", "# no ranges"}), 0, "no KBM ranges");
}

BOOST_AUTO_TEST_SUITE_END()
