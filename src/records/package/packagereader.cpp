#include "records/package/packagereader.h"

#include "store/database.h"
#include "records/package/readonlyconnection.h"
#include "store/row.h"
#include "store/childcolumns.h"
#include "store/consentcolumns.h"
#include "store/householdcolumns.h"
#include "store/measurementcolumns.h"
#include "store/posyanducolumns.h"
#include "store/referralcolumns.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
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

// What a column an older schema did not have reads as: what its migration
// gave existing rows (resources/migrations/0002_followup.sql), or the older
// column it came from; else NULL.
QString missingColumn(const QString& table, const QString& column)
{
    if (table == u"children" && column == u"has_kia")
        return QStringLiteral("1");
    if (table == u"referrals" && column == u"for_household")
        return QStringLiteral("0");
    if (table == u"referrals" && column == u"follow_up_on")
        return QStringLiteral("date(referred_on, '+14 days')");
    // Schemas 1-5 kept the name itself (0006_measurers.sql).
    if (table == u"measurements" && column == u"measurer_id")
        return QStringLiteral("measured_by");
    return QStringLiteral("NULL");
}

// The columns of `table` in the package; empty when it has no such table.
QSet<QString> columnsOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QSet<QString> out;
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

// Reads every row of the entity's table; the package's schema may be older
// than the program's (packageformat.h). A table the package does not have
// reads as empty when `optional`.
template <typename T>
bool readAll(const QSqlDatabase& db, const Entity<T>& entity, std::vector<T>& out, bool optional = false)
{
    const QSet<QString> present = columnsOf(db, entity.table());
    if (present.isEmpty())
        return optional;
    QStringList select;
    for (const char* meta : kMetaColumns)
        select << QString::fromLatin1(meta);
    for (const Column<T>& c : entity.columns())
        select << (present.contains(c.name) ? c.select({}) : missingColumn(entity.table(), c.name));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(select.join(QStringLiteral(", ")), entity.table())))
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
        i.referralEvents = values.value(QStringLiteral("referral_events")).toLongLong();
        i.counselling = values.value(QStringLiteral("counselling")).toLongLong();
        i.consents = values.value(QStringLiteral("consents")).toLongLong();
    }
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    const int schema = version ? version->toInt() : 0;
    if (out.info.formatVersion != package::kFormatVersion || schema < package::kOldestSchemaVersion
        || schema > Database::latestSchemaVersion()) {
        return packageError(ErrorCode::NewerSchema,
                            QCoreApplication::translate("tumbuh::records",
                                                        "The package %1 was written by another version of Tumbuh "
                                                        "(package format %2, schema %3; this program reads format %4, "
                                                        "schema %6 to %5). Use the same version on both computers.")
                                .arg(path)
                                .arg(out.info.formatVersion)
                                .arg(schema)
                                .arg(package::kFormatVersion)
                                .arg(Database::latestSchemaVersion())
                                .arg(package::kOldestSchemaVersion));
    }
    out.info.schemaVersion = schema;
    const bool ok = readAll(db, table<Posyandu>(), out.posyandu)
                 && readAll(db, table<Household>(), out.households) && readAll(db, table<Child>(), out.children)
                 && readAll(db, table<Measurement>(), out.measurements)
                 && readAll(db, table<Referral>(), out.referrals)
                 && readAll(db, table<ReferralEvent>(), out.referralEvents, out.info.schemaVersion < 2)
                 && readAll(db, table<Counselling>(), out.counselling, out.info.schemaVersion < 2)
                 && readAll(db, table<Consent>(), out.consents, out.info.schemaVersion < 3);
    if (!ok)
        return notAPackage(path);
    return out;
}

} // namespace tumbuh::records
