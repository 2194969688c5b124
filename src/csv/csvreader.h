#pragma once
// A streaming CSV reader with no dependency beyond the standard library, so
// that the batch tool, the tests and the store can share one parser.
//
// The whole file is never held in memory: the reader keeps one buffer (1 MiB by
// default) that grows only when a single record is longer than it. Field views
// point into that buffer; quoted fields are unescaped in place, so reading a
// record allocates nothing once the buffer and the field list have warmed up.
//
// Accepted input (what spreadsheets in Indonesia actually save):
//   - separator ',' or ';' (or tab), detected from the header line or given;
//   - fields in double quotes, with "" for a quote and with separators and
//     line breaks inside;
//   - a UTF-8 byte order mark at the start (skipped);
//   - LF, CRLF or a lone CR at the end of a line;
//   - a last line without a line break.
// Lines that are completely empty are skipped (a spreadsheet often leaves one
// at the end); a line made of separators only is a record of empty fields.
#include "csv/decimal.h"

#include <array>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::csv {

enum class ReadError {
    None,
    CannotOpen,        // the file does not exist or cannot be read
    ReadFailed,        // an I/O error while reading
    UnterminatedQuote, // the file ended inside a quoted field
    RecordTooLong,     // one record is longer than Options::maxRecordBytes
};

class CsvReader {
public:
    // Pass as `separator` to detect ',' ';' or tab from the first line.
    static constexpr char kDetectSeparator = '\0';

    struct Options {
        char separator = kDetectSeparator;
        std::size_t bufferBytes = std::size_t{1} << 20;
        // A guard against a stray quote turning the rest of a large file into
        // one field: memory must stay bounded whatever the input.
        std::size_t maxRecordBytes = std::size_t{64} << 20;
    };

    // Reads a file. If it cannot be opened, the first next() returns false
    // and error() is ReadError::CannotOpen.
    explicit CsvReader(const std::filesystem::path& file);
    CsvReader(const std::filesystem::path& file, Options options);

    // Reads text already in memory (e.g. a file embedded in the program).
    // The text is read through the same buffer, so `text` only has to stay
    // alive while the reader is used.
    static CsvReader fromText(std::string_view text);
    static CsvReader fromText(std::string_view text, Options options);

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    ~CsvReader();

    // Moves to the next record. Returns false at the end of the input or on an
    // error (then error() != ReadError::None). Invalidates earlier fields().
    bool next();

    // The fields of the current record, valid until the next call of next().
    std::span<const std::string_view> fields() const { return fields_; }
    std::size_t size() const { return fields_.size(); }
    std::string_view operator[](std::size_t i) const { return fields_[i]; }

    // The current record's text without its line break when none of its
    // fields was quoted, i.e. exactly the fields joined by the separator;
    // empty otherwise. Valid until the next call of next(). Lets the batch
    // tool copy the input columns in one piece.
    std::string_view plainRecord() const { return plain_; }

    // For a caller that splits records itself, on several threads: appends
    // to `out` the unread input up to the end of a line, at most about
    // `maxBytes` (more only to reach the end of the input), when none of it
    // holds a quote character, so that each line is exactly one record
    // (split them with forEachPlainRecord, csv/plainrecords.h). `firstLine`
    // is the line the bytes start on. Returns false and takes nothing when
    // the next line holds a quote, when no line ends within the buffer, at
    // the end of the input and after an error: next() then reads on as
    // usual. Call it only after the first next() (the header).
    bool takePlainLines(std::string& out, std::size_t maxBytes, std::size_t& firstLine);

    // 1-based line of the file on which the current record starts (a record
    // with a line break inside a quoted field spans several lines).
    std::size_t line() const { return line_; }

    // The separator in use; with detection, known after the first next().
    char separator() const { return separator_; }

    bool isOpen() const { return source_ != nullptr; }
    ReadError error() const { return error_; }
    // The line an error refers to (where the unterminated quote opened, etc.).
    std::size_t errorLine() const { return errorLine_; }
    // One line, Bahasa Indonesia first then English, for the batch tool.
    std::string errorMessage() const;

private:
    class Source;
    class FileSource;
    class TextSource;

    CsvReader(std::unique_ptr<Source> source, Options options, std::string openError);

    struct RawField {
        std::size_t begin; // offset in buf_ of the first byte after the opening quote, if any
        std::size_t end;   // offset one past the last raw byte (before a closing quote)
        bool quoted;
    };
    enum class Scan { Complete,
                      NeedMore,
                      Fail };

    Scan scanRecord(std::size_t& recordEnd, std::size_t& linesInRecord);
    bool refill();
    void detectSeparator();
    void skipBom();
    std::string_view unescape(const RawField& f);
    void fail(ReadError e, std::size_t line);

    std::unique_ptr<Source> source_;
    Options options_;
    std::string openError_;
    std::vector<char> buf_;
    std::size_t pos_ = 0; // start of unconsumed data in buf_
    std::size_t end_ = 0; // end of valid data in buf_
    bool eof_ = false;
    bool started_ = false;
    char separator_ = kDetectSeparator;
    std::size_t line_ = 0;
    std::size_t nextLine_ = 1;
    ReadError error_ = ReadError::None;
    std::size_t errorLine_ = 0;
    std::array<bool, 256> stop_{}; // bytes that end an unquoted field
    std::vector<RawField> raw_;
    std::vector<std::string_view> fields_;
    std::string_view plain_;
};

} // namespace tumbuh::csv
