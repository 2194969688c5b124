#pragma once
// KBM (Kenaikan Berat badan Minimal): the minimum monthly weight gain printed
// under the KMS chart of the Buku KIA (indonesia-domain.md §2.2).
//
// The values differ between Buku KIA editions and are not fully confirmed,
// so the table is data: a program loads the edition its puskesmas uses from
// a small text file (format below) and the compiled default is only the
// fallback. The growth layer reads no files: parseKbmTable takes the text.
//
// Text format (UTF-8; a BOM and CRLF line ends are accepted):
//
//   # anything after '#' is a comment; blank lines are ignored
//   edition: Buku KIA 2023
//   1,1,800        <- from_month,to_month,grams
//   7,10,300
//
// - exactly one "edition:" line, before the first range, with a non-empty name;
// - a range line is three integers separated by commas, spaces allowed
//   around them: the first and last age in completed months at the weighing
//   (inclusive, 0 <= from <= to <= kKbmMaxMonth) and the minimum gain in grams
//   (0 <= grams <= kKbmMaxGrams);
// - ranges may come in any order but must not overlap; ages no range covers
//   have no KBM (month 0 in the default: a newborn has no previous month);
// - at least one range.
#include "growth/types.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::growth {

// The KMS runs to 60 months; a little room is left for tables that follow
// the child past the fifth birthday, but not for typos such as "7,100".
inline constexpr int kKbmMaxMonth = 72;
// No child gains 5 kg in a month (WHO's +3 SD 1-month increment is < 2 kg);
// a larger number is a typing error, e.g. kilograms entered as grams x 10.
inline constexpr int kKbmMaxGrams = 5000;

struct KbmRange {
    int fromMonth = 0; // completed months at this weighing, inclusive
    int toMonth = 0;   // inclusive
    Grams minimumGain;
    bool operator==(const KbmRange&) const = default;
};

class KbmTable {
public:
    // An empty table: no age has a KBM.
    KbmTable() = default;

    // Nothing when a range is invalid or two ranges overlap (use
    // parseKbmTable for a message). Ranges are kept sorted by fromMonth.
    static std::optional<KbmTable> fromRanges(std::string edition, std::vector<KbmRange> ranges);

    // The KBM for a child of `ageMonths` completed months at this weighing,
    // or nothing when the table has none for that age.
    std::optional<Grams> minimumGain(int ageMonths) const;

    const std::string& edition() const { return edition_; }
    std::span<const KbmRange> ranges() const { return ranges_; }

    bool operator==(const KbmTable&) const = default;

private:
    std::string edition_;
    std::vector<KbmRange> ranges_;
};

struct KbmParseResult {
    std::optional<KbmTable> table; // set on success
    std::string error;             // "line 7: ..." on failure, empty on success
    int errorLine = 0;             // 1-based line of the error; 0 when not tied to a line

    bool ok() const { return table.has_value(); }
};

// Never throws: every problem comes back in KbmParseResult::error.
KbmParseResult parseKbmTable(std::string_view text);

// The text form of a table; parseKbmTable(formatKbmTable(t)) gives t back.
std::string formatKbmTable(const KbmTable& table);

// Buku KIA 2023 as indonesia-domain.md §2.2 reads it: 1:800, 2:900, 3:800,
// 4:600, 5:500, 6:400, 7-10:300, 11-60:200 g, no KBM at month 0. The same
// table ships as resources/kbm/buku-kia-2023.csv (a test keeps them equal).
const KbmTable& defaultKbmTable();

} // namespace tumbuh::growth
