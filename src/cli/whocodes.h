#pragma once
// The codes WHO's anthro_zscores accepts in its text columns, normalised the
// way its R code does (who-zscore-method.md §1).
#include "csv/decimal.h"
#include "growth/types.h"

#include <optional>
#include <string_view>

namespace tumbuh::cli {

enum class SexCode { Missing,
                     Male,
                     Female,
                     Invalid };

// standardize_sex_var(): trimmed, case-insensitive "1"/"m" male, "2"/"f"
// female; blank or R's "NA" missing; anything else invalid (WHO stops with
// an error; we reject the row).
SexCode parseSex(std::string_view text);

namespace detail {

// The lower-cased single character of a one-character code (trimmed), or 0.
inline char singleLower(std::string_view text)
{
    text = csv::trimSpaces(text);
    if (text.size() != 1)
        return 0;
    const char c = text[0];
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace detail

// cmeasure = tolower(trimws(measure)): "l" lying, "h" standing, anything
// else unknown. Inline, as is parseOedema: two of them a row.
inline growth::Measure parseMeasure(std::string_view text)
{
    switch (detail::singleLower(text)) {
    case 'l':
        return growth::Measure::Lying;
    case 'h':
        return growth::Measure::Standing;
    default:
        return growth::Measure::Unknown;
    }
}

// standardize_oedema_var(): "y" or "1" (trimmed, any case) is oedema,
// everything else (including blank) is not.
inline bool parseOedema(std::string_view text)
{
    const char c = detail::singleLower(text);
    return c == 'y' || c == '1';
}

// Blank or R's "NA" (trimmed): a value that was not measured.
bool isMissing(std::string_view text);

} // namespace tumbuh::cli
