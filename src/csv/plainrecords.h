#pragma once
// Splits lines that hold no quote character (CsvReader::takePlainLines) into
// records, exactly as CsvReader::next() would read them: fields end at the
// separator, a record at LF, CR LF or a lone CR (or at the end of the text,
// for a last line without a line break), and a completely empty line is no
// record but still counts as a line. Inline, because the batch tool splits a
// million records a second with it, on each of its threads.
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace tumbuh::csv {

// Calls onRecord(fields, plain, line) for each record of `text`, whose first
// line is line `firstLine` of the file: `fields` as CsvReader::fields(),
// `plain` as CsvReader::plainRecord() and `line` as CsvReader::line().
// `fields` is the caller's vector, reused from record to record. Returns the
// number of records.
template <class OnRecord>
std::size_t forEachPlainRecord(std::string_view text, char separator, std::size_t firstLine,
                               std::vector<std::string_view>& fields, OnRecord&& onRecord)
{
    std::array<bool, 256> stop{};
    stop[static_cast<unsigned char>(separator)] = true;
    stop['\n'] = true;
    stop['\r'] = true;
    const char* const b = text.data();
    const std::size_t end = text.size();
    std::size_t p = 0;
    std::size_t line = firstLine;
    std::size_t records = 0;
    while (p < end) {
        fields.clear();
        const std::size_t recordBegin = p;
        std::size_t fieldEnd = p;
        for (;;) {
            const std::size_t begin = p;
            while (p < end && !stop[static_cast<unsigned char>(b[p])])
                ++p;
            fields.emplace_back(b + begin, p - begin);
            fieldEnd = p;
            if (p < end && b[p] == separator) {
                ++p;
                continue;
            }
            break;
        }
        const std::size_t recordLine = line;
        if (p < end) { // a line break: CR LF, or a lone CR or LF
            p += (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') ? 2 : 1;
            ++line;
        }
        if (fields.size() == 1 && fieldEnd == recordBegin)
            continue; // an empty line
        ++records;
        onRecord(static_cast<const std::vector<std::string_view>&>(fields),
                 std::string_view(b + recordBegin, fieldEnd - recordBegin), recordLine);
    }
    return records;
}

} // namespace tumbuh::csv
