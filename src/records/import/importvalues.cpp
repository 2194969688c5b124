#include "records/import/importvalues.h"

#include "csv/decimal.h"

#include <cmath>
#include <string>

namespace tumbuh::records {
namespace {

std::string lower(std::string_view text)
{
    std::string s(csv::trimSpaces(text));
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1 to `maxDigits` digits at `pos`.
bool number(std::string_view s, std::size_t& pos, int maxDigits, int minDigits, int& out)
{
    int digits = 0;
    out = 0;
    while (pos < s.size() && isDigit(s[pos]) && digits < maxDigits) {
        out = out * 10 + (s[pos] - '0');
        ++pos;
        ++digits;
    }
    return digits >= minDigits && (pos >= s.size() || !isDigit(s[pos]));
}

} // namespace

bool ImportValues::isBlank(std::string_view text)
{
    const std::string_view t = csv::trimSpaces(text);
    if (t.size() > 3)
        return false; // the common case
    // "-", "na", "n/a" in any case, compared without a copy (a million rows
    // ask this of every cell).
    auto is = [&](std::string_view word) {
        if (t.size() != word.size())
            return false;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const char c = t[i] >= 'A' && t[i] <= 'Z' ? static_cast<char>(t[i] - 'A' + 'a') : t[i];
            if (c != word[i])
                return false;
        }
        return true;
    };
    return t.empty() || is("-") || is("na") || is("n/a");
}

std::optional<QDate> ImportValues::date(std::string_view text)
{
    const std::string_view s = csv::trimSpaces(text);
    std::size_t pos = 0;
    int a = 0, b = 0, c = 0;
    if (!number(s, pos, 4, 1, a) || pos >= s.size())
        return std::nullopt;
    const char sep = s[pos];
    if (sep != '/' && sep != '-' && sep != '.')
        return std::nullopt;
    const bool isoOrder = pos == 4;
    ++pos;
    if (!number(s, pos, 2, 1, b) || pos >= s.size() || s[pos] != sep)
        return std::nullopt;
    ++pos;
    if (!number(s, pos, isoOrder ? 2 : 4, isoOrder ? 1 : 4, c))
        return std::nullopt;
    // A time of day after the date: ignored.
    if (pos < s.size() && s[pos] != ' ' && s[pos] != 'T')
        return std::nullopt;
    const int year = isoOrder ? a : c;
    const int month = b;
    const int day = isoOrder ? c : a;
    if (!isoOrder && a > 31)
        return std::nullopt;
    if (year < 1900 || year > 2200)
        return std::nullopt;
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<std::int32_t> ImportValues::scaled(std::string_view text, int factor)
{
    const auto v = csv::parseDecimal(text);
    if (!v)
        return std::nullopt;
    const double x = std::round(*v * factor);
    if (!std::isfinite(x) || std::fabs(x) > 2.0e9)
        return std::nullopt;
    return static_cast<std::int32_t>(x);
}

std::optional<growth::Sex> ImportValues::sex(std::string_view text)
{
    const std::string s = lower(text);
    for (const char* m : {"l", "lk", "laki-laki", "laki laki", "lakilaki", "laki", "1", "m", "male", "pria", "boy"}) {
        if (s == m)
            return growth::Sex::Male;
    }
    for (const char* f : {"p", "pr", "perempuan", "wanita", "2", "f", "female", "girl"}) {
        if (s == f)
            return growth::Sex::Female;
    }
    return std::nullopt;
}

std::optional<growth::Measure> ImportValues::position(std::string_view text)
{
    const std::string s = lower(text);
    for (const char* l : {"terlentang", "telentang", "berbaring", "l", "lying", "length", "recumbent", "1", "pb"}) {
        if (s == l)
            return growth::Measure::Lying;
    }
    for (const char* h : {"berdiri", "h", "standing", "height", "2", "tb"}) {
        if (s == h)
            return growth::Measure::Standing;
    }
    return std::nullopt;
}

std::optional<bool> ImportValues::yesNo(std::string_view text)
{
    const std::string s = lower(text);
    for (const char* y : {"1", "ya", "y", "yes", "true", "benar", "ada"}) {
        if (s == y)
            return true;
    }
    for (const char* n : {"0", "tidak", "t", "n", "no", "false", "tidak ada"}) {
        if (s == n)
            return false;
    }
    return std::nullopt;
}

std::optional<ChildStatus> ImportValues::status(std::string_view text)
{
    const std::string s = lower(text);
    for (const char* a : {"active", "aktif"}) {
        if (s == a)
            return ChildStatus::Active;
    }
    for (const char* m : {"moved", "pindah", "moved away", "pindah alamat"}) {
        if (s == m)
            return ChildStatus::MovedAway;
    }
    for (const char* d : {"deceased", "meninggal", "wafat", "died", "meninggal dunia"}) {
        if (s == d)
            return ChildStatus::Deceased;
    }
    return std::nullopt;
}

} // namespace tumbuh::records
