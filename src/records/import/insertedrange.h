#pragma once
#include "records/storenames.h"
// The rows one import inserted into a table with prepared statements: how
// many, and the first and last id, for the table's bulk_insert audit entry.
#include <QtGlobal>

namespace tumbuh::records {

struct InsertedRange {
    qint64 first = 0;
    qint64 last = 0;
    qint64 count = 0;
    void add(qint64 id)
    {
        if (count++ == 0)
            first = id;
        last = id;
    }
};

} // namespace tumbuh::records
