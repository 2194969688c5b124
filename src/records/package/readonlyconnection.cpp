#include "records/package/readonlyconnection.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlQuery>

namespace tumbuh::records {

ReadOnlyConnection::ReadOnlyConnection(const QString& path)
{
    static QAtomicInteger<quint64> counter;
    name_ = QStringLiteral("tumbuh-readonly-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
    c.setDatabaseName(path);
    c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    open_ = c.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    {
        QSqlDatabase c = QSqlDatabase::database(name_, false);
        c.close();
    }
    QSqlDatabase::removeDatabase(name_);
}

QSqlDatabase ReadOnlyConnection::db() const
{
    return QSqlDatabase::database(name_, false);
}

std::optional<QVariant> ReadOnlyConnection::scalar(const QString& sql) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    return q.value(0);
}

void* ReadOnlyConnection::nativeHandle() const
{
    const QVariant v = db().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(v.constData());
}

} // namespace tumbuh::records
