#pragma once
// Tells the user, one line per problem, which values of the input could not
// be read, and counts the rejected rows. Messages are in Bahasa Indonesia,
// then English, on one line each, so they can be grepped and pasted.
#include <cstddef>
#include <cstdio>
#include <string_view>

namespace tumbuh::cli {

class RowReporter {
public:
    enum class Problem {
        NotANumber,
        NotASexCode,
        Negative,
        TooManyFields,
    };

    // After `maxMessages` lines, further problems are only counted: a file
    // with a broken column must not bury the summary under a million lines.
    explicit RowReporter(std::FILE* out, std::size_t maxMessages = 100);

    // One problem in one value; `line` is the line of the record in the file.
    void report(std::size_t line, std::string_view column, std::string_view value, Problem problem);
    // A record with more fields than the header.
    void tooManyFields(std::size_t line, std::size_t fields, std::size_t headerFields);
    // Counts a row as rejected (call once per row, after its reports).
    void rejectRow() { ++rejectedRows_; }

    std::size_t rejectedRows() const { return rejectedRows_; }
    // Prints how many messages were not shown and the rejected-row summary.
    void finish(std::size_t totalRows);

private:
    bool admit();

    std::FILE* out_;
    std::size_t maxMessages_;
    std::size_t messages_ = 0;
    std::size_t rejectedRows_ = 0;
};

} // namespace tumbuh::cli
