#include "store/nativequery.h"

#include "store/database.h"
#include "store/messages.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tumbuh::store {

NativeQuery::NativeQuery(Database& db, const QString& sql, std::initializer_list<QVariant> values)
    : handle_(db.nativeHandle())
{
    auto* h = static_cast<sqlite3*>(handle_);
    const QByteArray text = sql.toUtf8();
    if (!h || sqlite3_prepare_v2(h, text.constData(), static_cast<int>(text.size()), &st_, nullptr) != SQLITE_OK) {
        failed_ = true;
        return;
    }
    int i = 1;
    for (const QVariant& v : values) {
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(st_, i);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(st_, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(st_, i, v.toLongLong());
        }
        if (rc != SQLITE_OK) {
            failed_ = true;
            return;
        }
        ++i;
    }
    row_ = NativeRow(st_);
}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(st_);
}

Error NativeQuery::error() const
{
    auto* h = static_cast<sqlite3*>(handle_);
    const char* text = h ? sqlite3_errmsg(h) : "no connection";
    return msg::sqliteError(h ? sqlite3_extended_errcode(h) : SQLITE_MISUSE, QString::fromUtf8(text));
}

Result<bool> NativeQuery::next()
{
    if (failed_)
        return error();
    switch (sqlite3_step(st_)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        failed_ = true;
        return error();
    }
}

} // namespace tumbuh::store
