#include "records/backup/restore.h"

#include "records/backup/backup.h"
#include "records/backup/backuparchive.h"
#include "store/database.h"
#include "store/integrityrecord.h"
#include "store/messages.h"
#include "store/writerlock.h"
#include "records/filesafety.h"
#include "records/package/readonlyconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace tumbuh::records {
namespace {

constexpr qint64 kTumbuhApplicationId = 1414876482; // 'TUMB', set by 0001_initial.sql

Error restoreError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// "VACUUM INTO target" on an open connection: everything committed,
// the write-ahead log's content included, as one file.
int vacuumInto(sqlite3* handle, const QString& target)
{
    sqlite3_stmt* st = nullptr;
    int rc = handle ? sqlite3_prepare_v2(handle, "VACUUM INTO ?", -1, &st, nullptr) : SQLITE_ERROR;
    if (rc == SQLITE_OK) {
        const QByteArray name = QFile::encodeName(target);
        sqlite3_bind_text(st, 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : (handle ? sqlite3_extended_errcode(handle) : rc);
}

Error writeError(const QString& path, int rc, const QString& why)
{
    if (msg::sqliteFailure(rc))
        return msg::sqliteError(rc, why);
    return restoreError(ErrorCode::CannotOpen,
                        QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(shown(path), why));
}

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

// The checks of a database file (`plainPath`) that a backup holds;
// messages name the backup.
Result<BackupCheck> checkPlain(const QString& plainPath, const QString& backupPath)
{
    {
        QFile f(plainPath);
        if (!f.open(QIODevice::ReadOnly) || !f.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
            return restoreError(ErrorCode::NotADatabase,
                                QCoreApplication::translate("tumbuh::records", "The file %1 is not a Tumbuh backup.").arg(shown(backupPath)));
        }
    }
    const ReadOnlyConnection c(plainPath);
    const auto appId = c.isOpen() ? c.scalar(QStringLiteral("PRAGMA application_id")) : std::nullopt;
    if (!appId || appId->toLongLong() != kTumbuhApplicationId) {
        return restoreError(ErrorCode::NotADatabase,
                            QCoreApplication::translate("tumbuh::records", "The file %1 is not a Tumbuh backup.").arg(shown(backupPath)));
    }
    QStringList problems;
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            problems << q.lastError().databaseText();
        while (q.next())
            problems << q.value(0).toString();
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        return restoreError(ErrorCode::Corrupt,
                            QCoreApplication::translate("tumbuh::records", "The backup %1 is damaged and was not used: %2")
                                .arg(shown(backupPath), problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    BackupCheck out;
    out.schemaVersion = c.scalar(QStringLiteral("PRAGMA user_version")).value_or(QVariant(0)).toInt();
    if (out.schemaVersion > Database::latestSchemaVersion()) {
        return restoreError(ErrorCode::NewerSchema,
                            QCoreApplication::translate("tumbuh::records",
                                                        "The backup %1 was made by a newer version of Tumbuh (schema %2; "
                                                        "this program knows up to %3). Update Tumbuh to restore it.")
                                .arg(shown(backupPath))
                                .arg(out.schemaVersion)
                                .arg(Database::latestSchemaVersion()));
    }
    const auto children = c.scalar(QStringLiteral("SELECT count(*) FROM children WHERE deleted_at IS NULL"));
    const auto measurements = c.scalar(QStringLiteral("SELECT count(*) FROM measurements WHERE deleted_at IS NULL"));
    if (!children || !measurements) {
        return restoreError(ErrorCode::NotADatabase,
                            QCoreApplication::translate("tumbuh::records", "The file %1 is not a Tumbuh backup.").arg(shown(backupPath)));
    }
    out.children = children->toLongLong();
    out.measurements = measurements->toLongLong();
    out.madeAt = Backup::madeAt(backupPath);
    return out;
}

} // namespace

Result<BackupCheck> Restore::check(const QString& backupPath)
{
    const QFileInfo fi(backupPath);
    if (!fi.isFile())
        return restoreError(ErrorCode::FileNotFound,
                            QCoreApplication::translate("tumbuh::records", "The backup %1 does not exist.").arg(shown(backupPath)));
    if (!BackupArchive::isArchive(backupPath))
        return checkPlain(backupPath, backupPath);
    const QTemporaryDir temp;
    if (!temp.isValid())
        return writeError(temp.path(), SQLITE_OK, temp.errorString());
    const QString plain = temp.filePath(QStringLiteral("backup.db"));
    if (auto extracted = BackupArchive::extract(backupPath, plain); !extracted)
        return extracted.error();
    auto checked = checkPlain(plain, backupPath);
    filesafety::removeDatabaseFiles(plain);
    return checked;
}

Result<RestoreReport> Restore::run(const QString& dbPath, const QString& backupPath, const QDateTime& now, const MayUse& mayUse)
{
    if (sameFile(dbPath, backupPath)) {
        return restoreError(ErrorCode::InUse,
                            QCoreApplication::translate("tumbuh::records", "%1 is the database itself, not a backup of it.").arg(shown(backupPath)));
    }
    // A plain backup is checked where it is; a compressed one once it is
    // decompressed next to the database (its header is read first).
    const bool compressed = BackupArchive::isArchive(backupPath);
    RestoreReport report;
    if (compressed) {
        if (auto header = BackupArchive::header(backupPath); !header)
            return header.error();
    } else {
        auto checked = check(backupPath);
        if (!checked)
            return checked.error();
        report.backup = *checked;
    }

    const QFileInfo target(dbPath);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return restoreError(ErrorCode::CannotOpen,
                            QCoreApplication::translate("tumbuh::records", "The folder of %1 does not exist.").arg(shown(dbPath)));
    }
    // Nobody else may write the file meanwhile, this program included: the
    // desktop program or an import still running would write into a file
    // that is no longer the database, and lose what it writes.
    auto lock = WriterLock::acquire(dbPath, std::chrono::seconds(3), WriterLock::Mode::Exclusive);
    if (!lock)
        return lock.error();

    // 1. The new file, whole and synced, next to the database.
    const QString part = dbPath + QStringLiteral(".restore.part");
    filesafety::removeDatabaseFiles(part);
    if (compressed) {
        if (auto extracted = BackupArchive::extract(backupPath, part); !extracted) {
            filesafety::removeDatabaseFiles(part);
            return extracted.error();
        }
        auto checked = checkPlain(part, backupPath);
        if (!checked) {
            filesafety::removeDatabaseFiles(part);
            return checked.error();
        }
        report.backup = *checked;
    } else {
        const ReadOnlyConnection c(backupPath);
        auto* handle = static_cast<sqlite3*>(c.nativeHandle());
        const int rc = vacuumInto(handle, part);
        const QString why = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
        if (rc != SQLITE_OK) {
            filesafety::removeDatabaseFiles(part);
            return writeError(part, rc, why);
        }
    }
    if (auto synced = filesafety::syncFile(part); !synced) {
        filesafety::removeDatabaseFiles(part);
        return synced.error();
    }
    if (mayUse) {
        auto allowed = mayUse(part);
        // Whatever a reader left beside it goes; the file itself stays
        // unless refused.
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(part + QLatin1String(suffix));
        if (!allowed) {
            filesafety::removeDatabaseFiles(part);
            return allowed.error();
        }
    }
    // 2. A copy of what is replaced, made through SQLite so that it holds
    // everything committed until now, the log's content included; a file
    // SQLite cannot read (damaged: the reason for restoring) is copied as it
    // is, with its log. A copy, not a move: the database path must never be
    // empty.
    const QString wal = dbPath + QStringLiteral("-wal");
    bool readable = false;
    if (target.exists()) {
        report.replacedCopy = dbPath + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        filesafety::removeDatabaseFiles(report.replacedCopy);
        sqlite3* live = nullptr;
        const QByteArray name = QFile::encodeName(dbPath);
        if (sqlite3_open_v2(name.constData(), &live, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(live, 3000);
            readable = sqlite3_exec(live, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
        }
        int rc = SQLITE_OK;
        QString why;
        if (readable) {
            rc = vacuumInto(live, report.replacedCopy);
            why = QString::fromUtf8(sqlite3_errmsg(live));
            // Its schema reads but a page of its tables does not: damaged
            // all the same, so it is copied as it is too.
            if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
                filesafety::removeDatabaseFiles(report.replacedCopy);
                readable = false;
                rc = SQLITE_OK;
            }
        }
        // Closing the last connection folds the log into the file and
        // removes it; a log that stays means another program has the file
        // open (reading it).
        sqlite3_close_v2(live);
        if (rc != SQLITE_OK) {
            filesafety::removeDatabaseFiles(part);
            filesafety::removeDatabaseFiles(report.replacedCopy);
            return writeError(report.replacedCopy, rc, why);
        }
        if (!readable) {
            for (const char* suffix : {"", "-wal"}) {
                const QString from = dbPath + QLatin1String(suffix);
                if (!QFileInfo::exists(from))
                    continue;
                if (auto copied = filesafety::copyFile(from, report.replacedCopy + QLatin1String(suffix)); !copied) {
                    filesafety::removeDatabaseFiles(part);
                    return copied.error();
                }
            }
        } else if (auto synced = filesafety::syncFile(report.replacedCopy); !synced) {
            filesafety::removeDatabaseFiles(part);
            return synced.error();
        }
    }
    if (readable && QFileInfo::exists(wal)) {
        filesafety::removeDatabaseFiles(part);
        filesafety::removeDatabaseFiles(report.replacedCopy);
        return restoreError(ErrorCode::Busy,
                            QCoreApplication::translate("tumbuh::records",
                                                        "The database %1 is open in another program. Close every program "
                                                        "that shows it, then restore again. Nothing was changed.")
                                .arg(shown(dbPath)));
    }
    // 3. The old log (none is left of a readable file) must not be replayed
    // into the restored file.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(dbPath + QLatin1String(suffix));
    if (auto moved = filesafety::replaceFile(part, dbPath); !moved) {
        filesafety::removeDatabaseFiles(part);
        return moved.error();
    }
    // The next open checks the whole restored file before anything is
    // written to it (its new inode would ask for that too; this says why).
    (void)store::IntegrityRecord::markRestored(dbPath);
    return report;
}

} // namespace tumbuh::records
