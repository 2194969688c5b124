#include "records/indexsetaside.h"

#include "records/nativestatement.h"

namespace tumbuh::records {

Result<IndexSetAside> IndexSetAside::drop(Database& db, const QString& table)
{
    auto indexes = NativeStatement::prepare(
        db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                           "AND sql IS NOT NULL ORDER BY name"));
    if (!indexes)
        return indexes.error();
    indexes->bind(1, table);
    QStringList names;
    IndexSetAside out;
    for (;;) {
        auto row = indexes->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        names << indexes->text(0);
        out.creates_ << indexes->text(1);
    }
    indexes->reset();
    for (const QString& name : names) {
        const QByteArray drop = "DROP INDEX \"" + name.toUtf8() + '"';
        if (auto d = NativeStatement::exec(db, drop.constData()); !d)
            return d.error();
    }
    return out;
}

Result<void> IndexSetAside::rebuild(Database& db)
{
    for (const QString& create : std::as_const(creates_)) {
        if (auto c = NativeStatement::exec(db, create.toUtf8().constData()); !c)
            return c;
    }
    creates_.clear();
    return {};
}

} // namespace tumbuh::records
