#pragma once
// Cells a spreadsheet opens as text, not as a formula or a rounded number:
// the one rule for every file this program writes for spreadsheets (CSV
// export, the import's rejects file, a later xlsx writer).
//
//   - A text cell beginning with '=', '+', '-', '@', a tab or a carriage
//     return is written with a single quote before it (as OWASP advises
//     against formula injection): "=1+2" -> "'=1+2". A cell that is a plain
//     number ("-1.23", "+5", "9,25") is left as it is, and numeric columns
//     are not passed through here at all.
//   - Digits that must stay digits (a 16-digit NIK, a phone number) are
//     written after a tab: spreadsheets then keep them as text instead of
//     rounding them to 15 significant digits or dropping a leading zero,
//     and the tab is not a formula (unlike ="3201...").
//
// The importer reads both back (unmarked(), and a NIK ignores tabs and
// apostrophes), so an exported file imports to the same values.
#include <string>
#include <string_view>

namespace tumbuh::records::spreadsheettext {

// Whether the cell is a plain decimal number (sign, digits, one decimal
// point or comma, an exponent).
bool isPlainNumber(std::string_view cell);

// The text cell with a single quote before it when a spreadsheet would
// read it as a formula.
std::string neutralised(std::string_view cell);

// Digits kept as text: a tab before them (empty stays empty).
std::string digitsAsText(std::string_view digits);

// The importer's inverse of neutralised(): a cell that is a single quote
// followed by a formula character loses the quote.
std::string_view unmarked(std::string_view cell);

} // namespace tumbuh::records::spreadsheettext
