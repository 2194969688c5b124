#include "cli/columnmap.h"

#include "cli/whocodes.h"
#include "csv/decimal.h"

#include <cmath>

namespace tumbuh::cli {
namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

ColumnMap::ColumnMap(std::span<const std::string_view> header)
{
    names_.reserve(header.size());
    for (std::string_view h : header)
        names_.emplace_back(h);
}

int ColumnMap::indexOf(std::string_view name) const
{
    for (std::size_t i = 0; i < names_.size(); ++i) {
        if (equalsIgnoringCase(csv::trimSpaces(names_[i]), name))
            return static_cast<int>(i);
    }
    return kAbsent;
}

bool ColumnMap::readNumberInFull(std::span<const std::string_view> fields, int index, std::size_t line,
                                 RowReporter& reporter, std::optional<double>& out) const
{
    out.reset();
    if (index == kAbsent)
        return true;
    const std::string_view text = field(fields, index);
    // isMissing() and parseDecimal() in one trim: nine numbers a row.
    const std::string_view trimmed = csv::trimSpaces(text);
    if (trimmed.empty() || trimmed == "NA")
        return true;
    out = csv::parseDecimal(trimmed);
    if (!out) {
        reporter.report(line, nameAt(index), text, RowReporter::Problem::NotANumber);
        return false;
    }
    // No age, weight, length or fold reaches this in any unit: such a value
    // is a typing slip (1e300), and would give z-scores no one can read.
    if (std::fabs(*out) >= kMaxMagnitude) {
        reporter.report(line, nameAt(index), text, RowReporter::Problem::TooLarge);
        out.reset();
        return false;
    }
    return true;
}

void ColumnMap::reportNegative(std::span<const std::string_view> fields, int index, std::size_t line,
                               RowReporter& reporter) const
{
    reporter.report(line, nameAt(index), field(fields, index), RowReporter::Problem::Negative);
}

bool ColumnMap::readSexInFull(std::span<const std::string_view> fields, int index, std::size_t line,
                              RowReporter& reporter, std::optional<growth::Sex>& out) const
{
    out.reset();
    const std::string_view text = field(fields, index);
    switch (parseSex(text)) {
    case SexCode::Male:
        out = growth::Sex::Male;
        return true;
    case SexCode::Female:
        out = growth::Sex::Female;
        return true;
    case SexCode::Missing:
        return true;
    case SexCode::Invalid:
        break;
    }
    reporter.report(line, nameAt(index), text, RowReporter::Problem::NotASexCode);
    return false;
}

} // namespace tumbuh::cli
