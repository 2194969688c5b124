#pragma once
// Finds WHO's input columns in a CSV header and reads their values, shared by
// the 2006 (anthro) and 2007 (anthroplus) column sets.
#include "cli/rowreporter.h"
#include "growth/types.h"
#include "csv/decimal.h"

#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::cli {

class ColumnMap {
public:
    static constexpr int kAbsent = -1;
    // Numbers this large or larger are refused as unreadable (TooLarge).
    static constexpr double kMaxMagnitude = 1e9;

    explicit ColumnMap(std::span<const std::string_view> header);

    // The index of the column named `name` (trimmed, case-insensitive, as a
    // survey team may have typed "Weight "), or kAbsent. The first wins.
    int indexOf(std::string_view name) const;
    // The header's own spelling, for messages.
    std::string_view nameAt(int index) const { return names_[static_cast<std::size_t>(index)]; }
    std::size_t size() const { return names_.size(); }

    static std::string_view field(std::span<const std::string_view> fields, int index)
    {
        return (index >= 0 && static_cast<std::size_t>(index) < fields.size()) ? fields[static_cast<std::size_t>(index)]
                                                                               : std::string_view{};
    }

    // Reads a number (decimal point or comma; blank or NA is missing). On an
    // unreadable value, reports it and returns false.
    [[gnu::always_inline]] bool readNumber(std::span<const std::string_view> fields, int index, std::size_t line,
                                           RowReporter& reporter, std::optional<double>& out) const
    {
        // Inline fast path for the usual "12.5" or "8,5" (nine a row, each
        // inlined into the row's reader: a call was half of its cost): the
        // same double as the full path, which handles spaces, NA, blanks,
        // exponents and every error.
        double v = 0.0;
        if (index != kAbsent && csv::detail::parseSimpleDecimal(field(fields, index), v) && std::fabs(v) < kMaxMagnitude) {
            out = v;
            return true;
        }
        return readNumberInFull(fields, index, line, reporter, out);
    }
    // Like readNumber, and a negative value is rejected (WHO stops on one).
    bool readNonNegative(std::span<const std::string_view> fields, int index, std::size_t line,
                         RowReporter& reporter, std::optional<double>& out) const
    {
        if (!readNumber(fields, index, line, reporter, out))
            return false;
        if (out && *out < 0) {
            reportNegative(fields, index, line, reporter);
            out.reset();
            return false;
        }
        return true;
    }

    // Reads WHO's sex code (1/m/M, 2/f/F; blank or NA missing). Any other
    // code is reported and gives false.
    bool readSex(std::span<const std::string_view> fields, int index, std::size_t line, RowReporter& reporter,
                 std::optional<growth::Sex>& out) const
    {
        // Inline for the usual "1" or "2"; the full path (spaces, letters,
        // NA, blanks, errors) gives the same for them.
        const std::string_view text = field(fields, index);
        if (text.size() == 1 && (text[0] == '1' || text[0] == '2')) {
            out = text[0] == '1' ? growth::Sex::Male : growth::Sex::Female;
            return true;
        }
        return readSexInFull(fields, index, line, reporter, out);
    }

private:
    bool readNumberInFull(std::span<const std::string_view> fields, int index, std::size_t line,
                          RowReporter& reporter, std::optional<double>& out) const;
    void reportNegative(std::span<const std::string_view> fields, int index, std::size_t line,
                        RowReporter& reporter) const;
    bool readSexInFull(std::span<const std::string_view> fields, int index, std::size_t line, RowReporter& reporter,
                       std::optional<growth::Sex>& out) const;

    std::vector<std::string> names_;
};

} // namespace tumbuh::cli
