#pragma once
#include "records/storenames.h"
// Restoring a database file from a backup (backup.h), for the database
// that is NOT open (the desktop program closes it first; Database::open
// names the newest backup when a file cannot be used).
//
// Nothing is replaced before the backup is known good: it must be an SQLite
// file of Tumbuh's, pass PRAGMA integrity_check, and have a schema this
// program knows (an older one is upgraded when next opened). A compressed
// backup (backuparchive.h) is first decompressed, a delta with the full
// backup it was made against, each checked against its SHA-256; a missing
// or damaged one is refused, naming it. Then, holding the database's writer
// lock (store/writerlock.h; refused with ErrorCode::Busy, naming the
// program, while another program or this one has it open for writing):
//   1. the backup is written out (decompressed, or for a plain SQLite
//      backup by VACUUM INTO, so any log it has is folded in) to
//      "<database>.restore.part" in the database's own folder, synced, and
//      checked there; `mayUse`, when given, is asked with that file (the
//      program signs an admin in against it: the file being replaced may
//      be unreadable);
//   2. the file it replaces is kept as "<database>.before-restore-<yyyyMMdd-
//      HHmmss>" next to it, written by VACUUM INTO from the live file, so it
//      holds everything committed until now, its log included (a file SQLite
//      cannot read is copied as it is, with its log);
//   3. closing that connection folds the log into the file and removes it;
//      a log that remains means a reader still has the file open: refused
//      (ErrorCode::Busy), nothing replaced. Else the new file is renamed over
//      the database (atomic) and the folder synced.
// At every moment the database path holds a whole database: the old one or
// the restored one, never half of either.
// The file's record (store/integrityrecord.h) then says "restored", so the
// next open runs the full check before anything is written to it.
#include "store/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace tumbuh::records {

struct BackupCheck {
    int schemaVersion = 0;
    qint64 children = 0;
    qint64 measurements = 0;
    QDateTime madeAt; // from the backup's name; invalid for another name
};

struct RestoreReport {
    BackupCheck backup;
    QString replacedCopy; // where the replaced file was kept; empty if there was none
};

class Restore {
public:
    // Given the checked database file the backup holds; an error stops
    // the restore with nothing replaced.
    using MayUse = std::function<Result<void>(const QString& checkedCopy)>;

    // Reads the backup without changing it (a compressed one is
    // decompressed into a temporary folder and removed again).
    static Result<BackupCheck> check(const QString& backupPath);
    static Result<RestoreReport> run(const QString& dbPath, const QString& backupPath,
                                     const QDateTime& now = QDateTime::currentDateTime(), const MayUse& mayUse = {});
};

} // namespace tumbuh::records
