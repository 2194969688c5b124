#include "store/writerlock.h"

#include "store/messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#include <map>
#include <mutex>

namespace tumbuh::store {

struct WriterLock::Impl {
    QString key;
    std::unique_ptr<QLockFile> file;
};

namespace {

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

// The locks this process holds, by database file.
std::map<QString, std::weak_ptr<WriterLock>>& registry()
{
    static std::map<QString, std::weak_ptr<WriterLock>> r;
    return r;
}

// The database file's real path (symbolic links resolved), also for a
// file not created yet.
QString keyOf(const QString& dbPath)
{
    const QFileInfo fi(dbPath);
    const QString canonical = fi.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? fi.absoluteFilePath() : QDir(dir).filePath(fi.fileName());
}

QString userOf(const QString& lockPath)
{
    const QString owner = QFileInfo(lockPath).owner();
    if (!owner.isEmpty())
        return owner;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("?")));
}

} // namespace

QString WriterLock::lockPathOf(const QString& dbPath)
{
    return keyOf(dbPath) + QStringLiteral(".lock");
}

Result<std::shared_ptr<WriterLock>> WriterLock::acquire(const QString& dbPath, std::chrono::milliseconds wait, Mode mode)
{
    const QString key = keyOf(dbPath);
    const QString lockPath = key + QStringLiteral(".lock");
    // TUMBUH_LOCK_WAIT_MS overrides how long a writer waits (scripts that
    // would rather fail at once, and the tests).
    bool overridden = false;
    const int waitMs = qEnvironmentVariableIntValue("TUMBUH_LOCK_WAIT_MS", &overridden);
    if (overridden && waitMs >= 0 && wait.count() > 0)
        wait = std::chrono::milliseconds(waitMs);
    std::lock_guard guard(registryMutex());
    auto& locks = registry();
    if (auto it = locks.find(key); it != locks.end()) {
        if (auto held = it->second.lock()) {
            if (mode == Mode::Shared)
                return held;
            return msg::openElsewhere(dbPath, QFileInfo(QCoreApplication::applicationFilePath()).fileName(),
                                      QCoreApplication::applicationPid(), userOf(lockPath), QSysInfo::machineHostName());
        }
        locks.erase(it);
    }
    auto file = std::make_unique<QLockFile>(lockPath);
    // Only a dead holder makes a lock stale, never its age: an import of a
    // whole district may well run for minutes.
    file->setStaleLockTime(0);
    if (!file->tryLock(static_cast<int>(wait.count()))) {
        if (file->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString program;
            file->getLockInfo(&pid, &host, &program);
            if (program.isEmpty())
                program = QStringLiteral("?");
            return msg::openElsewhere(dbPath, program, pid, userOf(lockPath), host);
        }
        return msg::fromSqlite(msg::SqliteFailure::CannotOpen, dbPath);
    }
    auto impl = std::make_unique<Impl>();
    impl->key = key;
    impl->file = std::move(file);
    std::shared_ptr<WriterLock> lock(new WriterLock(std::move(impl)));
    locks[key] = lock;
    return lock;
}

WriterLock::WriterLock(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl))
{
}

WriterLock::~WriterLock()
{
    // The registry entry has already expired (this was its last owner); a
    // new acquire() replaces it.
    impl_->file->unlock();
}

} // namespace tumbuh::store
