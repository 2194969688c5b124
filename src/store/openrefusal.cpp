#include "store/openrefusal.h"

#include "store/messages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

namespace tumbuh::store {

Error openError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

quint32 bigEndian32(const QByteArray& b, int offset)
{
    return (static_cast<quint32>(static_cast<quint8>(b[offset])) << 24)
         | (static_cast<quint32>(static_cast<quint8>(b[offset + 1])) << 16)
         | (static_cast<quint32>(static_cast<quint8>(b[offset + 2])) << 8)
         | static_cast<quint32>(static_cast<quint8>(b[offset + 3]));
}

std::optional<Error> checkHeader(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return openError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("tumbuh::store", "The file %1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return openError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("tumbuh::store", "The file %1 is not a Tumbuh database (it is not an SQLite database file).").arg(path));
    if (header.size() < 100)
        return openError(ErrorCode::Corrupt,
                         QCoreApplication::translate("tumbuh::store", "The database file %1 is damaged: it is truncated (only %2 bytes).")
                             .arg(path)
                             .arg(size));
    quint32 pageSize = (static_cast<quint32>(static_cast<quint8>(header[16])) << 8)
                     | static_cast<quint32>(static_cast<quint8>(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return openError(ErrorCode::Corrupt, QCoreApplication::translate("tumbuh::store", "The database file %1 is damaged: its header is invalid.").arg(path));
    // While a write-ahead log exists the header may run ahead of the file
    // (a checkpoint in progress); SQLite's own check below decides then.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return std::nullopt;
    const quint32 pages = bigEndian32(header, 28);
    const bool sizeValid = pages != 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    if (size % pageSize != 0 || (sizeValid && static_cast<qint64>(pages) * pageSize > size))
        return openError(ErrorCode::Corrupt,
                         QCoreApplication::translate("tumbuh::store", "The database file %1 is damaged: it is truncated (%2 bytes, %3 expected).")
                             .arg(path)
                             .arg(size)
                             .arg(sizeValid ? static_cast<qint64>(pages) * pageSize : size - size % pageSize + pageSize));
    return std::nullopt;
}

int sqliteCode(const QSqlError& e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The full check's findings as a sentence people can act on: how many
// problems, the first one (SQLite's own words, for whoever repairs it), and
// that nothing was written. SQLite's "*** in database main ***" heading is
// not a finding.
Error damagedError(const QString& path, const QString& checkText)
{
    QStringList findings;
    for (const QString& line : checkText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("***")))
            findings << line.trimmed();
    if (findings.isEmpty())
        findings << checkText.trimmed();
    const int problems = static_cast<int>(findings.size());
    return openError(ErrorCode::Corrupt,
                     QCoreApplication::translate("tumbuh::store", "The database file %1 is damaged; nothing was written to it. "
                                                                  "The check found %n problem(s), the first: “%2”.",
                                                 nullptr, problems)
                         .arg(path, findings.front()));
}

Error queryError(const QString& path, const QSqlError& e)
{
    switch (sqliteCode(e)) {
    case SQLITE_NOTADB:
        return openError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("tumbuh::store", "The file %1 is not a Tumbuh database (it is not an SQLite database file).").arg(path));
    case SQLITE_CORRUPT:
        return openError(ErrorCode::Corrupt,
                         QCoreApplication::translate("tumbuh::store", "The database file %1 is damaged: %2").arg(path, e.databaseText()));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return msg::fromSqlite(msg::SqliteFailure::CannotOpen, path);
    case SQLITE_FULL:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
        return msg::fromSqlite(*msg::sqliteFailure(sqliteCode(e)), path);
    default:
        return openError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("tumbuh::store", "The database file %1 cannot be opened: %2").arg(path, e.text()));
    }
}

Result<QVariant> pragma(QSqlDatabase& db, const QString& path, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return queryError(path, q.lastError());
    if (!q.next())
        return QVariant();
    return q.value(0);
}

} // namespace tumbuh::store
