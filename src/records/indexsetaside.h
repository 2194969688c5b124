#pragma once
#include "records/storenames.h"
// A table's secondary indexes set aside during a bulk load and built again
// at the end, inside the same transaction: SQLite then builds each index
// with one sort instead of a million inserts at random places (about twice
// as fast for a million rows). Only the indexes declared with CREATE INDEX
// are dropped (the UNIQUE constraints stay), and they are created again
// from their own SQL, so the schema ends byte for byte as it was. Used only
// where the table was empty before the load (demo city, import into an
// empty database): with rows already there a rebuild would cost more than
// it saves, and lookups need the indexes.
#include "store/result.h"

#include <QString>
#include <QStringList>

namespace tumbuh::records {

class IndexSetAside {
public:
    static Result<IndexSetAside> drop(Database& db, const QString& table);
    // Creates them again; a rolled-back transaction restores them as well.
    Result<void> rebuild(Database& db);

private:
    QStringList creates_;
};

} // namespace tumbuh::records
