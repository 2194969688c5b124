#include "cli/whocodes.h"

namespace tumbuh::cli {

bool isMissing(std::string_view text)
{
    text = csv::trimSpaces(text);
    return text.empty() || text == "NA";
}

SexCode parseSex(std::string_view text)
{
    if (isMissing(text))
        return SexCode::Missing;
    switch (detail::singleLower(text)) {
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

} // namespace tumbuh::cli
