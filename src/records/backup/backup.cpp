#include "records/backup/backup.h"

#include "records/backup/backuparchive.h"
#include "records/backup/backupmanifest.h"
#include "records/filesafety.h"
#include "records/nativestatement.h"
#include "records/package/readonlyconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tumbuh::records {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
// A new full backup after this many deltas against the same one, or when
// the newest delta has grown past this share of it (each delta holds every
// change since its full backup, so it grows day by day).
constexpr int kMaxDeltas = 6;
constexpr qint64 kDeltaShareDivisor = 4;

QString dirFor(const QString& dbPath, const QString& dir)
{
    return dir.isEmpty() ? Backup::defaultDir(dbPath) : dir;
}

QRegularExpression patternFor(const QString& dbPath)
{
    return QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(QFileInfo(dbPath).completeBaseName())
                              + QStringLiteral("-(\\d{8}-\\d{6})\\.db(\\.zst|\\.delta\\.zst)?$"));
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

QStringList Backup::list(const QString& dbPath, const QString& dir)
{
    const QDir d(dirFor(dbPath, dir));
    const QRegularExpression pattern = patternFor(dbPath);
    QStringList names;
    if (auto manifest = BackupManifest::load(d.path())) {
        for (const auto& e : manifest->of(QFileInfo(dbPath).completeBaseName())) {
            if (QFileInfo::exists(manifest->pathOf(e)))
                names << manifest->pathOf(e);
        }
    }
    for (const QString& n : d.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (pattern.match(n).hasMatch() && !names.contains(d.filePath(n)))
            names << d.filePath(n);
    }
    return names;
}

QDateTime Backup::madeAt(const QString& backupPath)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})\\.db(\\.zst|\\.delta\\.zst)?$"));
    const auto m = stamp.match(QFileInfo(backupPath).fileName());
    if (!m.hasMatch())
        return {};
    return QDateTime::fromString(m.captured(1), kStampFormat);
}

Result<QString> Backup::create(Database& db, const QString& dir, int keep, const QDateTime& now)
{
    auto made = make(db, dir, keep, now);
    if (!made)
        return made.error();
    return made->path;
}

Result<BackupMade> Backup::make(Database& db, const QString& dir, int keep, const QDateTime& now)
{
    const QString folder = dirFor(db.path(), dir);
    if (!QDir().mkpath(folder)) {
        return backupError(QCoreApplication::translate("tumbuh::records", "The backup folder %1 cannot be created.")
                               .arg(QDir::toNativeSeparators(folder)));
    }
    // A folder whose record is not readable gets no backup (before
    // anything is written into it).
    auto manifest = BackupManifest::load(folder);
    if (!manifest)
        return manifest.error();
    const QString name = QFileInfo(db.path()).completeBaseName();
    const QDir d(folder);
    const auto taken = [&](const QString& stem) {
        for (const QString& suffix : {QStringLiteral(".db"), BackupArchive::kFullSuffix, BackupArchive::kDeltaSuffix}) {
            if (QFileInfo::exists(d.filePath(stem + suffix)))
                return true;
        }
        return false;
    };
    QDateTime at = now;
    QString stem = name + QLatin1Char('-') + at.toString(kStampFormat);
    while (taken(stem)) {
        at = at.addSecs(1);
        stem = name + QLatin1Char('-') + at.toString(kStampFormat);
    }
    // The database as one compact file, then compressed beside it.
    const QString plain = d.filePath(stem + QStringLiteral(".db.part"));
    const QString basePlain = d.filePath(stem + QStringLiteral(".base.part"));
    filesafety::removeDatabaseFiles(plain);
    const auto cleanUp = [&] {
        filesafety::removeDatabaseFiles(plain);
        QFile::remove(basePlain);
    };
    {
        auto vacuum = NativeStatement::prepare(db, QStringLiteral("VACUUM INTO ?"));
        if (!vacuum)
            return vacuum.error();
        vacuum->bind(1, plain);
        if (auto r = vacuum->run(); !r) {
            cleanUp();
            return r.error();
        }
    }
    std::optional<qint64> end;
    {
        const ReadOnlyConnection copy(plain);
        if (copy.isOpen())
            end = auditEnd(copy.scalar(QStringLiteral("SELECT max(id) FROM audit_log")).value_or(QVariant()));
    }
    // A delta against the newest full backup while it is still a good base
    // (keeping one backup keeps one whole backup: always a full one).
    std::optional<ArchiveHeader> written;
    QString base;
    const auto recorded = manifest->of(name);
    const auto full = std::find_if(recorded.begin(), recorded.end(),
                                   [](const BackupManifest::Entry& e) { return e.file.endsWith(BackupArchive::kFullSuffix); });
    if (keep > 1 && full != recorded.end() && recorded.front().sequence - full->sequence < kMaxDeltas
        && (full == recorded.begin() || recorded.front().size <= full->size / kDeltaShareDivisor) && manifest->matches(*full)) {
        const QString fullPath = manifest->pathOf(*full);
        auto header = BackupArchive::header(fullPath);
        if (header && BackupArchive::extract(fullPath, basePlain)) {
            const QString target = d.filePath(stem + BackupArchive::kDeltaSuffix);
            if (auto delta = BackupArchive::write(plain, target, end, basePlain, *header, full->file)) {
                written = *delta;
                base = full->file;
            }
        }
        // A base that cannot be read back, or a delta that failed: a full
        // backup instead.
        QFile::remove(basePlain);
    }
    QString target = d.filePath(stem + BackupArchive::kDeltaSuffix);
    if (!written) {
        target = d.filePath(stem + BackupArchive::kFullSuffix);
        auto whole = BackupArchive::write(plain, target, end);
        if (!whole) {
            cleanUp();
            return whole.error();
        }
    }
    cleanUp();
    if (auto added = manifest->add(QFileInfo(target).fileName(), name, base); !added)
        return added.error();
    if (auto saved = manifest->save(); !saved)
        return saved.error();
    auto pruned = prune(db.path(), folder, keep);
    if (!pruned)
        return pruned.error();
    return BackupMade{target, *pruned};
}

Result<QStringList> Backup::prune(const QString& dbPath, const QString& dir, int keep)
{
    const QString folder = dirFor(dbPath, dir);
    auto manifest = BackupManifest::load(folder);
    if (!manifest)
        return manifest.error();
    const auto recorded = manifest->of(QFileInfo(dbPath).completeBaseName());
    const std::size_t kept = static_cast<std::size_t>(std::max(1, keep));
    // What the kept backups are made against is kept with them.
    QSet<QString> needed;
    for (std::size_t i = 0; i < std::min(kept, recorded.size()); ++i) {
        QString base = recorded[i].base;
        while (!base.isEmpty() && !needed.contains(base)) {
            needed.insert(base);
            const auto it = std::find_if(recorded.begin(), recorded.end(), [&](const BackupManifest::Entry& e) { return e.file == base; });
            base = it == recorded.end() ? QString() : it->base;
        }
    }
    QStringList removed;
    bool changed = false;
    for (std::size_t i = kept; i < recorded.size(); ++i) {
        const BackupManifest::Entry& e = recorded[i];
        if (needed.contains(e.file))
            continue;
        const QString path = manifest->pathOf(e);
        // Gone, or no longer the file written: not ours to delete any more.
        if (!manifest->matches(e)) {
            manifest->remove(e.file);
            changed = true;
            continue;
        }
        filesafety::removeDatabaseFiles(path);
        if (QFileInfo::exists(path)) {
            (void)manifest->save();
            return backupError(QCoreApplication::translate("tumbuh::records", "The old backup %1 cannot be deleted.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
        manifest->remove(e.file);
        changed = true;
        removed << path;
    }
    if (changed) {
        if (auto saved = manifest->save(); !saved)
            return saved.error();
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
    if (BackupArchive::isArchive(backupPath)) {
        const auto header = BackupArchive::header(backupPath);
        return !header || !header->auditEnd || *header->auditEnd != current;
    }
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
