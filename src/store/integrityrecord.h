#pragma once
// What this program knows about a database file between two sessions, so
// that opening it need not read the whole file (PRAGMA quick_check) every
// time: "<database>.state" beside it, a few lines of text written by the
// writer only (temporary file, fsync, rename, fsync of the folder).
//
//   session=open|closed|restored   open: a writer has it (or was killed, or
//                                  the power went); restored: Restore put a
//                                  backup in its place
//   size=, mtime=, ctime=, inode=, device=, counter=, pages=, wal=...
//                                  the file (and its -wal) as the last writer
//                                  left it at its clean close
//   checked=<UTC ISO time>         the last full check, and its result
//   checkOk=1|0, checkReason=<code>
//
// Database::open (store/database.h) decides from it whether the full check
// runs; see "Opening a file" in src/store/README.md for the promise it keeps.
#include "store/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tumbuh::store {

// Why Database::open did, or did not, run the full check.
enum class CheckReason {
    None,            // not checked: the file is exactly as this program left it at a clean close
    NewFile,         // created (or empty) now: nothing to check yet
    NotAsked,        // CheckPolicy::Never: a second connection of a program that checked
    OpenHere,        // checked: this process already has it open for writing, its record says "open"
    Asked,           // CheckPolicy::Always
    NoRecord,        // no record beside the file: its first open here
    UncleanShutdown, // the last session did not close (killed, power cut), or a writer is at work
    Changed,         // the file differs from what was recorded at the last clean close
    AfterRestore,    // a backup was restored over it
    AfterMerge,      // a package was merged into it (run by the merge itself)
    LastCheckFailed, // the last check found damage
    Scheduled,       // the last full check is older than the interval
};

// A stable code for the record and for messages ("unclean-shutdown"...).
QString checkReasonCode(CheckReason reason);
std::optional<CheckReason> checkReasonFromCode(const QString& code);

// One file as the operating system describes it (exists = false when
// there is none).
struct FileStat {
    bool exists = false;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;

    static FileStat of(const QString& path);
    bool operator==(const FileStat&) const = default;
};

// The database file and its write-ahead log as the operating system and
// SQLite's header describe them. A change of any byte through the file
// system changes ctime (which utimensat cannot set back), so a file changed
// while the program was closed does not match; only a disk that flips bits
// by itself does.
struct FileFingerprint {
    FileStat file;
    FileStat wal;              // the "-wal" beside it
    quint32 changeCounter = 0; // header bytes 24..27
    quint32 pages = 0;         // header bytes 28..31

    static FileFingerprint of(const QString& dbPath);
    // The newest change time of the file and its log (ns since the epoch).
    qint64 newestChangeNs() const;
    bool operator==(const FileFingerprint&) const = default;
};

struct IntegrityRecord {
    enum class Session { Closed,
                         Open,
                         Restored };
    Session session = Session::Closed;
    std::optional<FileFingerprint> closedAs; // at the last clean close
    qint64 recordedAtNs = 0;                 // the record file's own mtime when read
    QDateTime checkedAt;                     // UTC; invalid = never checked here
    bool checkOk = true;
    QString checkReason;

    // "<database>.state", beside the database's real path.
    static QString pathOf(const QString& dbPath);
    // Nullopt when there is none or it cannot be read.
    static std::optional<IntegrityRecord> read(const QString& dbPath);
    // Written whole or not at all, and on the disk when this returns.
    Result<void> write(const QString& dbPath) const;

    // Restore: the file at dbPath is a restored backup; the next open checks it.
    static Result<void> markRestored(const QString& dbPath);
};

} // namespace tumbuh::store
