#pragma once
// A buffered CSV writer with no dependency beyond the standard library.
//
// It quotes a field only when it has to (separator, quote or line break
// inside), so numbers and plain words come out exactly as given: the batch
// tool's output can be compared byte for byte with a reference file. Output
// goes through one large buffer (1 MiB by default) straight to the file.
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::csv {

class CsvWriter {
public:
    struct Options {
        char separator = ',';
        std::size_t bufferBytes = std::size_t{1} << 20;
        bool crlf = false; // end records with CR LF instead of LF
    };

    // Creates (or truncates) a file. Check isOpen().
    explicit CsvWriter(const std::filesystem::path& file);
    CsvWriter(const std::filesystem::path& file, Options options);
    // Writes to an open stream (e.g. stdout), which the writer does not close.
    CsvWriter(std::FILE* stream, Options options);
    // Appends to a string (tests, embedded reports).
    CsvWriter(std::string& out, Options options);

    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;
    // Flushes; call close() before to learn whether writing succeeded.
    ~CsvWriter();

    bool isOpen() const { return file_ != nullptr || string_ != nullptr; }
    // The stream written to (the file this writer opened, or the one given),
    // or nullptr when writing to a string.
    std::FILE* stream() const { return file_; }
    char separator() const { return options_.separator; }

    // The per-field calls are inline: the batch tool makes about thirty of
    // them per row, a million rows a second.

    // A field, quoted when it contains the separator, a quote or a line break.
    void field(std::string_view value)
    {
        if (needsQuotes(value, options_.separator))
            quotedField(value);
        else
            plainField(value);
    }
    // A field the caller knows needs no quotes (a formatted number, a code).
    void plainField(std::string_view value)
    {
        char* p = beginField(value.size());
        if (!value.empty())
            std::memcpy(p, value.data(), value.size());
        used_ += value.size();
    }
    void emptyField() { beginField(0); }
    // Writes every value as a field and ends the record.
    void record(std::span<const std::string_view> values);
    void endRecord()
    {
        ensure(2);
        if (options_.crlf)
            buf_[used_++] = '\r';
        buf_[used_++] = '\n';
        atRecordStart_ = true;
    }

    // The fast path for formatting straight into the buffer: returns room for
    // at least maxBytes, after the separator; finish with commitField(end).
    // The bytes written must not need quoting.
    char* beginField(std::size_t maxBytes)
    {
        ensure(maxBytes + 1);
        if (!atRecordStart_)
            buf_[used_++] = options_.separator;
        atRecordStart_ = false;
        return buf_.data() + used_;
    }
    void commitField(char* end) { used_ = static_cast<std::size_t>(end - buf_.data()); }

    // Bytes that are already complete CSV records (e.g. rows formatted by
    // another thread with a writer of the same options).
    void rawRecords(std::string_view bytes);

    // The records formatted since the buffer was last drained, still in it,
    // to be handed on without a copy (e.g. to another writer's rawRecords);
    // then dropBuffered() empties the buffer without writing it anywhere.
    std::string_view buffered() const { return {buf_.data(), used_}; }
    void dropBuffered() { used_ = 0; }

    bool flush();
    // Flushes and closes the file. False if anything could not be written.
    bool close();
    bool failed() const { return failed_; }
    // One line, Bahasa Indonesia first then English.
    std::string errorMessage() const;

    static bool needsQuotes(std::string_view value, char separator)
    {
        for (const char c : value) {
            if (c == separator || c == '"' || c == '\n' || c == '\r')
                return true;
        }
        return false;
    }

private:
    void ensure(std::size_t n)
    {
        if (buf_.size() - used_ < n)
            makeRoom(n);
    }
    void makeRoom(std::size_t n);
    void quotedField(std::string_view value);

    Options options_;
    std::FILE* file_ = nullptr;
    bool ownsFile_ = false;
    std::string* string_ = nullptr;
    std::string path_;
    std::vector<char> buf_;
    std::size_t used_ = 0;
    bool atRecordStart_ = true;
    bool failed_ = false;
};

} // namespace tumbuh::csv
