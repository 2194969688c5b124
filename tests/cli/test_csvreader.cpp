// The streaming CSV reader: what spreadsheets in Indonesia actually save.
#include "csv/csvreader.h"
#include "csv/plainrecords.h"
#include "tempdir.h"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using tumbuh::csv::CsvReader;
using tumbuh::csv::ReadError;

namespace {

using Records = std::vector<std::vector<std::string>>;

Records readAll(CsvReader& r, std::vector<std::size_t>* lines = nullptr)
{
    Records out;
    while (r.next()) {
        out.emplace_back(r.fields().begin(), r.fields().end());
        if (lines)
            lines->push_back(r.line());
    }
    return out;
}

Records readText(std::string_view text, CsvReader::Options o = {})
{
    CsvReader r = CsvReader::fromText(text, o);
    Records rec = readAll(r);
    BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::None), r.errorMessage());
    return rec;
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(plain_fields_and_last_line_without_break)
{
    const Records r = readText("a,b,c\n1,2,3\n4,,6");
    BOOST_TEST_REQUIRE(r.size() == 3U);
    BOOST_TEST((r[1] == std::vector<std::string>{"1", "2", "3"}));
    BOOST_TEST((r[2] == std::vector<std::string>{"4", "", "6"}));
}

BOOST_AUTO_TEST_CASE(quoted_fields_with_escapes_separators_and_newlines)
{
    CsvReader r = CsvReader::fromText("nama,catatan\n\"Budi, \"\"kecil\"\"\",\"baris satu\nbaris dua\"\nx,\"\"\n");
    std::vector<std::size_t> lines;
    const Records rec = readAll(r, &lines);
    BOOST_TEST_REQUIRE(rec.size() == 3U);
    BOOST_TEST(rec[1][0] == "Budi, \"kecil\"");
    BOOST_TEST(rec[1][1] == "baris satu\nbaris dua");
    BOOST_TEST(rec[2][1] == "");
    // The record after a two-line record starts on line 4.
    BOOST_TEST((lines == std::vector<std::size_t>{1, 2, 4}));
}

BOOST_AUTO_TEST_CASE(text_after_a_closing_quote_is_kept_and_stray_quotes_are_literal)
{
    const Records r = readText("\"ab\"cd,e\"f\n");
    BOOST_TEST_REQUIRE(r.size() == 1U);
    BOOST_TEST(r[0][0] == "abcd");
    BOOST_TEST(r[0][1] == "e\"f");
}

BOOST_AUTO_TEST_CASE(bom_is_skipped)
{
    const Records r = readText("\xEF\xBB\xBFsex,age\n1,2\n");
    BOOST_TEST_REQUIRE(r.size() == 2U);
    BOOST_TEST(r[0][0] == "sex");
}

BOOST_AUTO_TEST_CASE(crlf_and_lone_cr_end_lines)
{
    CsvReader r = CsvReader::fromText("a,b\r\n1,\"x\r\ny\"\r\n2,3\r4,5");
    std::vector<std::size_t> lines;
    const Records rec = readAll(r, &lines);
    BOOST_TEST_REQUIRE(rec.size() == 4U);
    BOOST_TEST(rec[0][1] == "b");
    BOOST_TEST(rec[1][1] == "x\r\ny"); // inside quotes kept as written
    BOOST_TEST(rec[2][1] == "3");
    BOOST_TEST(rec[3][0] == "4");
    BOOST_TEST((lines == std::vector<std::size_t>{1, 2, 4, 5}));
}

BOOST_AUTO_TEST_CASE(empty_lines_are_skipped_but_counted)
{
    CsvReader r = CsvReader::fromText("a,b\n\n1,2\n\r\n,\n");
    std::vector<std::size_t> lines;
    const Records rec = readAll(r, &lines);
    BOOST_TEST_REQUIRE(rec.size() == 3U);
    BOOST_TEST((lines == std::vector<std::size_t>{1, 3, 5}));
    BOOST_TEST((rec[2] == std::vector<std::string>{"", ""})); // separators only: a record
}

BOOST_AUTO_TEST_CASE(separator_is_detected_from_the_header)
{
    {
        CsvReader r = CsvReader::fromText("sex;age;weight\n1;370;9,2\n");
        const Records rec = readAll(r);
        BOOST_TEST(r.separator() == ';');
        BOOST_TEST((rec[1] == std::vector<std::string>{"1", "370", "9,2"}));
    }
    {
        CsvReader r = CsvReader::fromText("\"a;b\",c\n");
        readAll(r);
        BOOST_TEST(r.separator() == ','); // a ';' inside quotes does not count
    }
    {
        CsvReader r = CsvReader::fromText("\n\na\tb\tc\n1\t2\t3\n");
        const Records rec = readAll(r);
        BOOST_TEST(r.separator() == '\t'); // leading empty lines skipped
        BOOST_TEST(rec.size() == 2U);
    }
    {
        CsvReader r = CsvReader::fromText("weight\n8,5\n");
        readAll(r);
        BOOST_TEST(r.separator() == ','); // nothing to detect: the default
    }
}

BOOST_AUTO_TEST_CASE(separator_can_be_given)
{
    CsvReader::Options o;
    o.separator = ';';
    const Records r = readText("a,b;c\n", o);
    BOOST_TEST((r[0] == std::vector<std::string>{"a,b", "c"}));
}

BOOST_AUTO_TEST_CASE(unterminated_quote_is_an_error_with_the_line_it_opened_on)
{
    CsvReader r = CsvReader::fromText("a,b\n1,2\n3,\"never closed\n4,5\n");
    BOOST_TEST(r.next());
    BOOST_TEST(r.next());
    BOOST_TEST(!r.next());
    BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::UnterminatedQuote));
    BOOST_TEST(r.errorLine() == 3U);
    BOOST_TEST(r.errorMessage().find("baris 3") != std::string::npos);
    BOOST_TEST(r.errorMessage().find("line 3: unterminated quote") != std::string::npos);
    BOOST_TEST(!r.next()); // stays failed
}

BOOST_AUTO_TEST_CASE(a_record_longer_than_the_limit_is_an_error_not_unbounded_memory)
{
    CsvReader::Options o;
    o.bufferBytes = 64;
    o.maxRecordBytes = 1000;
    std::string text = "a\n\"" + std::string(5000, 'x') + "\"\n";
    CsvReader r = CsvReader::fromText(text, o);
    BOOST_TEST(r.next());
    BOOST_TEST(!r.next());
    BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::RecordTooLong));
}

BOOST_AUTO_TEST_CASE(empty_input_and_bom_only_input_have_no_record)
{
    for (std::string_view text : {std::string_view(""), std::string_view("\xEF\xBB\xBF"), std::string_view("\n\n")}) {
        CsvReader r = CsvReader::fromText(text);
        BOOST_TEST(!r.next());
        BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::None));
    }
}

BOOST_AUTO_TEST_CASE(missing_file_says_so)
{
    CsvReader r(std::filesystem::path("/nonexistent/tumbuh/input.csv"));
    BOOST_TEST(!r.isOpen());
    BOOST_TEST(!r.next());
    BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::CannotOpen));
    BOOST_TEST(r.errorMessage().find("does not exist") != std::string::npos);
    BOOST_TEST(r.errorMessage().find("tidak ada") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_folder_is_not_a_file)
{
    tumbuh::test::TempDir dir;
    CsvReader r(dir.path());
    BOOST_TEST(!r.next());
    BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::CannotOpen));
    BOOST_TEST(r.errorMessage().find("folder") != std::string::npos);
}

// Every record and line number must be the same whatever the buffer size,
// so that records, quotes, "" escapes and CR LF pairs split across refills
// are handled: the smallest buffer splits every one of them somewhere.
BOOST_AUTO_TEST_CASE(file_larger_than_the_buffer_reads_the_same_with_any_buffer)
{
    std::string text = "\xEF\xBB\xBFid;nama;catatan;berat\r\n";
    for (int i = 0; i < 3000; ++i) {
        text += std::to_string(i) + ";\"Anak \"\"" + std::to_string(i) + "\"\"; ok\";";
        text += (i % 7 == 0) ? "\"dua\r\nbaris\"" : "biasa";
        text += ";" + std::to_string(i % 30) + "," + std::to_string(i % 10) + "\r\n";
    }
    tumbuh::test::TempDir dir;
    const auto file = dir.write("large.csv", text);

    CsvReader::Options big;
    CsvReader reference(file, big);
    std::vector<std::size_t> refLines;
    const Records expected = readAll(reference, &refLines);
    BOOST_TEST_REQUIRE(expected.size() == 3001U);
    BOOST_TEST(expected[8][1] == "Anak \"7\"; ok");
    BOOST_TEST(expected[8][2] == "dua\r\nbaris");
    BOOST_TEST(refLines.back() == 3001U + 3000 / 7 + 1);

    for (std::size_t size : {64U, 65U, 100U, 257U, 4096U}) {
        CsvReader::Options o;
        o.bufferBytes = size;
        CsvReader r(file, o);
        std::vector<std::size_t> lines;
        const Records got = readAll(r, &lines);
        BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::None));
        BOOST_TEST((got == expected), "buffer " << size);
        BOOST_TEST((lines == refLines), "buffer " << size);
    }
}

BOOST_AUTO_TEST_CASE(a_record_longer_than_the_buffer_grows_it)
{
    CsvReader::Options o;
    o.bufferBytes = 64;
    const std::string longField(10000, 'y');
    const Records r = readText("a,b\n\"" + longField + "\",z\n", o);
    BOOST_TEST_REQUIRE(r.size() == 2U);
    BOOST_TEST(r[1][0] == longField);
    BOOST_TEST(r[1][1] == "z");
}

BOOST_AUTO_TEST_CASE(reader_can_be_moved)
{
    CsvReader a = CsvReader::fromText("x,y\n1,2\n");
    BOOST_TEST(a.next());
    CsvReader b = std::move(a);
    BOOST_TEST(b.next());
    BOOST_TEST(b[1] == "2");
    BOOST_TEST(b.line() == 2U);
}

// The batch tool copies an unquoted record's input columns in one piece:
// plainRecord is the record's text without its line break, or empty when a
// field was quoted (its text is then not the fields joined).
BOOST_AUTO_TEST_CASE(plain_record_is_the_unquoted_record_text)
{
    CsvReader r = CsvReader::fromText("a,b\r\n1, 2 ,x\"y\r\n,,\n3,\"4,5\"\nlast,1");
    BOOST_TEST_REQUIRE(r.next());
    BOOST_TEST(r.plainRecord() == "a,b");
    BOOST_TEST_REQUIRE(r.next());
    BOOST_TEST(r.plainRecord() == "1, 2 ,x\"y"); // a stray quote is literal text
    BOOST_TEST_REQUIRE(r.next());
    BOOST_TEST(r.plainRecord() == ",,");
    BOOST_TEST_REQUIRE(r.next());
    BOOST_TEST(r.plainRecord().empty());
    BOOST_TEST(r[1] == "4,5");
    BOOST_TEST_REQUIRE(r.next());
    BOOST_TEST(r.plainRecord() == "last,1");
    BOOST_TEST(!r.next());
    BOOST_TEST(r.plainRecord().empty());
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

struct Read {
    Records records;
    std::vector<std::size_t> lines;
    std::vector<std::string> plain;
    std::size_t plainBlocks = 0; // records that came through takePlainLines

    bool operator==(const Read& o) const
    {
        return records == o.records && lines == o.lines && plain == o.plain;
    }
};

// Every record through next() only.
Read readByRecord(CsvReader& r)
{
    Read out;
    while (r.next()) {
        out.records.emplace_back(r.fields().begin(), r.fields().end());
        out.lines.push_back(r.line());
        out.plain.emplace_back(r.plainRecord());
    }
    return out;
}

// After the header, blocks of plain lines split by forEachPlainRecord
// whenever the reader hands one out, and next() in between.
Read readByBlock(CsvReader& r, std::size_t maxBytes)
{
    Read out;
    if (!r.next())
        return out;
    out.records.emplace_back(r.fields().begin(), r.fields().end());
    out.lines.push_back(r.line());
    out.plain.emplace_back(r.plainRecord());
    std::vector<std::string_view> fields;
    for (;;) {
        std::string block;
        std::size_t firstLine = 0;
        if (r.takePlainLines(block, maxBytes, firstLine)) {
            out.plainBlocks += tumbuh::csv::forEachPlainRecord(
                block, r.separator(), firstLine, fields,
                [&](const std::vector<std::string_view>& f, std::string_view plain, std::size_t line) {
                    out.records.emplace_back(f.begin(), f.end());
                    out.lines.push_back(line);
                    out.plain.emplace_back(plain);
                });
            continue;
        }
        if (!r.next())
            break;
        out.records.emplace_back(r.fields().begin(), r.fields().end());
        out.lines.push_back(r.line());
        out.plain.emplace_back(r.plainRecord());
    }
    return out;
}

} // namespace

// The batch tool's threads split unquoted lines themselves (issue 14): the
// records, their lines and their plain text must be exactly next()'s, with
// LF, CR LF and lone CR line ends, empty lines, separators only, blank
// fields, a quoted record now and then (next() reads it), stray quotes, a
// long line, and a last line without a line break, whatever the block and
// buffer sizes.
BOOST_AUTO_TEST_SUITE(csv_plain_lines)

BOOST_AUTO_TEST_CASE(blocks_of_plain_lines_read_as_next_reads_them)
{
    std::string text = "\xEF\xBB\xBFid;sex;age;weight\r\n";
    for (int i = 0; i < 4000; ++i) {
        const char* ends[] = {"\n", "\r\n", "\r", "\r\n"};
        std::string line = std::to_string(i) + ";" + std::to_string(1 + i % 2) + ";" + std::to_string(i * 7 % 1900)
                         + ";" + (i % 13 == 0 ? "" : std::to_string(i % 30) + "," + std::to_string(i % 10));
        if (i % 97 == 0)
            line = ";;;";
        if (i % 101 == 0)
            line += ";extra";
        if (i % 211 == 0)
            line = std::to_string(i) + ";\"dua\nbaris\";1;2";
        if (i % 307 == 0)
            line = std::to_string(i) + ";x\"y;1;2"; // a stray quote is literal text
        if (i == 2500)
            line += ";" + std::string(5000, 'p');
        text += line;
        text += ends[i % 4];
        if (i % 89 == 0)
            text += i % 2 == 0 ? "\n" : "\r\n"; // an empty line
    }
    text += "last;1;2;3"; // no line break
    tumbuh::test::TempDir dir;
    const auto file = dir.write("plain.csv", text);

    CsvReader reference(file);
    const Read expected = readByRecord(reference);
    BOOST_TEST_REQUIRE(static_cast<int>(reference.error()) == static_cast<int>(ReadError::None));
    BOOST_TEST_REQUIRE(expected.records.size() == 4002U);

    for (std::size_t buffer : {64U, 1000U, 4096U, 1U << 20U}) {
        for (std::size_t block : {1U, 50U, 3000U, 1U << 18U}) {
            CsvReader::Options o;
            o.bufferBytes = buffer;
            CsvReader r(file, o);
            const Read got = readByBlock(r, block);
            BOOST_TEST(static_cast<int>(r.error()) == static_cast<int>(ReadError::None));
            BOOST_TEST((got == expected), "buffer " << buffer << ", block " << block);
            if (buffer >= 4096U && block >= 3000U)
                BOOST_TEST(got.plainBlocks > 3500U, "buffer " << buffer << ", block " << block);
        }
    }
}

BOOST_AUTO_TEST_CASE(text_that_ends_with_a_lone_cr_or_only_empty_lines)
{
    for (std::string_view text : {"a,b\r1,2\r", "a,b\n1,2\n\n\n", "a,b\n\r\n\r\n3,4", "a,b\n", "a,b"}) {
        CsvReader reference = CsvReader::fromText(text);
        const Read expected = readByRecord(reference);
        CsvReader r = CsvReader::fromText(text);
        const Read got = readByBlock(r, 1U << 18U);
        BOOST_TEST((got == expected), text);
    }
}

BOOST_AUTO_TEST_SUITE_END()
