#include "records/filesafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tumbuh::records::filesafety {
namespace {

Error fileError(const QString& message)
{
    return Error{ErrorCode::CannotOpen, {}, message, {}, {}};
}

std::filesystem::path native(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

Result<void> syncFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return fileError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(path, f.errorString()));
#ifdef Q_OS_WIN
    const bool ok = _commit(f.handle()) == 0;
#else
    const bool ok = ::fsync(f.handle()) == 0;
#endif
    if (!ok)
        return fileError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(path, QStringLiteral("fsync")));
    return {};
}

void syncDirectory(const QString& dir)
{
#ifndef Q_OS_WIN
    const QByteArray name = QFile::encodeName(dir);
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

Result<void> replaceFile(const QString& from, const QString& to)
{
    // Every file the program writes holds children's data: owner-only (0600
    // on Linux), set on the temporary file so the target is never readable
    // by others, not even for a moment.
    if (!QFile::setPermissions(from, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fileError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2")
                             .arg(to, QStringLiteral("chmod")));
    }
    if (auto s = syncFile(from); !s)
        return s;
    std::error_code ec;
    std::filesystem::rename(native(from), native(to), ec);
    if (ec) {
        return fileError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2")
                             .arg(to, QString::fromStdString(ec.message())));
    }
    syncDirectory(QFileInfo(to).absolutePath());
    return {};
}

Result<void> copyFile(const QString& from, const QString& to)
{
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    std::error_code ec;
    std::filesystem::copy_file(native(from), native(part), std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        QFile::remove(part);
        return fileError(QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2")
                             .arg(to, QString::fromStdString(ec.message())));
    }
    auto r = replaceFile(part, to);
    if (!r)
        QFile::remove(part);
    return r;
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace tumbuh::records::filesafety
