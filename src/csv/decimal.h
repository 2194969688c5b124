#pragma once
// Reading a number typed by a person: posyandu cadres and spreadsheets set to
// Indonesian write a decimal comma ("8,5"), others a decimal point ("8.5").
#include <optional>
#include <string_view>

namespace tumbuh::csv {

// Parses a decimal number with either a decimal point or a decimal comma
// (exactly one of them, at most once), optional sign, surrounding spaces or
// tabs, and an optional exponent ("1e3"). Rejects empty text, letters, "inf",
// "nan", "12,3,4", "1.2.3", "1,2.5" (a grouping separator is ambiguous) and
// text longer than 100 characters.
//
// Uses std::from_chars, which is correctly rounded: the same text gives the
// same double as R's reader, which WHO's bit-exact results depend on
// (who-zscore-method.md §11.1).
std::optional<double> parseDecimal(std::string_view text);

// Removes leading and trailing spaces and tabs.
std::string_view trimSpaces(std::string_view text);

} // namespace tumbuh::csv
