#include "store/nameids.h"

#include "store/sqlutil.h"

#include <QSqlQuery>

namespace tumbuh::store {

NameIds::NameIds(Database& db, QString table)
    : db_(db), table_(std::move(table)), select_(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table_)),
      insert_(QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(table_))
{
}

Result<QVariant> NameIds::idOf(const QString& name, bool remember)
{
    // The names remembered are never blank: look there first (an import asks
    // once a row).
    if (auto it = known_.constFind(name); it != known_.cend())
        return QVariant(*it);
    if (name.trimmed().isEmpty())
        return QVariant();
    auto found = sql::scalar(db_, select_, {name});
    if (!found)
        return found.error();
    qint64 id = 0;
    if (!found->isNull()) {
        id = found->toLongLong();
    } else {
        auto q = sql::exec(db_, insert_, {name});
        if (!q)
            return q.error();
        id = (*q)->lastInsertId().toLongLong();
        (*q)->finish();
    }
    if (remember)
        known_.insert(name, id);
    return QVariant(id);
}

} // namespace tumbuh::store
