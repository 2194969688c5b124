#pragma once
#include "records/storenames.h"
// The rows of an .xlsx sheet, streamed: the sheet's XML is inflated in
// blocks (libzip) and read a block at a time, so a sheet of a hundred
// thousand rows never sits in memory as a tree. libxml2's SAX2 push parser
// (XlsxSaxReader) reads the part up to <sheetData>; from there the rows in
// the shape spreadsheet programs write are read from the bytes by
// XlsxSheetScanner, and from the first row of any other shape on libxml2
// reads the rest. Reading stops at </sheetData>. (bench_import, 100,000
// e-PPGBM rows, "read the .xlsx only": QXmlStreamReader 7.6-8.1 s CPU,
// libxml2's SAX2 alone 2.2 s, the scanner with libxml2 for the header
// 1.0-1.1 s, of which inflating is a tenth.)
//
// A cell's text: a shared string (t="s"), an inline string (t="inlineStr",
// rich text runs joined), a formula's cached value (t="str", "e"), a
// boolean as 1/0, a number as written (an exponent written out), an ISO
// date (t="d") without its time. A number in a date column
// (setDateColumns: the birth, measurement and status dates) is a day serial
// (1900 system, or 1904 when the workbook says so) and becomes yyyy-mm-dd;
// a date typed as text stays text (ImportValues reads dd/mm/yyyy...).
//
// Columns come from the cell references ("D7" is the fourth column); cells
// a row leaves out are empty. "baris" is the sheet's row number (<row r>).
#include "records/import/rowsource.h"
#include "records/import/xlsxrowbuilder.h"
#include "records/import/xlsxsaxreader.h"
#include "records/import/xlsxsheetscanner.h"

#include <QString>

#include <string>
#include <vector>

struct zip_file;

namespace tumbuh::records {

class XlsxWorkbook;

class XlsxSheetSource final : public RowSource {
public:
    // Reads the workbook's sheet; `workbook` must outlive this.
    explicit XlsxSheetSource(const XlsxWorkbook& workbook);
    ~XlsxSheetSource() override;

    bool next() override;
    std::span<const std::string_view> fields() const override { return rows_.fields(); }
    qint64 line() const override { return line_; }
    bool failed() const override { return failed_; }
    QString errorMessage() const override;
    void setDateColumns(const std::vector<int>& columns) override { rows_.setDateColumns(columns); }

private:
    enum class Reader { Header,
                        Scanner,
                        Sax };
    void read();
    void readHeader();
    void scan();
    void toSax(std::size_t from);
    void saxFailed();
    void fail(const char* what, QString detail = {});

    const XlsxWorkbook& workbook_;
    zip_file* file_ = nullptr;
    XlsxRowBuilder rows_;
    XlsxSaxReader sax_;
    XlsxSheetScanner scanner_;
    Reader reader_ = Reader::Header;
    std::string buffer_; // inflated, not yet read (Header, Scanner)
    bool done_ = false;
    bool failed_ = false;
    bool failing_ = false;       // failed_ once the rows read before are taken
    const char* what_ = nullptr; // untranslated, or nullptr: detail_ (libzip's, libxml2's words)
    QString detail_;
    qint64 failedAt_ = 0; // the last row started when reading failed
    qint64 line_ = 0;
};

} // namespace tumbuh::records
