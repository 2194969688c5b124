#include "records/nativestatement.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/row.h"
#include "store/sqlutil.h"
#include "store/uidbytes.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tumbuh::records {
namespace {

Error sqliteError(sqlite3* db)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    return msg::sqliteError(code, QString::fromUtf8(db ? sqlite3_errmsg(db) : "no connection"));
}

} // namespace

Result<NativeStatement> NativeStatement::prepare(Database& db, const QString& sql)
{
    auto* handle = static_cast<sqlite3*>(db.nativeHandle());
    if (!handle)
        return sqliteError(nullptr);
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(handle, text.constData(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr)
        != SQLITE_OK) {
        Error e = sqliteError(handle);
        sqlite3_finalize(stmt);
        return e;
    }
    return NativeStatement(handle, stmt);
}

NativeStatement::NativeStatement(NativeStatement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), lastCode_(other.lastCode_)
{
    other.stmt_ = nullptr;
}

NativeStatement& NativeStatement::operator=(NativeStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = other.stmt_;
        other.stmt_ = nullptr;
    }
    return *this;
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(stmt_);
}

void NativeStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(stmt_, index, value);
}

void NativeStatement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(stmt_, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void NativeStatement::bind(int index, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(stmt_, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(stmt_, index);
}

void NativeStatement::bindUid(int index, const QUuid& uid)
{
    if (uid.isNull()) {
        sqlite3_bind_null(stmt_, index);
        return;
    }
    const store::UidBytes bytes(uid);
    sqlite3_bind_blob(stmt_, index, bytes.data(), store::UidBytes::size(), SQLITE_TRANSIENT);
}

void NativeStatement::bindDate(int index, const QDate& date)
{
    if (date.isValid())
        sqlite3_bind_int64(stmt_, index, store::sql::dayNumber(date));
    else
        sqlite3_bind_null(stmt_, index);
}

void NativeStatement::bindTimestamp(int index, const QDateTime& moment)
{
    if (moment.isValid())
        sqlite3_bind_int64(stmt_, index, store::sql::timestampMs(moment));
    else
        sqlite3_bind_null(stmt_, index);
}

Result<bool> NativeStatement::step()
{
    const int rc = sqlite3_step(stmt_);
    lastCode_ = rc & 0xff;
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = sqliteError(db_);
    sqlite3_reset(stmt_);
    return e;
}

Result<void> NativeStatement::run()
{
    auto r = step();
    sqlite3_reset(stmt_);
    if (!r)
        return r.error();
    return {};
}

void NativeStatement::reset()
{
    sqlite3_reset(stmt_);
}

bool NativeStatement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t NativeStatement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

QString NativeStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column));
}

QUuid NativeStatement::uid(int column) const
{
    return store::NativeRow(stmt_).uid(column);
}

QDate NativeStatement::date(int column) const
{
    return store::NativeRow(stmt_).date(column);
}

QDateTime NativeStatement::timestamp(int column) const
{
    return store::NativeRow(stmt_).timestamp(column);
}

std::int64_t NativeStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(db_);
}

Result<void> NativeStatement::exec(Database& db, const char* sql)
{
    auto* handle = static_cast<sqlite3*>(db.nativeHandle());
    if (!handle)
        return sqliteError(nullptr);
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(handle);
    return {};
}

} // namespace tumbuh::records
