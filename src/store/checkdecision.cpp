#include "store/checkdecision.h"

#include <QtGlobal>

#include <ctime>

namespace tumbuh::store {

namespace {

std::chrono::hours checkInterval(const OpenOptions& options)
{
    bool set = false;
    const int days = qEnvironmentVariableIntValue("TUMBUH_CHECK_INTERVAL_DAYS", &set);
    if (set && days >= 0)
        return std::chrono::hours(24 * days);
    return options.checkInterval;
}

} // namespace

CheckDecision decideCheck(const OpenOptions& options, bool fresh, bool readOnly, bool openHere,
                          const std::optional<IntegrityRecord>& record, const FileFingerprint& now)
{
    CheckDecision d;
    if (record)
        d.lastCheckAt = record->checkedAt;
    const auto check = [&d](CheckReason reason) {
        d.run = true;
        d.reason = reason;
        return d;
    };
    if (fresh) {
        d.reason = CheckReason::NewFile;
        return d;
    }
    if (options.check == CheckPolicy::Never || !options.quickCheck) {
        d.reason = CheckReason::NotAsked;
        return d;
    }
    // The record says "open" for this process's own session: it cannot
    // tell whether the file changed since (as the check at every open did).
    if (openHere)
        return check(CheckReason::OpenHere);
    if (options.check == CheckPolicy::Always)
        return check(CheckReason::Asked);
    if (!record)
        return check(CheckReason::NoRecord);
    switch (record->session) {
    case IntegrityRecord::Session::Open: return check(CheckReason::UncleanShutdown);
    case IntegrityRecord::Session::Restored: return check(CheckReason::AfterRestore);
    case IntegrityRecord::Session::Closed: break;
    }
    if (!record->checkOk || !record->checkedAt.isValid())
        return check(CheckReason::LastCheckFailed);
    // The record must have been written after the file's last change as
    // the file system's clock sees it: else a change in the same clock tick
    // could hide behind equal times.
    if (!record->closedAs || !(*record->closedAs == now) || record->recordedAtNs <= now.newestChangeNs())
        return check(CheckReason::Changed);
    const QDateTime due = record->checkedAt.addSecs(std::chrono::duration_cast<std::chrono::seconds>(checkInterval(options)).count());
    if (QDateTime::currentDateTimeUtc() >= due) {
        if (readOnly)
            return d; // the writer's job: a reader cannot record it
        if (options.deferScheduledCheck) {
            d.reason = CheckReason::Scheduled;
            d.scheduledDue = true;
            return d;
        }
        return check(CheckReason::Scheduled);
    }
    return d;
}

std::chrono::nanoseconds timestampTick()
{
#if defined(CLOCK_REALTIME_COARSE)
    timespec res{};
    if (::clock_getres(CLOCK_REALTIME_COARSE, &res) == 0)
        return std::chrono::seconds(res.tv_sec) + std::chrono::nanoseconds(res.tv_nsec) + std::chrono::milliseconds(1);
#endif
    return std::chrono::milliseconds(20);
}

qint64 realtimeNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace tumbuh::store
