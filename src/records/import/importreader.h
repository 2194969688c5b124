#pragma once
#include "records/storenames.h"
// Reads and parses the rows of an import (a CSV, an HTML table or an .xlsx
// sheet: rowsource.h) on a second thread, in batches, while the importer's
// thread writes the previous ones to the database: on a two-core laptop the
// reading (about a sixth of the work for a CSV) then costs no time. The rows
// come out in file order.
//
// Skipped here: a row whose first cell starts with '#' (a note line), a row
// whose cells are all empty, and a totals row below the data (no child UID,
// NIK or name, and a cell that says "Jumlah", "Total", "Rata-rata"...:
// ImportRowParser::isSummary), which is counted in ignoredRows().
#include "records/import/importrow.h"
#include "records/import/importrowparser.h"
#include "records/import/rowsource.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace tumbuh::records {

class ImportReader {
public:
    // `source` is positioned after the header; both must outlive this.
    ImportReader(RowSource& source, const ImportRowParser& parser);
    ~ImportReader(); // stops the thread (also half-way)
    ImportReader(const ImportReader&) = delete;
    ImportReader& operator=(const ImportReader&) = delete;

    struct Row {
        const ImportRow* row = nullptr;
        const std::optional<ParseFailure>* failure = nullptr;
        qint64 line = 0;
        std::span<const std::string_view> cells; // as in the file, for the rejects CSV
    };
    // The next row, valid until the next call; false at the end of the file
    // or on a read error (then failed() is true).
    bool next(Row& out);
    bool failed() const { return failed_; }
    // Why reading failed, translated; call after next() returned false.
    QString errorMessage() const { return source_.errorMessage(); }
    // Totals rows skipped so far.
    qint64 ignoredRows() const { return ignored_; }

private:
    struct Batch {
        std::vector<ImportRow> rows;
        std::vector<std::optional<ParseFailure>> failures;
        std::vector<qint64> lines;
        std::string text;                    // every cell, one after another
        std::vector<std::size_t> cellEnds;   // end of each cell in text
        std::vector<std::size_t> firstCell;  // index of each row's first cell
        std::vector<std::string_view> cells; // views into text, made when complete
        qint64 ignored = 0;
        bool last = false;
        bool failed = false;
    };
    void work();

    RowSource& source_;
    const ImportRowParser& parser_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Batch>> ready_;
    // Batches read back, for the reading thread to refill: their rows are
    // freed there, not on the thread that writes.
    std::vector<std::unique_ptr<Batch>> spare_;
    bool stop_ = false;
    std::unique_ptr<Batch> current_;
    std::size_t index_ = 0;
    bool finished_ = false;
    bool failed_ = false;
    qint64 ignored_ = 0;
    std::thread thread_;
};

} // namespace tumbuh::records
