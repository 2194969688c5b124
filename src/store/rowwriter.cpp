#include "store/rowwriter.h"

#include <QSqlQuery>

namespace tumbuh::store::rowwriter {

Table makeTable(const QString& name, const QStringList& columns)
{
    Table t;
    t.name = name;
    t.columns = columns;
    QStringList insertColumns{QStringLiteral("uid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                              QStringLiteral("deleted_at")};
    insertColumns += columns;
    QStringList marks;
    for (qsizetype i = 0; i < insertColumns.size(); ++i)
        marks << QStringLiteral("?");
    t.insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(name, insertColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    QStringList sets{QStringLiteral("created_at = ?"), QStringLiteral("updated_at = ?"),
                     QStringLiteral("deleted_at = ?")};
    for (const QString& c : columns)
        sets << c + QStringLiteral(" = ?");
    t.updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(name, sets.join(QStringLiteral(", ")));
    return t;
}

Result<RowId> insertRow(Database& db, const Table& t, const RowMeta& meta, const QVariantList& values)
{
    QVariantList all{sql::uidText(meta.uid), sql::timestampText(meta.createdAt), sql::timestampText(meta.updatedAt),
                     sql::timestampOrNull(meta.deletedAt)};
    all += values;
    auto q = sql::exec(db, t.insertSql, all);
    if (!q)
        return q.error();
    const RowId id = (*q)->lastInsertId().toLongLong();
    (*q)->finish();
    return id;
}

Result<void> updateRow(Database& db, const Table& t, const RowMeta& meta, const QVariantList& values)
{
    QVariantList all{sql::timestampText(meta.createdAt), sql::timestampText(meta.updatedAt),
                     sql::timestampOrNull(meta.deletedAt)};
    all += values;
    all << meta.id;
    auto q = sql::exec(db, t.updateSql, all);
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

} // namespace tumbuh::store::rowwriter
