#pragma once
// The row work of `tumbuh-cli zscore`: read a record, compute, write the
// input fields and the results. One record at a time, so memory stays flat
// whatever the file size. zscorepipeline.h runs the same row work on two
// threads.
#include "cli/rowreporter.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <cstddef>
#include <cstring>
#include <span>
#include <string_view>

namespace tumbuh::cli {

// One row. `Columns` is AnthroColumns or AnthroPlusColumns; `compute` is
// growth::computeAnthro or growth::computeAnthroPlus. Templates rather than
// an interface so that the per-row calls inline.
//
// A row with a value that cannot be read is still written: its input fields
// as given and blank results, so that output row n is input row n. So is a
// row with more or fewer fields than the header: its values would be read
// under the wrong column names, so it is reported (line, and the first
// column it lacks) and its results are blank.
//
// `plain` is the record's text when no field was quoted (the fields joined
// by the separator, CsvReader::plainRecord), else empty: without a quote
// character inside, it is exactly what the input columns come out as, and
// is copied in one piece.
//
// `kPlainHasNoQuote`: the caller knows that `plain` holds no quote character
// (lines from CsvReader::takePlainLines), so it is not searched for one.
template <class Columns, class Input, class Compute, bool kPlainHasNoQuote = false>
void processRow(std::span<const std::string_view> fields, std::string_view plain, std::size_t line,
                const Columns& columns, RowReporter& reporter, csv::CsvWriter& writer, Compute compute, Input& in)
{
    const std::size_t width = columns.map().size();
    bool ok = true;
    if (fields.size() > width) {
        reporter.tooManyFields(line, fields.size(), width);
        ok = false;
    } else if (fields.size() < width) {
        reporter.tooFewFields(line, columns.map().nameAt(static_cast<int>(fields.size())), fields.size(), width);
        ok = false;
    }
    ok = columns.read(fields, line, reporter, in) && ok;
    if (!plain.empty() && fields.size() == width
        && (kPlainHasNoQuote || std::memchr(plain.data(), '"', plain.size()) == nullptr)) {
        writer.plainField(plain);
    } else {
        for (std::size_t i = 0; i < width; ++i)
            writer.field(i < fields.size() ? fields[i] : std::string_view{});
    }
    if (ok) {
        Columns::write(in, compute(in), writer);
    } else {
        reporter.rejectRow();
        Columns::writeBlank(writer);
    }
    writer.endRecord();
}

// All remaining rows on the calling thread. Returns the number of data rows.
template <class Columns, class Input, class Compute>
std::size_t streamRows(csv::CsvReader& reader, csv::CsvWriter& writer, const Columns& columns,
                       RowReporter& reporter, Compute compute)
{
    Input in{};
    std::size_t rows = 0;
    while (reader.next()) {
        ++rows;
        processRow(reader.fields(), reader.plainRecord(), reader.line(), columns, reporter, writer, compute, in);
    }
    return rows;
}

} // namespace tumbuh::cli
