#include "records/demo/demogenerator.h"

#include "store/auditlog.h"
#include "records/bulkscope.h"
#include "records/demo/democity.h"
#include "records/demo/demowriter.h"
#include "records/filesafety.h"
#include "records/indexsetaside.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace tumbuh::records {
namespace {

Error recordsError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options) : options_(std::move(options)) { }

Result<DemoSummary> DemoGenerator::run(Database& db) const
{
    if (auto w = db.checkWritable(); !w)
        return w.error();
    // Rows are written with their ids (the plan refers to them by index).
    auto existing = sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM posyandu) + (SELECT count(*) FROM households) "
                                                   "+ (SELECT count(*) FROM children) + (SELECT count(*) FROM measurements) "
                                                   "+ (SELECT count(*) FROM referrals)"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0) {
        return recordsError(ErrorCode::InUse,
                            QCoreApplication::translate("tumbuh::records",
                                                        "The database %1 already holds data: demo data is only written "
                                                        "into an empty database.")
                                .arg(db.path()));
    }
    DemoOptions options = options_;
    if (!options.today.isValid())
        options.today = db.today();
    const DemoCity city = DemoCity::plan(options);

    const BulkScope bulk(db);

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // The database is empty (checked above): the measurement indexes are
    // built once at the end instead of row by row.
    auto aside = IndexSetAside::drop(db, QStringLiteral("measurements"));
    if (!aside)
        return aside.error();
    DemoWriter writer(db, city, options.seed);
    if (auto w = writer.write(options.progress); !w)
        return w.error();
    if (auto r = aside->rebuild(db); !r)
        return r.error();

    DemoSummary summary;
    summary.posyandu = static_cast<int>(city.posyandu.size());
    summary.households = static_cast<int>(city.households.size());
    summary.children = static_cast<int>(city.children.size());
    summary.measurements = static_cast<qint64>(city.visits.size());
    summary.referrals = static_cast<int>(city.referrals.size());
    summary.counselling = static_cast<int>(city.counselling.size());
    summary.today = city.today;

    QJsonObject after;
    after.insert(QStringLiteral("event"), QStringLiteral("demo data generated"));
    after.insert(QStringLiteral("seed"), QString::number(options.seed));
    after.insert(QStringLiteral("months"), options.months);
    after.insert(QStringLiteral("today"), city.today.toString(Qt::ISODate));
    after.insert(QStringLiteral("posyandu"), summary.posyandu);
    after.insert(QStringLiteral("households"), summary.households);
    after.insert(QStringLiteral("children"), summary.children);
    after.insert(QStringLiteral("measurements"), summary.measurements);
    after.insert(QStringLiteral("referrals"), summary.referrals);
    after.insert(QStringLiteral("counselling"), summary.counselling);
    if (auto a = AuditLog(db).record(0, QStringLiteral("demo"), QUuid(), AuditAction::BulkInsert, {}, after); !a)
        return a.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    if (options.progress)
        options.progress(100);
    return summary;
}

Result<DemoSummary> generateDemo(Database& db, const DemoOptions& options)
{
    return DemoGenerator(options).run(db);
}

Result<DemoSummary> generateDemo(const QString& path, const DemoOptions& options)
{
    const QFileInfo target(path);
    if (target.exists() && target.size() > 0) {
        return recordsError(ErrorCode::InUse,
                            QCoreApplication::translate("tumbuh::records",
                                                        "The file %1 already exists: choose a new file for the demo database.")
                                .arg(path));
    }
    const QString part = path + QStringLiteral(".part");
    filesafety::removeDatabaseFiles(part);
    Result<DemoSummary> summary = recordsError(ErrorCode::Sql, {});
    {
        auto db = Database::open(part);
        if (!db)
            return db.error();
        if (options.today.isValid())
            (*db)->setToday(options.today);
        summary = DemoGenerator(options).run(**db);
    } // closed: the log is checkpointed into the file
    if (!summary) {
        filesafety::removeDatabaseFiles(part);
        return summary;
    }
    if (auto moved = filesafety::replaceFile(part, path); !moved) {
        filesafety::removeDatabaseFiles(part);
        return moved.error();
    }
    return summary;
}

} // namespace tumbuh::records
