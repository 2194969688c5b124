#pragma once
#include "records/storenames.h"
// UUIDs for rows that a bulk writer creates (CSV import): RFC 9562 version
// 7, the creation time in milliseconds first, then a counter, then random
// bits. Unique across laptops like any random UUID (44 random bits per row
// on top of the millisecond and the counter), but increasing within one
// import, so that a million new rows extend the uid index at its end
// instead of splitting it at random places (several times faster).
#include <QString>
#include <QUuid>

#include <cstdint>

namespace tumbuh::records {

class TimeUuid {
public:
    TimeUuid();
    QUuid next();

private:
    std::uint64_t millis_ = 0;
    std::uint32_t counter_ = 0;
};

} // namespace tumbuh::records
