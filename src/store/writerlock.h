#pragma once
// One writer at a time. Every program that opens a database for writing
// (the desktop program, tumbuh-cli import/merge/restore...) holds the lock
// file "<database>.lock" beside it (a QLockFile: it names the process id,
// the program and the host; the user is the lock file's owner). A second
// writer waits a little, then is refused with ErrorCode::Busy naming the
// holder. A lock left by a process that died (SIGKILL, power cut) is taken
// over. Readers (viewer, export, package, card) never take it.
//
// Within one process the lock is shared: opening the same file twice (two
// Database objects) is one writer as far as other programs are concerned.
#include "store/result.h"

#include <QString>

#include <chrono>
#include <memory>

namespace tumbuh::store {

class WriterLock {
public:
    enum class Mode {
        Shared,    // also granted when this process already holds it
        Exclusive, // refused when anyone holds it, this process included (restore)
    };

    static QString lockPathOf(const QString& dbPath);

    // The lock of `dbPath`, waiting up to `wait` for another program to let
    // go; ErrorCode::Busy (translated, naming the holder) when it does not.
    // The environment variable TUMBUH_LOCK_WAIT_MS (milliseconds) replaces a
    // non-zero `wait`.
    static Result<std::shared_ptr<WriterLock>> acquire(const QString& dbPath, std::chrono::milliseconds wait,
                                                       Mode mode = Mode::Shared);

    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    struct Impl;

private:
    explicit WriterLock(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace tumbuh::store
