#include "cli/whocodes.h"

#include "csv/decimal.h"

namespace tumbuh::cli {
namespace {

// The lower-cased single character of a one-character code, or 0.
char singleLower(std::string_view text)
{
    text = csv::trimSpaces(text);
    if (text.size() != 1)
        return 0;
    const char c = text[0];
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool isMissing(std::string_view text)
{
    text = csv::trimSpaces(text);
    return text.empty() || text == "NA";
}

SexCode parseSex(std::string_view text)
{
    if (isMissing(text))
        return SexCode::Missing;
    switch (singleLower(text)) {
    case '1':
    case 'm':
        return SexCode::Male;
    case '2':
    case 'f':
        return SexCode::Female;
    default:
        return SexCode::Invalid;
    }
}

growth::Measure parseMeasure(std::string_view text)
{
    switch (singleLower(text)) {
    case 'l':
        return growth::Measure::Lying;
    case 'h':
        return growth::Measure::Standing;
    default:
        return growth::Measure::Unknown;
    }
}

bool parseOedema(std::string_view text)
{
    const char c = singleLower(text);
    return c == 'y' || c == '1';
}

} // namespace tumbuh::cli
