#pragma once
#include "records/storenames.h"
// Backups: a compressed copy of the database in a backup folder, named as
// Database::backupsOf and OpenOptions::backupDir expect:
//     <backup folder>/<database file's base name>-<yyyyMMdd-HHmmss>.db.zst
//     <backup folder>/<database file's base name>-<yyyyMMdd-HHmmss>.db.delta.zst
// (local time; a name already taken moves on by a second). The database is
// copied whole and compact (`VACUUM INTO` a ".part" file), then compressed
// with zstd (backuparchive.h): a full backup (".db.zst", about a third of
// the file), or a delta (".db.delta.zst") holding only what differs from the
// newest full backup (a few MB for a day's work on a city). A new full
// backup comes after 6 deltas, or when the newest delta passed a quarter of
// its full backup: ten days of a city take well under twice its size.
// Each is written under ".part" and renamed when synced, so a power cut
// never leaves half a backup under a backup's name. Backups made by earlier
// versions (plain "<name>-<stamp>.db" SQLite files) are listed and restored
// as before.
//
// Every backup written is recorded in the folder's BackupManifest
// ("tumbuh-backups.json"), and only the newest `keep` of that record are
// kept, with the full backups their deltas were made against: newest by the
// record's sequence (the order they were written, whatever the clock said),
// never the backup just written, never a file not in the record or no longer
// as recorded (a user's file, a backup made before the record existed).
//
// Automatic backups, for the desktop program to call:
//   - maybeBackup(db, policy, now): at start and now and then; makes the day's
//     backup if there is none of that day yet;
//   - backupAtClose(db, policy, now): when the database is closed;
// both only when something changed since the newest backup (its audit log
// ends where the database's does: every change writes an audit entry; a
// compressed backup records that end in its header), so that opening and
// closing the program ten times does not push the last real backups out.
#include "store/database.h"
#include "store/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tumbuh::records {

struct BackupPolicy {
    QString dir;   // empty: Backup::defaultDir(database path)
    int keep = 10; // the newest N are kept
    bool daily = true;
    bool atClose = true;
};

// A backup written, and the old backups deleted to keep `keep`.
struct BackupMade {
    QString path;
    QStringList removed;
};

class Backup {
public:
    // "<database folder>/backups".
    static QString defaultDir(const QString& dbPath);
    // Backups of the database in `dir`, newest first: those in the record
    // by its order, then older ones (made before the record) by name.
    static QStringList list(const QString& dbPath, const QString& dir);
    // When a backup was made, from its name (invalid for another name).
    static QDateTime madeAt(const QString& backupPath);

    // Makes a backup now (even if nothing changed) and prunes to `keep`
    // (plus the full backups the kept deltas need).
    // The database must not be inside a transaction.
    static Result<BackupMade> make(Database& db, const QString& dir, int keep = 10,
                                   const QDateTime& now = QDateTime::currentDateTime());
    // make(), returning the backup's path.
    static Result<QString> create(Database& db, const QString& dir, int keep = 10,
                                  const QDateTime& now = QDateTime::currentDateTime());
    // Deletes all but the newest `keep` (at least 1) of the recorded backups
    // and what those were made against; returns the deleted paths.
    static Result<QStringList> prune(const QString& dbPath, const QString& dir, int keep);
    // Whether the database changed since `backupPath` was made.
    static bool changedSince(Database& db, const QString& backupPath);
};

// The path of the backup made, or nullopt when none was due.
Result<std::optional<QString>> maybeBackup(Database& db, const BackupPolicy& policy,
                                           const QDateTime& now = QDateTime::currentDateTime());
Result<std::optional<QString>> backupAtClose(Database& db, const BackupPolicy& policy,
                                             const QDateTime& now = QDateTime::currentDateTime());

} // namespace tumbuh::records
