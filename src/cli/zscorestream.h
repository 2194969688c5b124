#pragma once
// The row loop of `tumbuh-cli zscore`: read a record, compute, write the
// input fields and the results. One record at a time, so memory stays flat
// whatever the file size.
#include "cli/rowreporter.h"
#include "store/csv/csvreader.h"
#include "store/csv/csvwriter.h"

#include <cstddef>

namespace tumbuh::cli {

// `Columns` is AnthroColumns or AnthroPlusColumns; `compute` is
// growth::computeAnthro or growth::computeAnthroPlus. A template rather than
// an interface so that the per-row calls inline.
//
// A row with a value that cannot be read is still written: its input fields
// as given and blank results, so that output row n is input row n.
// Short rows are padded with blank fields (spreadsheets drop trailing empty
// cells); a row with more fields than the header is rejected.
// Returns the number of data rows.
template <class Columns, class Input, class Compute>
std::size_t streamRows(csv::CsvReader& reader, csv::CsvWriter& writer, const Columns& columns,
                       RowReporter& reporter, Compute compute)
{
    const std::size_t width = columns.map().size();
    Input in{};
    std::size_t rows = 0;
    while (reader.next()) {
        ++rows;
        const auto fields = reader.fields();
        bool ok = true;
        if (fields.size() > width) {
            reporter.tooManyFields(reader.line(), fields.size(), width);
            ok = false;
        }
        ok = columns.read(fields, reader.line(), reporter, in) && ok;
        for (std::size_t i = 0; i < width; ++i)
            writer.field(i < fields.size() ? fields[i] : std::string_view{});
        if (ok) {
            Columns::write(in, compute(in), writer);
        } else {
            reporter.rejectRow();
            Columns::writeBlank(writer);
        }
        writer.endRecord();
    }
    return rows;
}

} // namespace tumbuh::cli
