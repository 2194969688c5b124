#pragma once
// Texts kept once in a table of names (id INTEGER PRIMARY KEY, name TEXT NOT
// NULL UNIQUE), such as measurers (resources/migrations/0006_measurers.sql):
// the id of a name, its row added when the name is new. A column that holds
// such an id is described with named<>() (store/column.h); Crud turns the
// member's text into the id on every write, and the bulk writers (the demo
// city, the import) ask here themselves, once per distinct name.
#include "store/result.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace tumbuh::store {

class Database;

class NameIds {
public:
    // `table` is one of the schema's tables of names (not user input).
    NameIds(Database& db, QString table);

    // The id of `name` as given (the writer has normalised it), as a bound
    // value; NULL for an empty or blank name. It is remembered for the next
    // call unless `remember` is false: inside a savepoint that may still be
    // rolled back, a name added there may be gone again.
    Result<QVariant> idOf(const QString& name, bool remember = true);

private:
    Database& db_;
    QString table_;
    QString select_;
    QString insert_;
    QHash<QString, qint64> known_;
};

} // namespace tumbuh::store
