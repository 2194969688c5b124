#include "store/integrityrecord.h"

#include "store/openrefusal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tumbuh::store {
namespace {

constexpr std::array<std::pair<CheckReason, const char*>, 12> kReasonCodes{{
    {CheckReason::None, "none"},
    {CheckReason::NewFile, "new-file"},
    {CheckReason::NotAsked, "not-asked"},
    {CheckReason::OpenHere, "open-here"},
    {CheckReason::Asked, "asked"},
    {CheckReason::NoRecord, "no-record"},
    {CheckReason::UncleanShutdown, "unclean-shutdown"},
    {CheckReason::Changed, "changed"},
    {CheckReason::AfterRestore, "after-restore"},
    {CheckReason::AfterMerge, "after-merge"},
    {CheckReason::LastCheckFailed, "last-check-failed"},
    {CheckReason::Scheduled, "scheduled"},
}};

const char* sessionCode(IntegrityRecord::Session s)
{
    switch (s) {
    case IntegrityRecord::Session::Open: return "open";
    case IntegrityRecord::Session::Restored: return "restored";
    case IntegrityRecord::Session::Closed: break;
    }
    return "closed";
}

// The folder's entry for a renamed file reaches the disk too.
void syncFolder([[maybe_unused]] const QString& dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#endif
}

Error recordError(const QString& path, const QString& why)
{
    return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::store", "The check record %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why), {}, {}};
}

} // namespace

QString checkReasonCode(CheckReason reason)
{
    for (const auto& [r, code] : kReasonCodes)
        if (r == reason)
            return QString::fromLatin1(code);
    return QStringLiteral("none");
}

std::optional<CheckReason> checkReasonFromCode(const QString& code)
{
    for (const auto& [r, c] : kReasonCodes)
        if (code == QLatin1String(c))
            return r;
    return std::nullopt;
}

FileStat FileStat::of(const QString& path)
{
    FileStat s;
#ifdef Q_OS_UNIX
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.size = static_cast<qint64>(st.st_size);
    s.mtimeNs = static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + static_cast<qint64>(st.st_mtim.tv_nsec);
    s.ctimeNs = static_cast<qint64>(st.st_ctim.tv_sec) * 1000000000 + static_cast<qint64>(st.st_ctim.tv_nsec);
    s.inode = static_cast<quint64>(st.st_ino);
    s.device = static_cast<quint64>(st.st_dev);
#else
    const QFileInfo fi(path);
    if (!fi.exists())
        return s;
    s.exists = true;
    s.size = fi.size();
    s.mtimeNs = fi.lastModified().toMSecsSinceEpoch() * 1000000;
    s.ctimeNs = fi.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
    s.inode = static_cast<quint64>(fi.birthTime().toMSecsSinceEpoch());
#endif
    return s;
}

FileFingerprint FileFingerprint::of(const QString& dbPath)
{
    FileFingerprint f;
    f.file = FileStat::of(dbPath);
    if (f.file.exists) {
        QFile file(dbPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray header = file.read(100);
            if (header.size() == 100) {
                f.changeCounter = bigEndian32(header, 24);
                f.pages = bigEndian32(header, 28);
            }
        }
    }
    f.wal = FileStat::of(dbPath + QStringLiteral("-wal"));
    return f;
}

qint64 FileFingerprint::newestChangeNs() const
{
    return std::max({file.mtimeNs, file.ctimeNs, wal.mtimeNs, wal.ctimeNs});
}

QString IntegrityRecord::pathOf(const QString& dbPath)
{
    const QFileInfo fi(dbPath);
    const QString canonical = fi.canonicalFilePath();
    const QFileInfo real(canonical.isEmpty() ? fi.absoluteFilePath() : canonical);
    // Hidden: it is the program's, not the user's.
    return real.absoluteDir().filePath(QLatin1Char('.') + real.fileName() + QStringLiteral(".state"));
}

std::optional<IntegrityRecord> IntegrityRecord::read(const QString& dbPath)
{
    const QString path = pathOf(dbPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.read(64 * 1024);
    IntegrityRecord r;
    r.recordedAtNs = FileStat::of(path).mtimeNs;
    FileFingerprint f;
    bool haveFile = false;
    bool haveSession = false;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (key == "session") {
            haveSession = true;
            if (value == "open")
                r.session = Session::Open;
            else if (value == "restored")
                r.session = Session::Restored;
            else if (value == "closed")
                r.session = Session::Closed;
            else
                return std::nullopt;
        } else if (key == "size") {
            haveFile = true;
            f.file.exists = true;
            f.file.size = value.toLongLong();
        } else if (key == "mtime") {
            f.file.mtimeNs = value.toLongLong();
        } else if (key == "ctime") {
            f.file.ctimeNs = value.toLongLong();
        } else if (key == "inode") {
            f.file.inode = value.toULongLong();
        } else if (key == "device") {
            f.file.device = value.toULongLong();
        } else if (key == "counter") {
            f.changeCounter = value.toUInt();
        } else if (key == "pages") {
            f.pages = value.toUInt();
        } else if (key == "walSize") {
            f.wal.exists = true;
            f.wal.size = value.toLongLong();
        } else if (key == "walMtime") {
            f.wal.mtimeNs = value.toLongLong();
        } else if (key == "walCtime") {
            f.wal.ctimeNs = value.toLongLong();
        } else if (key == "walInode") {
            f.wal.inode = value.toULongLong();
        } else if (key == "walDevice") {
            f.wal.device = value.toULongLong();
        } else if (key == "checked") {
            r.checkedAt = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
        } else if (key == "checkOk") {
            r.checkOk = value == "1";
        } else if (key == "checkReason") {
            r.checkReason = QString::fromLatin1(value);
        }
    }
    if (!haveSession)
        return std::nullopt; // cut short or not ours: as if there were none
    if (haveFile)
        r.closedAs = f;
    return r;
}

Result<void> IntegrityRecord::write(const QString& dbPath) const
{
    const QString path = pathOf(dbPath);
    QByteArray text;
    text += "# Tumbuh: what the program knows about the database beside it. Deleting it\n"
            "# only makes the next start check the whole file.\n";
    text += QByteArray("session=") + sessionCode(session) + '\n';
    if (closedAs && session == Session::Closed) {
        const FileFingerprint& f = *closedAs;
        text += "size=" + QByteArray::number(f.file.size) + '\n';
        text += "mtime=" + QByteArray::number(f.file.mtimeNs) + '\n';
        text += "ctime=" + QByteArray::number(f.file.ctimeNs) + '\n';
        text += "inode=" + QByteArray::number(f.file.inode) + '\n';
        text += "device=" + QByteArray::number(f.file.device) + '\n';
        text += "counter=" + QByteArray::number(f.changeCounter) + '\n';
        text += "pages=" + QByteArray::number(f.pages) + '\n';
        if (f.wal.exists) {
            text += "walSize=" + QByteArray::number(f.wal.size) + '\n';
            text += "walMtime=" + QByteArray::number(f.wal.mtimeNs) + '\n';
            text += "walCtime=" + QByteArray::number(f.wal.ctimeNs) + '\n';
            text += "walInode=" + QByteArray::number(f.wal.inode) + '\n';
            text += "walDevice=" + QByteArray::number(f.wal.device) + '\n';
        }
    }
    if (checkedAt.isValid()) {
        text += "checked=" + checkedAt.toUTC().toString(Qt::ISODateWithMs).toLatin1() + '\n';
        text += QByteArray("checkOk=") + (checkOk ? "1" : "0") + '\n';
        text += "checkReason=" + checkReason.toLatin1() + '\n';
    }
    const QString part = path + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return recordError(path, file.errorString());
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool ok = file.write(text) == text.size() && file.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(file.handle()) == 0;
#endif
    const QString why = file.errorString();
    file.close();
    if (!ok) {
        QFile::remove(part);
        return recordError(path, why);
    }
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        return recordError(path, QString::fromLocal8Bit(::strerror(errno)));
    }
#else
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return recordError(path, QStringLiteral("rename"));
    }
#endif
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}

Result<void> IntegrityRecord::markRestored(const QString& dbPath)
{
    IntegrityRecord r = read(dbPath).value_or(IntegrityRecord{});
    r.session = Session::Restored;
    r.closedAs.reset();
    return r.write(dbPath);
}

} // namespace tumbuh::store
