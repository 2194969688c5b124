#include "records/backup/backup.h"

#include "records/filesafety.h"
#include "records/nativestatement.h"
#include "records/package/readonlyconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tumbuh::records {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString dirFor(const QString& dbPath, const QString& dir)
{
    return dir.isEmpty() ? Backup::defaultDir(dbPath) : dir;
}

QRegularExpression patternFor(const QString& dbPath)
{
    return QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(QFileInfo(dbPath).completeBaseName())
                              + QStringLiteral("-(\\d{8}-\\d{6})\\.db$"));
}

Error backupError(const QString& message)
{
    return Error{ErrorCode::CannotOpen, {}, message, {}, {}};
}

// The end of a database's audit log: every change adds a row to it.
std::optional<qint64> auditEnd(const QVariant& v)
{
    if (!v.isValid())
        return std::nullopt;
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace

QString Backup::defaultDir(const QString& dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::fileName(const QString& dbPath, const QDateTime& at)
{
    return QFileInfo(dbPath).completeBaseName() + QLatin1Char('-') + at.toString(kStampFormat) + QStringLiteral(".db");
}

QStringList Backup::list(const QString& dbPath, const QString& dir)
{
    const QDir d(dirFor(dbPath, dir));
    const QRegularExpression pattern = patternFor(dbPath);
    QStringList names;
    for (const QString& n : d.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (pattern.match(n).hasMatch())
            names << d.filePath(n);
    }
    return names;
}

QDateTime Backup::madeAt(const QString& backupPath)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})\\.db$"));
    const auto m = stamp.match(QFileInfo(backupPath).fileName());
    if (!m.hasMatch())
        return {};
    return QDateTime::fromString(m.captured(1), kStampFormat);
}

Result<QString> Backup::create(Database& db, const QString& dir, int keep, const QDateTime& now)
{
    const QString folder = dirFor(db.path(), dir);
    if (!QDir().mkpath(folder)) {
        return backupError(QCoreApplication::translate("tumbuh::records", "The backup folder %1 cannot be created.")
                               .arg(QDir::toNativeSeparators(folder)));
    }
    QDateTime at = now;
    QString target = QDir(folder).filePath(fileName(db.path(), at));
    while (QFileInfo::exists(target)) {
        at = at.addSecs(1);
        target = QDir(folder).filePath(fileName(db.path(), at));
    }
    const QString part = target + QStringLiteral(".part");
    filesafety::removeDatabaseFiles(part);
    {
        auto vacuum = NativeStatement::prepare(db, QStringLiteral("VACUUM INTO ?"));
        if (!vacuum)
            return vacuum.error();
        vacuum->bind(1, part);
        if (auto r = vacuum->run(); !r) {
            filesafety::removeDatabaseFiles(part);
            return r.error();
        }
    }
    if (auto moved = filesafety::replaceFile(part, target); !moved) {
        filesafety::removeDatabaseFiles(part);
        return moved.error();
    }
    if (auto pruned = prune(db.path(), folder, keep); !pruned)
        return pruned.error();
    return target;
}

Result<QStringList> Backup::prune(const QString& dbPath, const QString& dir, int keep)
{
    const QStringList all = list(dbPath, dir);
    QStringList removed;
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i) {
        filesafety::removeDatabaseFiles(all[i]);
        if (QFileInfo::exists(all[i])) {
            return backupError(QCoreApplication::translate("tumbuh::records", "The old backup %1 cannot be deleted.")
                                   .arg(QDir::toNativeSeparators(all[i])));
        }
        removed << all[i];
    }
    return removed;
}

bool Backup::changedSince(Database& db, const QString& backupPath)
{
    auto here = NativeStatement::prepare(db, QStringLiteral("SELECT max(id) FROM audit_log"));
    if (!here)
        return true;
    auto row = here->step();
    if (!row || !*row)
        return true;
    const qint64 current = here->isNull(0) ? 0 : here->int64(0);
    const ReadOnlyConnection backup(backupPath);
    if (!backup.isOpen())
        return true;
    const auto then = auditEnd(backup.scalar(QStringLiteral("SELECT max(id) FROM audit_log")).value_or(QVariant()));
    return !then || *then != current;
}

Result<std::optional<QString>> maybeBackup(Database& db, const BackupPolicy& policy, const QDateTime& now)
{
    if (!policy.daily)
        return std::optional<QString>();
    const QStringList existing = Backup::list(db.path(), policy.dir);
    if (!existing.isEmpty()) {
        const QDateTime newest = Backup::madeAt(existing.front());
        if (newest.date() == now.date() || !Backup::changedSince(db, existing.front()))
            return std::optional<QString>();
    }
    auto made = Backup::create(db, policy.dir, policy.keep, now);
    if (!made)
        return made.error();
    return std::optional<QString>(*made);
}

Result<std::optional<QString>> backupAtClose(Database& db, const BackupPolicy& policy, const QDateTime& now)
{
    if (!policy.atClose)
        return std::optional<QString>();
    const QStringList existing = Backup::list(db.path(), policy.dir);
    if (!existing.isEmpty() && !Backup::changedSince(db, existing.front()))
        return std::optional<QString>();
    auto made = Backup::create(db, policy.dir, policy.keep, now);
    if (!made)
        return made.error();
    return std::optional<QString>(*made);
}

} // namespace tumbuh::records
