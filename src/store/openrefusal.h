#pragma once
// Internal to the store: why Database::open refuses a file, as Error values
// people can act on: the SQLite header read before SQLite touches the file,
// SQLite's errors while opening, and the full check's findings.
#include "store/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;
class QSqlError;

namespace tumbuh::store {

Error openError(ErrorCode code, const QString& message);

// A big-endian 32-bit field of SQLite's header.
quint32 bigEndian32(const QByteArray& b, int offset);

// Reads the 100-byte SQLite header without opening the file as a database,
// so that a foreign or damaged file is refused before SQLite touches it.
std::optional<Error> checkHeader(const QString& path, qint64 size);

// SQLite's primary result code from a Qt error (the driver reports extended codes).
int sqliteCode(const QSqlError& e);

// The full check's findings as a sentence people can act on.
Error damagedError(const QString& path, const QString& checkText);

// An error of SQLite while the file is opened or read, as the store says it.
Error queryError(const QString& path, const QSqlError& e);

// Runs a PRAGMA (or any one-value statement) on a connection being opened.
Result<QVariant> pragma(QSqlDatabase& db, const QString& path, const QString& sql);

} // namespace tumbuh::store
