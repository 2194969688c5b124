#pragma once
// A uid as schema 5 stores it (a 16-byte BLOB, RFC 4122 order: the bytes of
// sql::uidBytes) in a small buffer, for binding many uids natively without a
// QByteArray each.
#include <QUuid>

#include <array>
#include <cstddef>

namespace tumbuh::store {

class UidBytes {
public:
    explicit UidBytes(const QUuid& u)
    {
        std::size_t at = 0;
        put(at, u.data1, 4);
        put(at, u.data2, 2);
        put(at, u.data3, 2);
        for (const uchar b : u.data4)
            bytes_[at++] = b;
    }
    const unsigned char* data() const { return bytes_.data(); }
    static constexpr int size() { return 16; }

private:
    void put(std::size_t& at, quint32 v, std::size_t n)
    {
        for (std::size_t i = n; i-- > 0;) {
            bytes_[at + i] = static_cast<unsigned char>(v & 0xFF);
            v >>= 8;
        }
        at += n;
    }
    std::array<unsigned char, 16> bytes_{};
};

} // namespace tumbuh::store
