#pragma once
// Tells the user, one line per problem, which values of the input could not
// be read, and counts the rejected rows. Messages are in Bahasa Indonesia,
// then English, on one line each, so they can be grepped and pasted.
//
// A reporter either prints at once (to stderr) or keeps its lines, so that
// rows processed in parallel report in file order: each chunk of rows has a
// keeping reporter, moved into the printing one when the chunk is written.
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::cli {

class RowReporter {
public:
    enum class Problem {
        NotANumber,
        NotASexCode,
        Negative,
        TooLarge,
    };

    // Prints to `out`, or keeps the lines when `out` is null. After
    // `maxMessages` lines further problems are only counted: a file with a
    // broken column must not bury the summary under a million lines.
    explicit RowReporter(std::FILE* out, std::size_t maxMessages = 100);

    // One problem in one value; `line` is the line of the record in the file.
    void report(std::size_t line, std::string_view column, std::string_view value, Problem problem);
    // A record with more fields than the header.
    void tooManyFields(std::size_t line, std::size_t fields, std::size_t headerFields);
    // A record with fewer fields than the header; `firstMissing` is the
    // name of the first column it lacks.
    void tooFewFields(std::size_t line, std::string_view firstMissing, std::size_t fields, std::size_t headerFields);
    // Counts a row as rejected (call once per row, after its reports).
    void rejectRow() { ++rejectedRows_; }

    std::size_t rejectedRows() const { return rejectedRows_; }
    std::size_t messageCount() const { return messages_; }

    // Hands this reporter's lines and counts on to `to` (which prints them or
    // keeps them, within its own limit) and empties this one.
    void moveInto(RowReporter& to);

    // Prints how many messages were not shown and the rejected-row summary.
    void finish(std::size_t totalRows);

private:
    void print(std::string line);

    std::FILE* out_;
    std::size_t maxMessages_;
    std::size_t messages_ = 0;
    std::size_t rejectedRows_ = 0;
    std::vector<std::string> kept_;
};

} // namespace tumbuh::cli
