#pragma once
#include "records/storenames.h"
// The rows of an .xlsx sheet as the import sees them, made from what a
// reader of the sheet's XML found (XlsxSheetScanner for the sheet's usual
// shape, XlsxSaxReader with libxml2 for any other): the raw text of each
// cell (UTF-8, entities already replaced) becomes the cell's text as
// XlsxSheetSource's header comment says, in the column its reference
// names. Completed rows wait in one batch until taken, so that a reader
// can read a whole block of the sheet at once.
#include <QtGlobal>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::records {

class XlsxWorkbook;

class XlsxRowBuilder {
public:
    enum class CellType : std::uint8_t { Number, // t absent or "n"
                                         Shared, // "s"
                                         Date,   // "d": ISO 8601
                                         Text }; // inlineStr, str, b, e

    explicit XlsxRowBuilder(const XlsxWorkbook& workbook);

    void setDateColumns(const std::vector<int>& columns);

    // <row r="...">: `reference` is the r attribute, empty without one.
    void startRow(std::string_view reference);
    // <c r="..."> inside a row: the column from its reference, else the one
    // after the last.
    void startCell(std::string_view reference);
    // </c>: the cell's raw text kept for its column.
    void endCell(CellType type, std::string_view value);
    // </row>: the row waits to be taken.
    void endRow();
    // The row being read is forgotten, as if it had not been started.
    void abandonRow();
    // The number of the last row started (0 before any).
    qint64 lastLine() const { return lastLine_; }

    // Moves to the next completed row, its cells made into their text now
    // (so that setDateColumns applies to every row not yet taken); false
    // when none is waiting (the rows taken before are then dropped, a row
    // being read is kept).
    bool take();
    std::span<const std::string_view> fields() const { return views_; }
    qint64 line() const { return line_; }

    static CellType typeOf(std::string_view t);

private:
    void place(int column, CellType type, std::string_view value);
    void compact();

    struct Cell {
        int column;
        CellType type;
        std::size_t end; // of its raw text in raw_
    };
    struct Row {
        qint64 line;
        std::size_t firstCell; // in cells_
        std::size_t lastCell;
    };

    const XlsxWorkbook& workbook_;
    std::vector<bool> dateColumns_;
    // The raw text of every cell read, one after another: the rows waiting
    // and the one being read at the back.
    std::string raw_;
    std::vector<Cell> cells_;
    std::vector<Row> rows_;
    std::size_t taken_ = 0;
    bool inRow_ = false;
    std::size_t rowRaw_ = 0;   // where the row being read starts in raw_
    std::size_t rowCells_ = 0; // ... and in cells_
    qint64 rowLine_ = 0;
    qint64 lastLine_ = 0;
    qint64 lineBefore_ = 0; // lastLine_ before the row being read
    int column_ = -1;
    // The row taken: every cell's text one after another.
    qint64 line_ = 0;
    std::string text_;
    std::vector<std::size_t> ends_;
    std::vector<std::string_view> views_;
};

} // namespace tumbuh::records
