#pragma once
#include "records/storenames.h"
// The references of the rows one import wrote, checked once at its end,
// while SQLite's own enforcement is off for the import (ForeignKeysOff).
// start() notes, for every table with a foreign key (read from the schema,
// PRAGMA foreign_key_list), the largest id before the import: the rows it
// adds come after it. verify() reads the referring columns of those rows,
// and of the existing rows the import edited, and looks up each distinct
// value once in its parent table. A value that finds no row stops the
// import (an Error; the caller rolls back), as SQLite's check would have
// stopped it at the insert. A million measurements of fifty thousand
// children then cost fifty thousand lookups instead of two million.
#include "store/result.h"
#include "store/rowmeta.h"

#include <QString>

#include <utility>
#include <vector>

namespace tumbuh::records {

class ReferenceCheck {
public:
    static Result<ReferenceCheck> start(Database& db);

    // `edited`: existing rows the import changed, by table name.
    using Edited = std::vector<std::pair<QString, std::vector<RowId>>>;
    Result<void> verify(Database& db, const Edited& edited) const;

private:
    struct Link {
        QString column; // in the table
        QString parent; // the table it refers to
        QString key;    // the parent's column
    };
    struct Table {
        QString name;
        qint64 lastIdBefore = 0;
        std::vector<Link> links;
    };
    std::vector<Table> tables_;
};

} // namespace tumbuh::records
