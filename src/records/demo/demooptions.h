#pragma once
#include "records/storenames.h"
// What the demo generator is asked for, and what it made.
#include <QDate>
#include <QtGlobal>

#include <cstdint>
#include <functional>

namespace tumbuh::records {

struct DemoOptions {
    int children = 600;     // live children (a few deleted duplicate registrations come on top)
    int months = 24;        // history: posyandu days from `months` months before today
    std::uint64_t seed = 1; // the same seed (and options) gives the same city, byte for byte
    QDate today;            // the last possible posyandu day; null = the current date
    int posyandu = 0;       // 0 = about one per 110 children
    // Called now and then with a percentage (0-100); return false to cancel
    // (nothing is then saved).
    std::function<bool(int percent)> progress;
};

struct DemoSummary {
    int posyandu = 0;
    int households = 0;
    int children = 0;        // rows, including the deleted duplicates
    qint64 measurements = 0; // rows, including the deleted duplicates
    int referrals = 0;       // with their history in referral_events
    int counselling = 0;     // counselling records
    QDate today;
};

} // namespace tumbuh::records
