#pragma once
#include "records/storenames.h"
// The rows of an .xlsx sheet, streamed: the sheet's XML is inflated in
// blocks (libzip) and read with QXmlStreamReader, one <row> at a time, so a
// sheet of a hundred thousand rows never sits in memory as a tree.
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

#include <QString>
#include <QXmlStreamReader>

#include <cstdint>
#include <memory>
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
    std::span<const std::string_view> fields() const override { return views_; }
    qint64 line() const override { return line_; }
    bool failed() const override { return failed_; }
    QString errorMessage() const override;
    void setDateColumns(const std::vector<int>& columns) override;

    enum class CellType : std::uint8_t { Number, // t absent or "n"
                                         Shared, // "s"
                                         Date,   // "d": ISO 8601
                                         Text }; // inlineStr, str, b, e

private:
    QXmlStreamReader::TokenType token();
    bool readRow();
    QStringView localName() const;
    void place(int column);
    void fail(const char* what, QString detail = {});

    const XlsxWorkbook& workbook_;
    zip_file* file_ = nullptr;
    QXmlStreamReader xml_;
    bool inflated_ = false; // the whole part was handed to xml_
    bool done_ = false;
    bool failed_ = false;
    const char* what_ = nullptr; // untranslated, or nullptr: detail_ (libzip's, Qt's words)
    QString detail_;
    qint64 line_ = 0;
    std::vector<bool> dateColumns_;

    // The cell being read.
    CellType type_ = CellType::Number;
    QString value_;
    // The row: every cell's text one after another.
    std::string text_;
    std::vector<std::size_t> ends_;
    std::vector<std::string_view> views_;
};

} // namespace tumbuh::records
