// The CSV writer: quotes only when it must, so output compares byte for byte.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "tempdir.h"

#include <boost/test/unit_test.hpp>

#include <cstring>
#include <string>
#include <vector>

using tumbuh::csv::CsvReader;
using tumbuh::csv::CsvWriter;

BOOST_AUTO_TEST_SUITE(csv_writer)

BOOST_AUTO_TEST_CASE(quotes_only_when_needed)
{
    std::string out;
    {
        CsvWriter w(out, {});
        w.field("plain");
        w.field("with,comma");
        w.field("with \"quote\"");
        w.field("two\nlines");
        w.field("");
        w.field("8,5");
        w.endRecord();
    }
    BOOST_TEST(out == "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",,\"8,5\"\n");
}

BOOST_AUTO_TEST_CASE(semicolon_separator_leaves_decimal_commas_unquoted_and_crlf)
{
    std::string out;
    {
        CsvWriter::Options o;
        o.separator = ';';
        o.crlf = true;
        CsvWriter w(out, o);
        const std::vector<std::string_view> row{"8,5", "a;b", "x"};
        w.record(row);
    }
    BOOST_TEST(out == "8,5;\"a;b\";x\r\n");
}

BOOST_AUTO_TEST_CASE(direct_formatting_and_raw_records)
{
    std::string out;
    {
        CsvWriter w(out, {});
        w.plainField("a");
        char* p = w.beginField(8);
        std::memcpy(p, "1.25", 4);
        w.commitField(p + 4);
        w.emptyField();
        w.endRecord();
        w.rawRecords("x,y\n");
        w.field("z");
        w.endRecord();
    }
    BOOST_TEST(out == "a,1.25,\nx,y\nz\n");
}

// The batch tool hands a thread's formatted rows on from the buffer itself
// (issue 14): buffered() is what was formatted since the buffer last drained
// into the sink, and dropBuffered() forgets it without writing it.
BOOST_AUTO_TEST_CASE(buffered_rows_handed_on_without_the_sink)
{
    std::string sink;
    CsvWriter::Options o;
    o.bufferBytes = 16;
    CsvWriter w(sink, o);
    w.field("a");
    w.field("b");
    w.endRecord();
    BOOST_TEST(w.buffered() == "a,b\n");
    BOOST_TEST(sink.empty());
    w.field("0123456789");
    w.field("x");
    w.endRecord(); // more than the 16 bytes: the buffer drains into the sink
    BOOST_TEST(sink + std::string(w.buffered()) == "a,b\n0123456789,x\n");
    const std::string drained = sink;
    w.dropBuffered(); // handed on elsewhere: never reaches the sink
    BOOST_TEST(w.buffered().empty());
    w.field("c");
    w.endRecord();
    BOOST_TEST(w.close());
    BOOST_TEST(sink == drained + "c\n");
}

BOOST_AUTO_TEST_CASE(round_trips_through_the_reader_with_a_small_buffer)
{
    tumbuh::test::TempDir dir;
    const auto file = dir / "round.csv";
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 2000; ++i)
        rows.push_back({std::to_string(i), "nama \"" + std::to_string(i) + "\", ok", std::string(i % 300, 'x'), "a\nb"});
    {
        CsvWriter::Options o;
        o.bufferBytes = 256; // fields longer than the buffer too
        CsvWriter w(file, o);
        BOOST_TEST_REQUIRE(w.isOpen());
        for (const auto& r : rows) {
            for (const auto& f : r)
                w.field(f);
            w.endRecord();
        }
        BOOST_TEST(w.close());
    }
    CsvReader r(file);
    std::size_t n = 0;
    while (r.next()) {
        BOOST_TEST_REQUIRE((std::vector<std::string>(r.fields().begin(), r.fields().end()) == rows[n]));
        ++n;
    }
    BOOST_TEST(n == rows.size());
}

BOOST_AUTO_TEST_CASE(unwritable_file_is_reported)
{
    CsvWriter w(std::filesystem::path("/nonexistent/tumbuh/out.csv"));
    BOOST_TEST(!w.isOpen());
    BOOST_TEST(w.failed());
    BOOST_TEST(w.errorMessage().find("cannot be written") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
