#include "records/timeuuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace tumbuh::records {

TimeUuid::TimeUuid() : millis_(static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch())) { }

QUuid TimeUuid::next()
{
    // 30 bits of counter: 12 in rand_a, 18 at the top of rand_b. Past a
    // billion rows in one import the millisecond moves on by one.
    if (++counter_ >= (1u << 30)) {
        counter_ = 0;
        ++millis_;
    }
    const std::uint64_t random = QRandomGenerator::global()->generate64();
    std::array<std::uint8_t, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(millis_ >> (40 - 8 * i));
    const std::uint32_t hi = counter_ >> 18;      // 12 bits
    const std::uint32_t lo = counter_ & 0x3ffffu; // 18 bits
    b[6] = static_cast<std::uint8_t>(0x70 | (hi >> 8));
    b[7] = static_cast<std::uint8_t>(hi & 0xff);
    b[8] = static_cast<std::uint8_t>(0x80 | (lo >> 12));
    b[9] = static_cast<std::uint8_t>((lo >> 4) & 0xff);
    b[10] = static_cast<std::uint8_t>(((lo & 0x0f) << 4) | (random & 0x0f));
    for (int i = 11; i < 16; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(random >> (4 + 8 * (i - 11)));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), 16));
}

} // namespace tumbuh::records
