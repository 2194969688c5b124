#include "growth/kbm.h"

#include <algorithm>
#include <charconv>

namespace tumbuh::growth {
namespace {

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// An edition name must survive a round trip through the text format.
bool validEdition(std::string_view e)
{
    if (e.empty() || trim(e) != e)
        return false;
    return std::none_of(e.begin(), e.end(), [](char c) {
        return c == '#' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
}

// Empty when the range is acceptable, otherwise why not.
std::string rangeProblem(const KbmRange& r)
{
    if (r.fromMonth < 0 || r.toMonth < 0)
        return "a month cannot be negative";
    if (r.fromMonth > kKbmMaxMonth || r.toMonth > kKbmMaxMonth)
        return "months must be at most " + std::to_string(kKbmMaxMonth);
    if (r.fromMonth > r.toMonth)
        return "from_month " + std::to_string(r.fromMonth) + " is after to_month " + std::to_string(r.toMonth);
    if (r.minimumGain.value < 0)
        return "the minimum gain " + std::to_string(r.minimumGain.value) + " g is negative";
    if (r.minimumGain.value > kKbmMaxGrams)
        return "the minimum gain " + std::to_string(r.minimumGain.value) + " g is more than " + std::to_string(kKbmMaxGrams) + " g";
    return {};
}

bool overlap(const KbmRange& a, const KbmRange& b)
{
    return a.fromMonth <= b.toMonth && b.fromMonth <= a.toMonth;
}

std::optional<int> parseInt(std::string_view field)
{
    field = trim(field);
    int value = 0;
    const char* end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (field.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::string rangeText(const KbmRange& r)
{
    return std::to_string(r.fromMonth) + "-" + std::to_string(r.toMonth);
}

KbmParseResult fail(int line, std::string message)
{
    KbmParseResult r;
    r.errorLine = line;
    r.error = line > 0 ? "line " + std::to_string(line) + ": " + message : std::move(message);
    return r;
}

} // namespace

std::optional<KbmTable> KbmTable::fromRanges(std::string edition, std::vector<KbmRange> ranges)
{
    if (!validEdition(edition))
        return std::nullopt;
    for (const KbmRange& r : ranges)
        if (!rangeProblem(r).empty())
            return std::nullopt;
    std::sort(ranges.begin(), ranges.end(),
              [](const KbmRange& a, const KbmRange& b) { return a.fromMonth < b.fromMonth; });
    // Sorted by start, the ranges are disjoint exactly when each one starts
    // after the previous one ends.
    for (std::size_t i = 1; i < ranges.size(); ++i)
        if (ranges[i].fromMonth <= ranges[i - 1].toMonth)
            return std::nullopt;
    KbmTable t;
    t.edition_ = std::move(edition);
    t.ranges_ = std::move(ranges);
    return t;
}

std::optional<Grams> KbmTable::minimumGain(int ageMonths) const
{
    for (const KbmRange& r : ranges_)
        if (ageMonths >= r.fromMonth && ageMonths <= r.toMonth)
            return r.minimumGain;
    return std::nullopt;
}

KbmParseResult parseKbmTable(std::string_view text)
{
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());

    std::optional<std::string> edition;
    std::vector<KbmRange> ranges;
    std::vector<int> rangeLines; // the line each range came from, for messages

    int lineNo = 0;
    while (!text.empty()) {
        ++lineNo;
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        line = trim(line);
        if (line.empty())
            continue;

        if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
            if (trim(line.substr(0, colon)) != "edition")
                return fail(lineNo, "unknown header '" + std::string(line.substr(0, colon)) + "' (only 'edition:' is known)");
            if (edition)
                return fail(lineNo, "a second 'edition:' line");
            if (!ranges.empty())
                return fail(lineNo, "'edition:' must come before the first range");
            const std::string_view name = trim(line.substr(colon + 1));
            if (!validEdition(name))
                return fail(lineNo, "the edition name is empty or has a control character");
            edition = std::string(name);
            continue;
        }

        if (!edition)
            return fail(lineNo, "a range before the 'edition:' line");
        std::vector<std::string_view> fields;
        for (std::size_t start = 0;;) {
            const std::size_t comma = line.find(',', start);
            fields.push_back(line.substr(start, comma == std::string_view::npos ? comma : comma - start));
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
        if (fields.size() != 3)
            return fail(lineNo, "expected from_month,to_month,grams but found " + std::to_string(fields.size()) + " field(s)");
        const auto from = parseInt(fields[0]);
        const auto to = parseInt(fields[1]);
        const auto grams = parseInt(fields[2]);
        if (!from || !to || !grams)
            return fail(lineNo, "'" + std::string(line) + "' is not three whole numbers");
        const KbmRange r{*from, *to, Grams{*grams}};
        if (const std::string why = rangeProblem(r); !why.empty())
            return fail(lineNo, why);
        for (std::size_t i = 0; i < ranges.size(); ++i)
            if (overlap(ranges[i], r))
                return fail(lineNo, "months " + rangeText(r) + " overlap months " + rangeText(ranges[i]) + " of line " + std::to_string(rangeLines[i]));
        ranges.push_back(r);
        rangeLines.push_back(lineNo);
    }

    if (!edition)
        return fail(0, "no 'edition:' line");
    if (ranges.empty())
        return fail(0, "no KBM ranges");
    KbmParseResult result;
    result.table = KbmTable::fromRanges(std::move(*edition), std::move(ranges));
    if (!result.table) // cannot happen: every rule was checked above
        return fail(0, "invalid KBM table");
    return result;
}

std::string formatKbmTable(const KbmTable& table)
{
    std::string out = "# KBM (Kenaikan Berat badan Minimal), indonesia-domain.md §2.2\n";
    out += "# from_month,to_month,grams: completed months at the weighing, minimum gain since last month\n";
    out += "edition: " + table.edition() + "\n";
    for (const KbmRange& r : table.ranges())
        out += std::to_string(r.fromMonth) + "," + std::to_string(r.toMonth) + "," + std::to_string(r.minimumGain.value) + "\n";
    return out;
}

const KbmTable& defaultKbmTable()
{
    // indonesia-domain.md §2.2, "Most probable mapping" of the Buku KIA 2023 row.
    static const KbmTable table = *KbmTable::fromRanges("Buku KIA 2023", {
                                                                             {1, 1, Grams{800}},
                                                                             {2, 2, Grams{900}},
                                                                             {3, 3, Grams{800}},
                                                                             {4, 4, Grams{600}},
                                                                             {5, 5, Grams{500}},
                                                                             {6, 6, Grams{400}},
                                                                             {7, 10, Grams{300}},
                                                                             {11, 60, Grams{200}},
                                                                         });
    return table;
}

} // namespace tumbuh::growth
