#include "store/validation.h"

#include "store/messages.h"

#include <algorithm>
#include <optional>

namespace tumbuh::store {
namespace {

bool forbidden(char32_t c, bool multiLine)
{
    if (c < 0x20)
        return !(multiLine && (c == u'\t' || c == u'\n' || c == u'\r'));
    if (c >= 0x7f && c <= 0x9f)
        return true;
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
}

} // namespace

const TextRule& textRule(const QString& field)
{
    for (const TextRule& r : kTextRules) {
        if (field == QLatin1String(r.field.data(), static_cast<qsizetype>(r.field.size())))
            return r;
    }
    return kDefaultTextRule;
}

void Validation::fail(Error error)
{
    errors_.push_back(std::move(error));
}

void Validation::warn(Warning warning)
{
    warnings_.push_back(std::move(warning));
}

bool Validation::failedOn(const QString& field) const
{
    return std::any_of(errors_.begin(), errors_.end(), [&](const Error& e) { return e.field == field; });
}

void Validation::checkText(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return;
    const TextRule& rule = textRule(field);
    int count = 0;
    std::optional<char32_t> bad;
    for (auto it = value.cbegin(); it != value.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != value.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        ++count;
        if (!bad && forbidden(c, rule.multiLine))
            bad = c;
    }
    if (bad)
        fail(msg::forbiddenCharacter(field, *bad));
    if (count > rule.maxChars)
        fail(msg::textTooLong(field, count, rule.maxChars));
}

Result<void> Validation::result() const
{
    if (errors_.empty())
        return Result<void>(warnings_);
    Error first = errors_.front();
    first.more.assign(errors_.begin() + 1, errors_.end());
    return first;
}

} // namespace tumbuh::store
