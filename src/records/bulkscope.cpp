#include "records/bulkscope.h"

#include "store/database.h"
#include "records/nativestatement.h"

#include <QByteArray>

namespace tumbuh::records {
namespace {

constexpr qint64 kBulkCacheKiB = 262144;

} // namespace

BulkScope::BulkScope(Database& db) : db_(db)
{
    if (auto q = NativeStatement::prepare(db_, QStringLiteral("PRAGMA cache_size")); q) {
        if (auto row = q->step(); row && *row)
            previousCache_ = q->int64(0);
    }
    bool ok = false;
    qint64 kib = qEnvironmentVariableIntValue("TUMBUH_BULK_CACHE_KIB", &ok);
    if (!ok || kib <= 0)
        kib = kBulkCacheKiB;
    const QByteArray set = "PRAGMA cache_size = -" + QByteArray::number(kib);
    (void)NativeStatement::exec(db_, set.constData());
    // Let SQLite's sorter use a second core when indexes are built.
    (void)NativeStatement::exec(db_, "PRAGMA threads = 2");
    // today() equal to the current date means it is not pinned (or pinned
    // to today, which then stays today until midnight either way).
    const QDate today = QDate::currentDate();
    if (db_.today() == today) {
        db_.setToday(today);
        pinnedToday_ = true;
    }
}

BulkScope::~BulkScope()
{
    (void)NativeStatement::exec(db_, "PRAGMA threads = 0");
    if (pinnedToday_)
        db_.setToday(std::nullopt);
    if (previousCache_ != 0) {
        const QByteArray set = "PRAGMA cache_size = " + QByteArray::number(previousCache_);
        (void)NativeStatement::exec(db_, set.constData());
    }
}

} // namespace tumbuh::records
