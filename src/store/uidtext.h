#pragma once
// A UUID as SQLite stores it (lower case, no braces: the text of
// sql::uidText) in a small buffer, for binding a million UUIDs without
// QUuid::toString's QString and its UTF-8 copy.
#include <QUuid>

#include <array>
#include <cstdint>
#include <string_view>

namespace tumbuh::store {

class UidText {
public:
    explicit UidText(const QUuid& u)
    {
        std::size_t at = 0;
        put(at, u.data1, 8);
        text_[at++] = '-';
        put(at, u.data2, 4);
        text_[at++] = '-';
        put(at, u.data3, 4);
        text_[at++] = '-';
        for (std::size_t i = 0; i < 8; ++i) {
            if (i == 2)
                text_[at++] = '-';
            put(at, u.data4[i], 2);
        }
    }
    std::string_view view() const { return {text_.data(), text_.size()}; }

private:
    void put(std::size_t& at, std::uint32_t v, std::size_t digits)
    {
        for (std::size_t i = digits; i-- > 0;) {
            text_[at + i] = "0123456789abcdef"[v & 0xF];
            v >>= 4;
        }
        at += digits;
    }
    std::array<char, 36> text_{};
};

} // namespace tumbuh::store
