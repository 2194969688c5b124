#include "records/package/packagewriter.h"

#include "records/filesafety.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "records/nativestatement.h"
#include "records/package/packagecrypto.h"
#include "store/posyandurepository.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tumbuh::records {
namespace {

Error packageError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

// The rows of one posyandu, chosen into temporary id lists first so that
// each table's copy is one INSERT ... SELECT.
const char* const kSelect[] = {
    "DROP TABLE IF EXISTS temp.pkg_child",
    "DROP TABLE IF EXISTS temp.pkg_household",
    "DROP TABLE IF EXISTS temp.pkg_posyandu",
    "CREATE TEMP TABLE pkg_child AS SELECT id FROM main.children WHERE posyandu_id = ?1",
    "CREATE TEMP TABLE pkg_household AS SELECT household_id AS id FROM main.children "
    "WHERE id IN (SELECT id FROM temp.pkg_child) AND household_id IS NOT NULL "
    "UNION SELECT id FROM main.households WHERE posyandu_id = ?1",
    "CREATE TEMP TABLE pkg_posyandu AS SELECT ?1 AS id "
    "UNION SELECT posyandu_id FROM main.measurements WHERE child_id IN (SELECT id FROM temp.pkg_child) "
    "UNION SELECT posyandu_id FROM main.households WHERE id IN (SELECT id FROM temp.pkg_household) "
    "AND posyandu_id IS NOT NULL",
};
// Parents before children, for the package's own foreign keys.
const char* const kCopy[] = {
    "INSERT INTO pkg.posyandu SELECT * FROM main.posyandu WHERE id IN (SELECT id FROM temp.pkg_posyandu) ORDER BY id",
    "INSERT INTO pkg.households SELECT * FROM main.households WHERE id IN (SELECT id FROM temp.pkg_household) "
    "ORDER BY id",
    "INSERT INTO pkg.children SELECT * FROM main.children WHERE id IN (SELECT id FROM temp.pkg_child) ORDER BY id",
    "INSERT INTO pkg.measurers SELECT * FROM main.measurers WHERE id IN (SELECT measurer_id FROM main.measurements "
    "WHERE child_id IN (SELECT id FROM temp.pkg_child)) ORDER BY id",
    "INSERT INTO pkg.measurements SELECT * FROM main.measurements WHERE child_id IN (SELECT id FROM temp.pkg_child) "
    "ORDER BY id",
    "INSERT INTO pkg.referrals SELECT * FROM main.referrals WHERE child_id IN (SELECT id FROM temp.pkg_child) "
    "ORDER BY id",
    "INSERT INTO pkg.referral_events SELECT * FROM main.referral_events WHERE referral_id IN "
    "(SELECT id FROM main.referrals WHERE child_id IN (SELECT id FROM temp.pkg_child)) ORDER BY id",
    "INSERT INTO pkg.counselling SELECT * FROM main.counselling WHERE child_id IN (SELECT id FROM temp.pkg_child) "
    "ORDER BY id",
    "INSERT INTO pkg.consents SELECT * FROM main.consents WHERE child_id IN (SELECT id FROM temp.pkg_child) "
    "ORDER BY id",
};
const char* const kTables[] = {"posyandu", "households", "children", "measurements", "referrals", "referral_events",
                               "counselling", "consents"};

Result<void> run(Database& db, const char* sql, std::optional<qint64> bound = std::nullopt)
{
    auto s = NativeStatement::prepare(db, QString::fromUtf8(sql));
    if (!s)
        return s.error();
    if (bound)
        s->bind(1, static_cast<std::int64_t>(*bound));
    return s->run();
}

Result<qint64> count(Database& db, const char* table)
{
    auto s = NativeStatement::prepare(db, QStringLiteral("SELECT count(*) FROM pkg.%1").arg(QLatin1String(table)));
    if (!s)
        return s.error();
    auto r = s->step();
    if (!r)
        return r.error();
    return static_cast<qint64>(s->int64(0));
}

} // namespace

Result<RowId> PackageWriter::findPosyandu(const QString& nameOrUid)
{
    const QUuid uid = QUuid::fromString(nameOrUid.trimmed());
    if (!uid.isNull()) {
        auto p = PosyanduRepository(db_).findByUid(uid);
        if (!p)
            return p.error();
        if (*p && !(*p)->meta.isDeleted())
            return (*p)->meta.id;
    } else {
        auto all = PosyanduRepository(db_).list();
        if (!all)
            return all.error();
        std::vector<RowId> found;
        const QString wanted = nameOrUid.simplified().toLower();
        for (const Posyandu& p : *all) {
            if (p.name.simplified().toLower() == wanted)
                found.push_back(p.meta.id);
        }
        if (found.size() == 1)
            return found.front();
        if (found.size() > 1) {
            return packageError(ErrorCode::InvalidFormat,
                                QCoreApplication::translate("tumbuh::records", "Several posyandu are named \"%1\"; give the posyandu's UID instead.")
                                    .arg(nameOrUid));
        }
    }
    return packageError(ErrorCode::NotFound,
                        QCoreApplication::translate("tumbuh::records", "There is no posyandu \"%1\" in this database.").arg(nameOrUid));
}

Result<PackageInfo> PackageWriter::write(RowId posyanduId, const QString& path)
{
    auto posyandu = PosyanduRepository(db_).get(posyanduId);
    if (!posyandu)
        return posyandu.error();
    OutputGuard guard;
    guard.protectDatabase(db_.path());
    if (auto free = guard.claim(path); !free)
        return free.error();
    // A fresh name beside the target; the database is created on it.
    OutputFile output(path);
    if (auto created = output.create(); !created)
        return created.error();
    const QString part = output.temporaryPath();
    filesafety::removeDatabaseFiles(part);
    {
        // An empty database with the schema: the one source of truth.
        auto fresh = Database::open(part);
        if (!fresh)
            return fresh.error();
    }
    auto fail = [&](const Error& e) -> Result<PackageInfo> {
        (void)NativeStatement::exec(db_, "ROLLBACK");
        (void)NativeStatement::exec(db_, "DETACH DATABASE pkg");
        filesafety::removeDatabaseFiles(part);
        return e;
    };
    {
        auto attach = NativeStatement::prepare(db_, QStringLiteral("ATTACH DATABASE ? AS pkg"));
        if (!attach)
            return fail(attach.error());
        attach->bind(1, part);
        if (auto r = attach->run(); !r)
            return fail(r.error());
    }
    if (auto r = NativeStatement::exec(db_, "BEGIN"); !r)
        return fail(r.error());
    for (const char* sql : kSelect) {
        if (auto r = run(db_, sql, posyanduId); !r)
            return fail(r.error());
    }
    for (const char* sql : kCopy) {
        if (auto r = run(db_, sql); !r)
            return fail(r.error());
    }
    PackageInfo info;
    info.formatVersion = package::kFormatVersion;
    info.schemaVersion = db_.schemaVersion();
    info.posyanduUid = posyandu->meta.uid;
    info.posyanduName = posyandu->name;
    info.createdAt = Database::now();
    info.source = QFileInfo(db_.path()).fileName();
    qint64* counts[] = {&info.posyandu, &info.households, &info.children, &info.measurements,
                        &info.referrals, &info.referralEvents, &info.counselling, &info.consents};
    for (std::size_t i = 0; i < std::size(kTables); ++i) {
        auto n = count(db_, kTables[i]);
        if (!n)
            return fail(n.error());
        *counts[i] = *n;
    }
    if (auto r = NativeStatement::exec(db_, "CREATE TABLE pkg.package_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"); !r)
        return fail(r.error());
    {
        auto put = NativeStatement::prepare(db_, QStringLiteral("INSERT INTO pkg.package_info (key, value) VALUES (?, ?)"));
        if (!put)
            return fail(put.error());
        const std::pair<const char*, QString> entries[] = {
            {"format", QString::fromLatin1(package::kFormatName)},
            {"format_version", QString::number(info.formatVersion)},
            {"schema_version", QString::number(info.schemaVersion)},
            {"posyandu_uid", sql::uidText(info.posyanduUid)},
            {"posyandu_name", info.posyanduName},
            {"created_at", sql::timestampText(info.createdAt)},
            {"source", info.source},
            {"posyandu", QString::number(info.posyandu)},
            {"households", QString::number(info.households)},
            {"children", QString::number(info.children)},
            {"measurements", QString::number(info.measurements)},
            {"referrals", QString::number(info.referrals)},
            {"referral_events", QString::number(info.referralEvents)},
            {"counselling", QString::number(info.counselling)},
            {"consents", QString::number(info.consents)},
        };
        for (const auto& [key, value] : entries) {
            put->bind(1, std::string_view(key));
            put->bind(2, value);
            if (auto r = put->run(); !r)
                return fail(r.error());
        }
    } // the statement is finalised before DETACH
    if (auto r = NativeStatement::exec(db_, "COMMIT"); !r)
        return fail(r.error());
    for (const char* sql : {"DROP TABLE IF EXISTS temp.pkg_child", "DROP TABLE IF EXISTS temp.pkg_household",
                            "DROP TABLE IF EXISTS temp.pkg_posyandu"})
        (void)NativeStatement::exec(db_, sql);
    const QByteArray appId = "PRAGMA pkg.application_id = " + QByteArray::number(package::kApplicationId);
    if (auto r = NativeStatement::exec(db_, appId.constData()); !r)
        return fail(r.error());
    // One self-contained file: out of write-ahead logging.
    if (auto r = NativeStatement::exec(db_, "PRAGMA pkg.journal_mode = DELETE"); !r)
        return fail(r.error());
    if (auto r = NativeStatement::exec(db_, "DETACH DATABASE pkg"); !r)
        return fail(r.error());
    if (auto moved = output.commit(); !moved)
        return moved.error();
    return info;
}

Result<PackageInfo> PackageWriter::writeEncrypted(RowId posyanduId, const QString& path, const QString& passphrase)
{
    if (const QString problem = packagecrypto::passphraseProblem(passphrase); !problem.isEmpty())
        return packageError(ErrorCode::Required, problem);
    OutputGuard guard;
    guard.protectDatabase(db_.path());
    if (auto free = guard.claim(path); !free)
        return free.error();
    const QTemporaryDir dir; // 0700, removed with what is left in it
    if (!dir.isValid()) {
        return packageError(ErrorCode::CannotOpen,
                            QCoreApplication::translate("tumbuh::records", "No private temporary folder can be made: %1").arg(dir.errorString()));
    }
    const QString plain = dir.filePath(QStringLiteral("package.plain"));
    auto info = write(posyanduId, plain);
    if (!info)
        return info.error();
    auto sealed = packagecrypto::encryptFile(plain, path, passphrase);
    filesafety::removeDatabaseFiles(plain);
    if (!sealed)
        return sealed.error();
    return info;
}

} // namespace tumbuh::records
