// End to end: runs the built tumbuh-cli on files, as a survey team would, and
// compares its output byte for byte.
#include "runcli.h"
#include "tempdir.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using tumbuh::csv::CsvReader;
using tumbuh::csv::CsvWriter;
using tumbuh::test::CliRun;
using tumbuh::test::readFile;
using tumbuh::test::runCli;
using tumbuh::test::TempDir;

namespace {

constexpr std::array<std::string_view, 21> kAnthroOutputs{
    "clenhei", "cmeasure", "c9mo_flag", "cbmi", "csex", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl",
    "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss"};
constexpr std::array<std::string_view, 7> kAnthroPlusOutputs{"cbmi", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"};

// Where two texts first differ, as "line N: ours | expected", for a readable failure.
std::string firstDifference(const std::string& got, const std::string& expected)
{
    std::istringstream a(got);
    std::istringstream b(expected);
    std::string la;
    std::string lb;
    for (int line = 1;; ++line) {
        const bool ha = static_cast<bool>(std::getline(a, la));
        const bool hb = static_cast<bool>(std::getline(b, lb));
        if (!ha && !hb)
            return "identical lines; sizes " + std::to_string(got.size()) + " vs " + std::to_string(expected.size());
        if (!ha || !hb || la != lb)
            return "line " + std::to_string(line) + ":\n  got:      " + (ha ? la : "<end>") + "\n  expected: "
                 + (hb ? lb : "<end>");
    }
}

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    std::size_t column(std::string_view name) const
    {
        const auto it = std::find(header.begin(), header.end(), name);
        BOOST_TEST_REQUIRE((it != header.end()), name);
        return static_cast<std::size_t>(it - header.begin());
    }
};

Table readGolden(const std::string& name)
{
    CsvReader r(std::filesystem::path(TUMBUH_TEST_DATA_DIR) / name);
    Table t;
    BOOST_TEST_REQUIRE(r.next());
    t.header.assign(r.fields().begin(), r.fields().end());
    while (r.next())
        t.rows.emplace_back(r.fields().begin(), r.fields().end());
    BOOST_TEST_REQUIRE(static_cast<int>(r.error()) == 0);
    return t;
}

// The input file (the golden file's input columns) and the file WHO's
// software would have given for it (the same columns, then WHO's outputs).
struct Derived {
    std::string input;
    std::string expected;
    std::size_t rows = 0;
};

template <std::size_t N>
Derived derive(const Table& golden, const std::array<std::string_view, N>& outputs, std::string_view firstOutput,
               const std::function<bool(const std::vector<std::string>&)>& keep, int repeat = 1)
{
    const std::size_t inputColumns = golden.column(firstOutput);
    std::vector<std::size_t> outputIndex;
    for (std::string_view o : outputs)
        outputIndex.push_back(golden.column(o));
    Derived d;
    CsvWriter in(d.input, {});
    CsvWriter ex(d.expected, {});
    for (std::size_t c = 0; c < inputColumns; ++c) {
        in.field(golden.header[c]);
        ex.field(golden.header[c]);
    }
    for (std::string_view o : outputs)
        ex.field(o);
    in.endRecord();
    ex.endRecord();
    for (int k = 0; k < repeat; ++k) {
        for (const auto& row : golden.rows) {
            if (!keep(row))
                continue;
            ++d.rows;
            for (std::size_t c = 0; c < inputColumns; ++c) {
                in.field(row[c]);
                ex.field(row[c]);
            }
            for (std::size_t i : outputIndex)
                ex.field(row[i]);
            in.endRecord();
            ex.endRecord();
        }
    }
    in.close();
    ex.close();
    return d;
}

std::vector<std::string> readLines(const std::filesystem::path& p)
{
    std::ifstream in(p);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);)
        lines.push_back(l);
    return lines;
}

void checkFixture(const std::filesystem::path& fixture)
{
    TempDir dir;
    const auto output = dir / "output.csv";
    std::vector<std::string> args;
    for (std::string a : readLines(fixture / "args")) {
        auto replace = [&a](std::string_view key, const std::string& value) {
            for (std::size_t pos; (pos = a.find(key)) != std::string::npos;)
                a.replace(pos, key.size(), value);
        };
        replace("{input}", (fixture / "input.csv").string());
        replace("{output}", output.string());
        replace("{tmp}", dir.path().string());
        args.push_back(a);
    }
    const CliRun run = runCli(args, dir);
    const int expectedExit = std::stoi(readFile(fixture / "exit"));
    BOOST_TEST(run.exitCode == expectedExit, "stderr: " << run.err);
    if (std::filesystem::exists(fixture / "stderr")) {
        for (const std::string& line : readLines(fixture / "stderr")) {
            if (!line.empty())
                BOOST_TEST((run.err.find(line) != std::string::npos), "missing in stderr: " << line << "\nstderr: " << run.err);
        }
    } else {
        BOOST_TEST(run.err.empty(), run.err);
    }
    if (std::filesystem::exists(fixture / "expected.csv")) {
        const std::string got = readFile(output);
        const std::string expected = readFile(fixture / "expected.csv");
        BOOST_TEST((got == expected), firstDifference(got, expected));
    }
    // An error found before reading any row must not leave a file behind.
    if (expectedExit == 2 && !std::filesystem::exists(fixture / "expected.csv"))
        BOOST_TEST(!std::filesystem::exists(output));
}

} // namespace

BOOST_AUTO_TEST_SUITE(zscore_cli)

BOOST_AUTO_TEST_CASE(fixture_folders)
{
    std::vector<std::filesystem::path> cases;
    for (const auto& entry : std::filesystem::directory_iterator(TUMBUH_CLI_FIXTURES_DIR)) {
        if (entry.is_directory())
            cases.push_back(entry.path());
    }
    std::sort(cases.begin(), cases.end());
    BOOST_TEST(cases.size() >= 10U);
    for (const auto& fixture : cases) {
        BOOST_TEST_CONTEXT("fixture " << fixture.filename().string()) { checkFixture(fixture); }
    }
}

// Every row of WHO's anthro golden file, age in days and in months (the file
// says which per row; the tool takes one unit per run): the output must be
// WHO's printed output, column for column.
BOOST_AUTO_TEST_CASE(anthro_golden_file_gives_whos_output)
{
    const Table golden = readGolden("who-anthro-golden-cases.csv");
    const std::size_t unit = golden.column("age_unit");
    std::size_t total = 0;
    for (std::string ageUnit : {"days", "months"}) {
        BOOST_TEST_CONTEXT("--age-unit " << ageUnit)
        {
            const Derived d = derive(golden, kAnthroOutputs, "clenhei",
                                     [&](const std::vector<std::string>& row) { return row[unit] == ageUnit; });
            TempDir dir;
            const auto input = dir.write("input.csv", d.input);
            const CliRun run = runCli({"zscore", input.string(), "-o", (dir / "out.csv").string(), "--age-unit", ageUnit}, dir);
            BOOST_TEST(run.exitCode == 0, run.err);
            BOOST_TEST(run.err.empty(), run.err);
            const std::string got = readFile(dir / "out.csv");
            BOOST_TEST((got == d.expected), firstDifference(got, d.expected));
            total += d.rows;
        }
    }
    BOOST_TEST(total == golden.rows.size());
    BOOST_TEST(total == 346U);
}

BOOST_AUTO_TEST_CASE(anthroplus_golden_file_gives_whos_output)
{
    const Table golden = readGolden("who-anthroplus-golden-cases.csv");
    const Derived d = derive(golden, kAnthroPlusOutputs, "cbmi", [](const auto&) { return true; });
    BOOST_TEST(d.rows == 162U);
    TempDir dir;
    const auto input = dir.write("input.csv", d.input);
    const CliRun run = runCli({"zscore", input.string(), "--reference", "who2007", "-o", (dir / "out.csv").string()}, dir);
    BOOST_TEST(run.exitCode == 0, run.err);
    BOOST_TEST(run.err.empty(), run.err);
    const std::string got = readFile(dir / "out.csv");
    BOOST_TEST((got == d.expected), firstDifference(got, d.expected));
}

// Many chunks, on one thread and on two: the same bytes, in file order, and
// the same messages in line order, whatever the threads' timing.
BOOST_AUTO_TEST_CASE(large_file_same_output_on_one_and_two_threads)
{
    Table golden = readGolden("who-anthro-golden-cases.csv");
    const std::size_t unit = golden.column("age_unit");
    const std::size_t weight = golden.column("weight");
    const Derived clean = derive(
        golden, kAnthroOutputs, "clenhei",
        [&](const std::vector<std::string>& row) { return row[unit] == "days"; }, 60);
    BOOST_TEST_REQUIRE(clean.rows > 10000U);

    // Spoil the weight of every 97th row to see messages across chunks.
    std::string input;
    std::string expected;
    {
        CsvReader in = CsvReader::fromText(clean.input);
        CsvReader ex = CsvReader::fromText(clean.expected);
        CsvWriter wi(input, {});
        CsvWriter we(expected, {});
        std::size_t row = 0;
        while (in.next() && ex.next()) {
            const bool spoil = row > 0 && row % 97 == 0;
            std::vector<std::string> fi(in.fields().begin(), in.fields().end());
            std::vector<std::string> fe(ex.fields().begin(), ex.fields().end());
            if (spoil) {
                fi[weight] = fe[weight] = "abc";
                std::fill(fe.begin() + static_cast<std::ptrdiff_t>(fi.size()), fe.end(), "");
            }
            for (const auto& f : fi)
                wi.field(f);
            for (const auto& f : fe)
                we.field(f);
            wi.endRecord();
            we.endRecord();
            ++row;
        }
    }
    const std::size_t spoiled = clean.rows / 97;

    TempDir dir;
    const auto file = dir.write("input.csv", input);
    const CliRun one = runCli({"zscore", file.string(), "-o", (dir / "one.csv").string(), "--threads", "1"}, dir);
    const CliRun two = runCli({"zscore", file.string(), "-o", (dir / "two.csv").string(), "--threads", "2"}, dir);
    BOOST_TEST(one.exitCode == 1);
    BOOST_TEST(two.exitCode == 1);
    const std::string outOne = readFile(dir / "one.csv");
    BOOST_TEST((outOne == expected), firstDifference(outOne, expected));
    BOOST_TEST((readFile(dir / "two.csv") == outOne));
    BOOST_TEST(two.err == one.err);
    // The first 100 messages are shown, in line order, then a count.
    BOOST_TEST(one.err.find("baris 98, kolom weight: 'abc' bukan angka") == 0U, one.err.substr(0, 200));
    BOOST_TEST(one.err.find(std::to_string(spoiled - 100) + " more messages not shown") != std::string::npos);
    BOOST_TEST(one.err.find(std::to_string(spoiled) + " of " + std::to_string(clean.rows) + " rows rejected")
               != std::string::npos);
}

// Unquoted lines are split by the computing threads themselves, in blocks
// (issue 14): over many blocks, with ';' and decimal commas, CR LF, lone CR,
// empty lines, rows with too few or too many fields, unreadable values and a
// quoted row now and then, the output, the messages (their lines and order)
// and the exit status are those of one thread reading record by record.
BOOST_AUTO_TEST_CASE(plain_lines_split_on_threads_give_the_one_thread_output)
{
    std::string input = "id;sex;age;weight;lenhei;measure;headc;oedema\r\n";
    std::size_t line = 1;
    std::size_t firstBadWeight = 0;
    for (int i = 0; i < 40000; ++i) {
        std::string row = "A" + std::to_string(i) + ";" + (i % 2 == 0 ? "1" : "2") + ";" + std::to_string(i * 37 % 1900)
                        + ";" + std::to_string(3 + i % 17) + "," + std::to_string(i % 10) + ";"
                        + std::to_string(50 + i % 60) + "." + std::to_string(i % 7) + ";" + (i % 3 == 0 ? "l" : "h")
                        + ";" + std::to_string(35 + i % 15) + ";" + (i % 50 == 0 ? "y" : "n");
        if (i % 1009 == 0)
            row = "A" + std::to_string(i) + ";x;100;9;70;l;40;n"; // not a sex code
        if (i % 1013 == 7) {
            row = "A" + std::to_string(i) + ";1;100;abc;70;l;40;n"; // not a number
            if (firstBadWeight == 0)
                firstBadWeight = line + 1;
        }
        if (i % 2003 == 5)
            row = "A" + std::to_string(i) + ";1;100"; // too few fields
        if (i % 3001 == 11)
            row += ";extra"; // too many
        if (i % 4007 == 13)
            row = "\"A;" + std::to_string(i) + "\";2;400;11;80;h;44;n"; // quoted: read record by record
        input += row;
        input += i % 5 == 0 ? "\r" : (i % 5 == 1 ? "\n" : "\r\n");
        ++line;
        if (i % 777 == 0) {
            input += "\r\n"; // an empty line, counted but not a row
            ++line;
        }
    }
    BOOST_TEST_REQUIRE(input.size() > std::size_t{1} << 20U); // several blocks

    TempDir dir;
    const auto file = dir.write("plain.csv", input);
    const CliRun one = runCli({"zscore", file.string(), "-o", (dir / "one.csv").string(), "--threads", "1"}, dir);
    BOOST_TEST(one.exitCode == 1);
    BOOST_TEST(one.err.find("baris " + std::to_string(firstBadWeight) + ", kolom weight: 'abc' bukan angka")
                   != std::string::npos,
               one.err.substr(0, 300));
    const std::string outOne = readFile(dir / "one.csv");
    BOOST_TEST(outOne.size() > input.size());
    for (const char* threads : {"2", "3"}) {
        const CliRun many = runCli({"zscore", file.string(), "-o", (dir / "many.csv").string(), "--threads", threads},
                                   dir);
        BOOST_TEST(many.exitCode == one.exitCode);
        BOOST_TEST((many.err == one.err), threads);
        const std::string outMany = readFile(dir / "many.csv");
        BOOST_TEST((outMany == outOne), firstDifference(outMany, outOne));
    }
}

// Short rows make a block's output far larger than its input: 256 KB of
// "1,9.2,80.1" lines give several MB of results, more than a thread's
// formatting buffer (1 MiB) holds, so most of each block's rows go through
// the chunk's text and the rest straight from the buffer (issue 14). In file
// order, as one thread writes them.
BOOST_AUTO_TEST_CASE(blocks_whose_output_outgrows_the_buffer_keep_the_order)
{
    std::string input = "sex,weight,lenhei\n";
    for (int i = 0; i < 150000; ++i)
        input += std::to_string(1 + i % 2) + "," + std::to_string(3 + i % 15) + "." + std::to_string(i % 10) + ","
               + std::to_string(50 + i % 60) + "." + std::to_string(i % 7) + "\n";
    BOOST_TEST_REQUIRE(input.size() > std::size_t{768} << 10U); // several blocks
    TempDir dir;
    const auto file = dir.write("short.csv", input);
    const CliRun one = runCli({"zscore", file.string(), "-o", (dir / "one.csv").string(), "--threads", "1"}, dir);
    BOOST_TEST(one.exitCode == 0, one.err.substr(0, 300));
    const std::string outOne = readFile(dir / "one.csv");
    BOOST_TEST(outOne.size() > 5 * input.size()); // a block's 256 KB give more than 1 MiB
    for (const char* threads : {"2", "4"}) {
        const CliRun many = runCli({"zscore", file.string(), "-o", (dir / "many.csv").string(), "--threads", threads},
                                   dir);
        BOOST_TEST(many.exitCode == 0, threads);
        const std::string outMany = readFile(dir / "many.csv");
        BOOST_TEST((outMany == outOne), firstDifference(outMany, outOne));
    }
}

BOOST_AUTO_TEST_CASE(output_to_standard_output)
{
    TempDir dir;
    const auto file = dir.write("in.csv", "sex,age,weight\n1,370,9.2\n");
    const CliRun run = runCli({"zscore", file.string(), "-o", "-"}, dir);
    BOOST_TEST(run.exitCode == 0);
    BOOST_TEST(run.out
               == "sex,age,weight,clenhei,cmeasure,c9mo_flag,cbmi,csex,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi,zhc,"
                  "fhc,zac,fac,zts,fts,zss,fss\n1,370,9.2,,,0,,1,,,-0.47,0,,,,,,,,,,,,\n");
}

BOOST_AUTO_TEST_CASE(refuses_to_overwrite_the_input)
{
    TempDir dir;
    const std::string content = "sex,age,weight\n1,370,9.2\n";
    const auto file = dir.write("in.csv", content);
    const CliRun run = runCli({"zscore", file.string(), "-o", file.string()}, dir);
    BOOST_TEST(run.exitCode == 2);
    BOOST_TEST(run.err.find("the output file is the input file") != std::string::npos);
    BOOST_TEST(readFile(file) == content);
}

BOOST_AUTO_TEST_CASE(arguments_help_and_version)
{
    TempDir dir;
    const CliRun help = runCli({"--help"}, dir);
    BOOST_TEST(help.exitCode == 0);
    BOOST_TEST(help.out.find("zscore") != std::string::npos);
    BOOST_TEST(help.out.find("selftest") != std::string::npos);
    const CliRun version = runCli({"--version"}, dir);
    BOOST_TEST(version.exitCode == 0);
    BOOST_TEST(version.out.find("tumbuh-cli ") == 0U);
    BOOST_TEST(runCli({}, dir).exitCode == 2);
    const CliRun unknown = runCli({"frobnicate"}, dir);
    BOOST_TEST(unknown.exitCode == 2);
    BOOST_TEST(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
    BOOST_TEST(runCli({"zscore", "--help"}, dir).exitCode == 0);
    BOOST_TEST(runCli({"zscore", "only-input.csv"}, dir).exitCode == 2);
    BOOST_TEST(runCli({"zscore", "a.csv", "-o", "b.csv", "--bogus"}, dir).exitCode == 2);
}

BOOST_AUTO_TEST_CASE(selftest_passes_and_says_so)
{
    TempDir dir;
    const CliRun run = runCli({"selftest"}, dir);
    BOOST_TEST(run.exitCode == 0, run.out);
    BOOST_TEST(run.out.find("346/346 kasus cocok") != std::string::npos, run.out);
    BOOST_TEST(run.out.find("162/162 kasus cocok") != std::string::npos, run.out);
    BOOST_TEST(run.out.find("LULUS") != std::string::npos, run.out);
}

BOOST_AUTO_TEST_SUITE_END()
