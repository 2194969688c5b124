#include "records/backup/restore.h"

#include "records/backup/backup.h"
#include "store/database.h"
#include "records/filesafety.h"
#include "records/package/readonlyconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tumbuh::records {
namespace {

constexpr qint64 kTumbuhApplicationId = 1414876482;  // 'TUMB', set by 0001_initial.sql

Error restoreError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

} // namespace

Result<BackupCheck> Restore::check(const QString& backupPath)
{
    const QFileInfo fi(backupPath);
    if (!fi.isFile())
        return restoreError(ErrorCode::FileNotFound,
                            QCoreApplication::translate("tumbuh::records", "The backup %1 does not exist.").arg(shown(backupPath)));
    {
        QFile f(backupPath);
        if (!f.open(QIODevice::ReadOnly) || !f.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
            return restoreError(ErrorCode::NotADatabase,
                                QCoreApplication::translate("tumbuh::records", "The file %1 is not a Tumbuh backup.").arg(shown(backupPath)));
        }
    }
    const ReadOnlyConnection c(backupPath);
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

Result<RestoreReport> Restore::run(const QString& dbPath, const QString& backupPath, const QDateTime& now)
{
    if (sameFile(dbPath, backupPath)) {
        return restoreError(ErrorCode::InUse,
                            QCoreApplication::translate("tumbuh::records", "%1 is the database itself, not a backup of it.").arg(shown(backupPath)));
    }
    auto checked = check(backupPath);
    if (!checked)
        return checked.error();
    RestoreReport report;
    report.backup = *checked;

    const QFileInfo target(dbPath);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return restoreError(ErrorCode::CannotOpen,
                            QCoreApplication::translate("tumbuh::records", "The folder of %1 does not exist.").arg(shown(dbPath)));
    }
    // 1. The new file, whole and synced, next to the database.
    const QString part = dbPath + QStringLiteral(".restore.part");
    filesafety::removeDatabaseFiles(part);
    {
        const ReadOnlyConnection c(backupPath);
        auto* handle = static_cast<sqlite3*>(c.nativeHandle());
        sqlite3_stmt* st = nullptr;
        int rc = handle ? sqlite3_prepare_v2(handle, "VACUUM INTO ?", -1, &st, nullptr) : SQLITE_ERROR;
        if (rc == SQLITE_OK) {
            const QByteArray name = QFile::encodeName(part);
            sqlite3_bind_text(st, 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(st);
        }
        const QString why = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            filesafety::removeDatabaseFiles(part);
            return restoreError(ErrorCode::CannotOpen,
                                QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(shown(part), why));
        }
    }
    if (auto synced = filesafety::syncFile(part); !synced) {
        filesafety::removeDatabaseFiles(part);
        return synced.error();
    }
    // 2. A copy of what is replaced, with its log (a copy, not a move: the
    // database path must never be empty).
    if (target.exists()) {
        report.replacedCopy = dbPath + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        filesafety::removeDatabaseFiles(report.replacedCopy);
        for (const char* suffix : {"", "-wal"}) {
            const QString from = dbPath + QLatin1String(suffix);
            if (!QFileInfo::exists(from))
                continue;
            if (auto copied = filesafety::copyFile(from, report.replacedCopy + QLatin1String(suffix)); !copied) {
                filesafety::removeDatabaseFiles(part);
                return copied.error();
            }
        }
    }
    // 3. The old log must not be replayed into the restored file.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(dbPath + QLatin1String(suffix));
    if (auto moved = filesafety::replaceFile(part, dbPath); !moved) {
        filesafety::removeDatabaseFiles(part);
        return moved.error();
    }
    return report;
}

} // namespace tumbuh::records
