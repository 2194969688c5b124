#pragma once
// A date as 'YYYY-MM-DD' in a small buffer, for binding millions of dates
// without QDate::toString's QString.
#include <QDate>

#include <array>
#include <string_view>

namespace tumbuh::store {

class IsoDate {
public:
    explicit IsoDate(const QDate& d)
    {
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        put(0, y / 100);
        put(2, y % 100);
        text_[4] = '-';
        put(5, m);
        text_[7] = '-';
        put(8, day);
    }
    std::string_view view() const { return {text_.data(), text_.size()}; }

private:
    void put(std::size_t at, int v)
    {
        text_[at] = static_cast<char>('0' + v / 10);
        text_[at + 1] = static_cast<char>('0' + v % 10);
    }
    std::array<char, 10> text_{};
};

} // namespace tumbuh::store
