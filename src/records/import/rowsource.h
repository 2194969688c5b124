#pragma once
#include "records/storenames.h"
// Where the rows of an import come from: the header and then rows of cells
// (UTF-8 text, valid until the next call of next()), each with the row's
// number as the user sees it, which the report and the rejects file call
// "baris":
//
//   - CSV (CsvRowSource): the line of the file on which the record starts
//     (1 = the header line, as before);
//   - .xls/.htm(l) (HtmlTableSource): the row of the table, counting the
//     table's <tr> from 1 (a title block inside the table counts, the text
//     above the table does not) — the row Excel shows when the table is
//     the only thing in the file, as in e-PPGBM's downloads;
//   - .xlsx (XlsxSheetSource): the sheet's row number (<row r="7">), as
//     the spreadsheet shows it.
//
// next() runs on the importer's reading thread (importreader.h) once the
// header is found; nothing in a source is shared with another object.
// Messages are made only by errorMessage(), on the importer's thread.
#include <QString>

#include <span>
#include <string_view>
#include <vector>

namespace tumbuh::records {

class RowSource {
public:
    virtual ~RowSource() = default;
    RowSource() = default;
    RowSource(const RowSource&) = delete;
    RowSource& operator=(const RowSource&) = delete;

    // Moves to the next row; false at the end or when reading failed
    // (failed() then says so).
    virtual bool next() = 0;
    virtual std::span<const std::string_view> fields() const = 0;
    virtual qint64 line() const = 0;
    virtual bool failed() const = 0;
    // Why reading failed, translated (context tumbuh::records).
    virtual QString errorMessage() const = 0;
    // The separator of the rejects CSV: the input's own for a CSV, else ','.
    virtual char separator() const { return ','; }
    // The columns holding dates: a spreadsheet's number cells there are day
    // serials, turned into yyyy-mm-dd text. Other sources ignore it.
    virtual void setDateColumns(const std::vector<int>& columns) { (void)columns; }
};

} // namespace tumbuh::records
