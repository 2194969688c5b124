#pragma once
#include "records/storenames.h"
// Settings for one large write (import, demo, merge), restored afterwards:
//  - a larger page cache (256 MB at most, only while the scope lives): a
//    transaction of a million rows keeps its index pages in memory instead
//    of spilling them to the log and reading them back. TUMBUH_BULK_CACHE_KIB
//    sets another size (a laptop with little memory; the fault tests use a
//    small one so that an import writes to the log early);
//  - SQLite's sorter may use a second thread (building an index);
//  - "today" pinned for the scope: every row is checked against the same
//    date, and QDate::currentDate() (a time-zone lookup per call) is not
//    asked a million times. A date the caller pinned is left alone.
#include <QtGlobal>

namespace tumbuh::records {

class BulkScope {
public:
    explicit BulkScope(Database& db);
    ~BulkScope();
    BulkScope(const BulkScope&) = delete;
    BulkScope& operator=(const BulkScope&) = delete;

private:
    Database& db_;
    qint64 previousCache_ = 0;
    bool pinnedToday_ = false;
};

} // namespace tumbuh::records
