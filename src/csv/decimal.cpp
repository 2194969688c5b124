#include "csv/decimal.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <system_error>

namespace tumbuh::csv {

namespace detail {

std::optional<double> parseDecimalSlow(std::string_view text)
{
    constexpr std::size_t kMaxChars = 100;
    if (text.empty() || text.size() > kMaxChars)
        return std::nullopt;

    // from_chars takes no '+' and only '.', so normalise into a small copy.
    std::array<char, kMaxChars> buf{};
    std::size_t n = 0;
    std::size_t i = 0;
    if (text[0] == '+' || text[0] == '-') {
        if (text[0] == '-')
            buf[n++] = '-';
        i = 1;
    }
    // Rejects "inf", "nan", "-" and a second sign; from_chars would accept
    // the first two.
    if (i >= text.size() || !((text[i] >= '0' && text[i] <= '9') || text[i] == '.' || text[i] == ','))
        return std::nullopt;

    int separators = 0;
    bool exponent = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == ',' || c == '.') {
            // A decimal separator after the exponent ("1e2.5") is not a number.
            if (++separators > 1 || exponent)
                return std::nullopt;
            c = '.';
        } else if (c == 'e' || c == 'E') {
            exponent = true;
        } else if (!((c >= '0' && c <= '9') || c == '+' || c == '-')) {
            return std::nullopt;
        }
        buf[n++] = c;
    }

    double value = 0.0;
    const char* first = buf.data();
    const char* last = buf.data() + n;
    auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc{} || ptr != last)
        return std::nullopt;
    return value;
}

} // namespace detail

} // namespace tumbuh::csv
