#pragma once
#include "records/storenames.h"
// A prepared statement on the sqlite3 handle under a Database's Qt connection.
// Bulk writers (demo generator, CSV import, package export) use it because
// Qt SQL's per-value QVariant binding costs several microseconds a row, which
// is most of the budget for a million rows. It shares the connection, so it
// takes part in the caller's Transaction like any repository write.
#include "store/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tumbuh::records {

class NativeStatement {
public:
    static Result<NativeStatement> prepare(Database& db, const QString& sql);

    NativeStatement(NativeStatement&& other) noexcept;
    NativeStatement& operator=(NativeStatement&& other) noexcept;
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;
    ~NativeStatement();

    // Parameters are 1-based, as in SQLite. Text is copied by SQLite.
    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view utf8);
    void bind(int index, const QString& text); // empty = NULL
    void bindNull(int index);
    // Schema 5's forms (src/store/README.md, "Storage conventions"): a uid
    // as its 16 bytes, a date as its day number, a moment as milliseconds;
    // an invalid or null value is NULL.
    void bindUid(int index, const QUuid& uid);
    void bindDate(int index, const QDate& date);
    void bindTimestamp(int index, const QDateTime& moment);

    // Runs one step: true when a row is available, false when done.
    Result<bool> step();
    // Steps to completion (an INSERT/UPDATE) and resets for the next binding.
    Result<void> run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    QString text(int column) const;
    // Either form: schema 5's numbers and blobs, or the text of schemas 1-4
    // (a package of an older schema).
    QUuid uid(int column) const;
    QDate date(int column) const;
    QDateTime timestamp(int column) const;

    std::int64_t lastInsertId() const;
    // SQLite's primary result code of the last step (SQLITE_CONSTRAINT...).
    int lastResultCode() const { return lastCode_; }
    // For reading the current row with the store's row readers (NativeRow).
    sqlite3_stmt* handle() const { return stmt_; }

    // The connection's native handle, for exec() of plain statements.
    static Result<void> exec(Database& db, const char* sql);

private:
    NativeStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) { }
    Error error() const;

    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    int lastCode_ = 0;
};

} // namespace tumbuh::records
