#pragma once
// Whether Database::open runs the full check (PRAGMA quick_check), from the
// file's record (store/integrityrecord.h): the rules of "A damaged file is
// refused before anything is written to it" in src/store/README.md.
#include "store/database.h"
#include "store/integrityrecord.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace tumbuh::store {

struct CheckDecision {
    bool run = false;
    CheckReason reason = CheckReason::None;
    bool scheduledDue = false;
    QDateTime lastCheckAt;
};

// `openHere`: this process already has the file open for writing.
CheckDecision decideCheck(const OpenOptions& options, bool fresh, bool readOnly, bool openHere,
                          const std::optional<IntegrityRecord>& record, const FileFingerprint& now);

// The file system's clock advances in ticks (the kernel's coarse clock):
// how long a close waits so that a later change of the file gets a later
// time than its record.
std::chrono::nanoseconds timestampTick();
// Now, as nanoseconds since the epoch.
qint64 realtimeNs();

} // namespace tumbuh::store
