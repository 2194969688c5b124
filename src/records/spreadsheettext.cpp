#include "records/spreadsheettext.h"

namespace tumbuh::records::spreadsheettext {
namespace {

bool formulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool isPlainNumber(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    std::size_t digits = 0;
    for (; i < s.size() && digit(s[i]); ++i)
        ++digits;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        for (; i < s.size() && digit(s[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        std::size_t exponent = 0;
        for (; i < s.size() && digit(s[i]); ++i)
            ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == s.size();
}

std::string neutralised(std::string_view cell)
{
    if (cell.empty() || !formulaStart(cell.front()) || isPlainNumber(cell))
        return std::string(cell);
    std::string out;
    out.reserve(cell.size() + 1);
    out += '\'';
    out += cell;
    return out;
}

std::string digitsAsText(std::string_view digits)
{
    if (digits.empty())
        return {};
    std::string out;
    out.reserve(digits.size() + 1);
    out += '\t';
    out += digits;
    return out;
}

std::string_view unmarked(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && formulaStart(cell[1]))
        cell.remove_prefix(1);
    return cell;
}

} // namespace tumbuh::records::spreadsheettext
