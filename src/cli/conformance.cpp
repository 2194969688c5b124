#include "cli/conformance.h"

#include "cli/anthrocolumns.h"
#include "cli/anthropluscolumns.h"
#include "growth/anthroplus.h"
#include "growth/lms.h"
#include "growth/rounding.h"
#include "growth/whotables.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <array>
#include <cstdio>
#include <optional>

namespace tumbuh::cli {
namespace {

// Our printed output columns for one row, read back as text.
std::vector<std::string> printedFields(const std::string& row)
{
    std::vector<std::string> out;
    csv::CsvReader reader = csv::CsvReader::fromText(row, {',', 4096, std::size_t{1} << 20});
    if (reader.next()) {
        for (std::string_view f : reader.fields())
            out.emplace_back(f);
    }
    return out;
}

// Compares our printed outputs with WHO's columns of the same names; returns
// true if all are equal, recording mismatches.
template <std::size_t N>
bool compareRow(const std::array<std::string_view, N>& names, const std::vector<int>& whoIndex,
                std::span<const std::string_view> whoFields, const std::vector<std::string>& ours, std::size_t line,
                std::string_view note, ConformanceResult& result, std::size_t maxMismatches)
{
    bool rowOk = ours.size() == N;
    for (std::size_t c = 0; c < N; ++c) {
        const std::string_view who = ColumnMap::field(whoFields, whoIndex[c]);
        const std::string_view mine = c < ours.size() ? std::string_view(ours[c]) : std::string_view("?");
        ++result.values;
        if (who == mine)
            continue;
        rowOk = false;
        if (result.mismatches.size() < maxMismatches) {
            result.mismatches.push_back("baris " + std::to_string(line) + " (" + std::string(note) + "), kolom "
                                        + std::string(names[c]) + ": program '" + std::string(mine) + "', WHO '"
                                        + std::string(who) + "'");
        }
    }
    return rowOk;
}

// Where each output column is in WHO's file; an absent one makes the file
// unusable as an oracle.
template <std::size_t N>
std::optional<std::vector<int>> outputIndexes(const ColumnMap& map, const std::array<std::string_view, N>& names,
                                              std::string& error)
{
    std::vector<int> idx;
    for (std::string_view n : names) {
        idx.push_back(map.indexOf(n));
        if (idx.back() == ColumnMap::kAbsent) {
            error = "kolom " + std::string(n) + " tidak ada di data uji / column " + std::string(n)
                  + " missing from the test data";
            return std::nullopt;
        }
    }
    return idx;
}

} // namespace

ConformanceResult checkAnthroGolden(std::string_view csvText, std::size_t maxMismatches)
{
    ConformanceResult result;
    csv::CsvReader reader = csv::CsvReader::fromText(csvText);
    if (!reader.next()) {
        result.error = "data uji anthro kosong / anthro test data empty";
        return result;
    }
    const std::vector<std::string_view> header(reader.fields().begin(), reader.fields().end());
    const AnthroColumns inDays(header, false);
    const AnthroColumns inMonths(header, true);
    const int unitIndex = inDays.map().indexOf("age_unit");
    const int noteIndex = inDays.map().indexOf("note");
    const auto whoIndex = outputIndexes(inDays.map(), AnthroColumns::kOutputNames, result.error);
    if (!whoIndex)
        return result;

    RowReporter silent(nullptr, 0); // an unreadable golden input shows up as a mismatch
    std::string row;
    while (reader.next()) {
        ++result.cases;
        const auto fields = reader.fields();
        const bool months = ColumnMap::field(fields, unitIndex) == "months";
        const AnthroColumns& columns = months ? inMonths : inDays;
        growth::AnthroInput in;
        row.clear();
        {
            csv::CsvWriter w(row, {});
            if (columns.read(fields, reader.line(), silent, in))
                AnthroColumns::write(in, growth::computeAnthro(in), w);
            w.endRecord();
        }
        if (compareRow(AnthroColumns::kOutputNames, *whoIndex, fields, printedFields(row), reader.line(),
                       ColumnMap::field(fields, noteIndex), result, maxMismatches))
            ++result.passed;
    }
    if (reader.error() != csv::ReadError::None)
        result.error = reader.errorMessage();
    return result;
}

ConformanceResult checkAnthroPlusGolden(std::string_view csvText, std::size_t maxMismatches)
{
    ConformanceResult result;
    csv::CsvReader reader = csv::CsvReader::fromText(csvText);
    if (!reader.next()) {
        result.error = "data uji anthroplus kosong / anthroplus test data empty";
        return result;
    }
    const std::vector<std::string_view> header(reader.fields().begin(), reader.fields().end());
    const AnthroPlusColumns columns(header);
    const int noteIndex = columns.map().indexOf("note");
    const auto whoIndex = outputIndexes(columns.map(), AnthroPlusColumns::kOutputNames, result.error);
    if (!whoIndex)
        return result;

    RowReporter silent(nullptr, 0);
    std::string row;
    while (reader.next()) {
        ++result.cases;
        const auto fields = reader.fields();
        growth::AnthroPlusInput in;
        row.clear();
        {
            csv::CsvWriter w(row, {});
            if (columns.read(fields, reader.line(), silent, in))
                AnthroPlusColumns::write(in, growth::computeAnthroPlus(in), w);
            w.endRecord();
        }
        if (compareRow(AnthroPlusColumns::kOutputNames, *whoIndex, fields, printedFields(row), reader.line(),
                       ColumnMap::field(fields, noteIndex), result, maxMismatches))
            ++result.passed;
    }
    if (reader.error() != csv::ReadError::None)
        result.error = reader.errorMessage();
    return result;
}

ConformanceResult checkSdRoundTrips(std::size_t maxMismatches)
{
    using growth::Table;
    // The LMS variant the engine applies to each table (who-zscore-method.md §0, §5).
    struct Checked {
        Table table;
        bool restricted;
    };
    static constexpr std::array<Checked, growth::kTableCount> kTables{{
        {Table::WeightForAge, true},
        {Table::LengthForAge, false},
        {Table::BmiForAge, true},
        {Table::HeadCircumferenceForAge, false},
        {Table::ArmCircumferenceForAge, true},
        {Table::TricepsSkinfoldForAge, true},
        {Table::SubscapularSkinfoldForAge, true},
        {Table::WeightForLength, true},
        {Table::WeightForHeight, true},
        {Table::HeightForAge2007, false},
        {Table::WeightForAge2007, true},
        {Table::BmiForAge2007, true},
    }};

    ConformanceResult result;
    for (const Checked& t : kTables) {
        const growth::TableInfo& info = growth::tableInfo(t.table);
        for (growth::Sex sex : {growth::Sex::Male, growth::Sex::Female}) {
            for (int key = info.firstKey; key <= info.lastKey; ++key) {
                const growth::Lms* row = growth::tableRow(t.table, sex, key);
                if (row == nullptr)
                    continue;
                for (int sd = -3; sd <= 3; ++sd) {
                    ++result.cases;
                    ++result.values;
                    const double y = growth::valueAtZ(*row, sd, t.restricted);
                    const double z = t.restricted ? growth::zRestricted(*row, y) : growth::zPlain(*row, y);
                    if (growth::roundZ(z) == static_cast<double>(sd)) {
                        ++result.passed;
                    } else if (result.mismatches.size() < maxMismatches) {
                        char text[200];
                        std::snprintf(text, sizeof text, "tabel %.*s, %s, baris %d, %+d SD: dihitung kembali %.4f",
                                      static_cast<int>(info.file.size()), info.file.data(),
                                      sex == growth::Sex::Male ? "laki-laki" : "perempuan", key, sd, z);
                        result.mismatches.emplace_back(text);
                    }
                }
            }
        }
    }
    return result;
}

} // namespace tumbuh::cli
