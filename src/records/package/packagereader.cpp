#include "records/package/packagereader.h"

#include "store/database.h"
#include "records/package/readonlyconnection.h"
#include "store/row.h"
#include "store/childcolumns.h"
#include "store/householdcolumns.h"
#include "store/measurementcolumns.h"
#include "store/posyanducolumns.h"
#include "store/referralcolumns.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace tumbuh::records {
namespace {

Error packageError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

Error notAPackage(const QString& path)
{
    return packageError(ErrorCode::NotADatabase,
                        QCoreApplication::translate("tumbuh::records", "The file %1 is not a Tumbuh posyandu package.").arg(path));
}

template <typename T>
bool readAll(const QSqlDatabase& db, const Entity<T>& entity, std::vector<T>& out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(entity.selectList(), entity.table())))
        return false;
    while (q.next())
        out.push_back(entity.read(QtRow(q)));
    return true;
}

} // namespace

Result<PackageContents> PackageReader::read(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return packageError(ErrorCode::FileNotFound,
                            QCoreApplication::translate("tumbuh::records", "The file %1 does not exist.").arg(path));
    const ReadOnlyConnection c(path);
    if (!c.isOpen())
        return notAPackage(path);
    QSqlDatabase db = c.db();
    auto scalar = [&](const QString& sql) { return c.scalar(sql); };
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId || appId->toLongLong() != package::kApplicationId)
        return notAPackage(path);
    const auto check = scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check || check->toString() != u"ok") {
        return packageError(ErrorCode::Corrupt,
                            QCoreApplication::translate("tumbuh::records", "The package %1 is damaged: %2")
                                .arg(path, check ? check->toString() : QStringLiteral("?")));
    }

    PackageContents out;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT key, value FROM package_info")))
            return notAPackage(path);
        QHash<QString, QString> values;
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toString());
        if (values.value(QStringLiteral("format")) != QLatin1String(package::kFormatName))
            return notAPackage(path);
        PackageInfo& i = out.info;
        i.formatVersion = values.value(QStringLiteral("format_version")).toInt();
        i.schemaVersion = values.value(QStringLiteral("schema_version")).toInt();
        i.posyanduUid = QUuid::fromString(values.value(QStringLiteral("posyandu_uid")));
        i.posyanduName = values.value(QStringLiteral("posyandu_name"));
        i.createdAt = sql::timestampFrom(values.value(QStringLiteral("created_at")));
        i.source = values.value(QStringLiteral("source"));
        i.posyandu = values.value(QStringLiteral("posyandu")).toLongLong();
        i.households = values.value(QStringLiteral("households")).toLongLong();
        i.children = values.value(QStringLiteral("children")).toLongLong();
        i.measurements = values.value(QStringLiteral("measurements")).toLongLong();
        i.referrals = values.value(QStringLiteral("referrals")).toLongLong();
    }
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    const int schema = version ? version->toInt() : 0;
    if (out.info.formatVersion != package::kFormatVersion || schema != Database::latestSchemaVersion()) {
        return packageError(ErrorCode::NewerSchema,
                            QCoreApplication::translate("tumbuh::records",
                                                        "The package %1 was written by another version of Tumbuh "
                                                        "(package format %2, schema %3; this program reads format %4, "
                                                        "schema %5). Use the same version on both computers.")
                                .arg(path)
                                .arg(out.info.formatVersion)
                                .arg(schema)
                                .arg(package::kFormatVersion)
                                .arg(Database::latestSchemaVersion()));
    }
    const bool ok = readAll(db, table<Posyandu>(), out.posyandu)
                 && readAll(db, table<Household>(), out.households) && readAll(db, table<Child>(), out.children)
                 && readAll(db, table<Measurement>(), out.measurements)
                 && readAll(db, table<Referral>(), out.referrals);
    if (!ok)
        return notAPackage(path);
    return out;
}

} // namespace tumbuh::records
