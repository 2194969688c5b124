#include "store/database.h"

#include "store/checkdecision.h"
#include "store/messages.h"
#include "store/migrator.h"
#include "store/openrefusal.h"
#include "store/sqlutil.h"
#include "store/writerlock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace tumbuh::store {

struct Database::Statements {
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> byText;
};

namespace {

constexpr qint64 kApplicationId = 1414876482; // 'TUMB', set by 0001_initial.sql

// Root can write a file whose permission bits say read-only; the program
// honours the bits, as a user who marked the file read-only expects.
bool fileIsWritable(const QFileInfo& fi)
{
    const auto p = fi.permissions();
    if (!(p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)))
        return false;
    return fi.isWritable();
}

// Read-only Database objects of this process open on each file (by absolute
// path): the reader's files are removed only when the last one closes.
std::mutex readersMutex;
struct Readers {
    int open = 0;
    bool removeFiles = false; // as the first of them found the folder
};
std::map<QString, Readers> readersOpen;
// Writable Database objects of this process on each file (by real path):
// the file's record says "closed" again when the last one closes.
struct Writers {
    int open = 0;
    bool sessionRecorded = false; // one of them wrote "session=open"
};
std::map<QString, Writers> writersOpen;

Error withNewestBackup(Error e, const QString& path, const QString& backupDir)
{
    const QStringList backups = Database::backupsOf(path, backupDir);
    if (!backups.isEmpty()) {
        e.backupPath = backups.front();
        e.message += QLatin1Char(' ') + msg::backupExists(e.backupPath);
    }
    return e;
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tumbuh-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QStringList Database::backupsOf(const QString& dbPath, const QString& backupDir)
{
    if (backupDir.isEmpty())
        return {};
    const QDir dir(backupDir);
    const QString base = QFileInfo(dbPath).completeBaseName();
    // Plain copies (earlier versions), compressed full backups and deltas;
    // newest first by the time in their names.
    QStringList names = dir.entryList({base + QStringLiteral("-*.db"), base + QStringLiteral("-*.db.zst"), base + QStringLiteral("-*.db.delta.zst")},
                                      QDir::Files);
    const auto stamp = [&](const QString& n) {
        return n.mid(base.size() + 1, 15);
    };
    std::stable_sort(names.begin(), names.end(), [&](const QString& a, const QString& b) { return stamp(a) > stamp(b); });
    QStringList paths;
    for (const QString& n : names)
        paths << dir.filePath(n);
    return paths;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    auto withBackup = [&](Error e) {
        return withNewestBackup(std::move(e), path, options.backupDir);
    };

    const QFileInfo fi(path);
    bool readOnly = options.readOnly;
    bool fresh = false;
    if (!fi.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return withBackup(openError(ErrorCode::FileNotFound, QCoreApplication::translate("tumbuh::store", "The database file %1 does not exist.").arg(path)));
        const QFileInfo dir(fi.absolutePath());
        if (!dir.isDir() || !fileIsWritable(dir))
            return openError(ErrorCode::CannotOpen,
                             QCoreApplication::translate("tumbuh::store", "The database file %1 cannot be created: the folder does not exist or cannot be "
                                                                          "written.")
                                 .arg(path));
        // Made here, owner-only (0600 on Linux), before SQLite opens it: a
        // child's data is not for the other accounts of a shared computer.
        // SQLite gives the -wal and -shm files the database's mode.
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return openError(ErrorCode::CannotOpen,
                             QCoreApplication::translate("tumbuh::store", "The database file %1 cannot be created: %2").arg(path, created.errorString()));
        created.close();
        fresh = true;
    } else {
        if (!fi.isFile())
            return openError(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::store", "%1 is not a file.").arg(path));
        // An empty file is what a first start interrupted before its first
        // commit leaves behind: treat it as new.
        if (fi.size() == 0) {
            fresh = true;
        } else if (auto bad = checkHeader(path, fi.size())) {
            return withBackup(*bad);
        }
        if (!fileIsWritable(fi) || !fileIsWritable(QFileInfo(fi.absolutePath())))
            readOnly = true;
        if (fresh && readOnly)
            return openError(ErrorCode::ReadOnly,
                             QCoreApplication::translate("tumbuh::store", "The database file %1 is empty and read-only: it cannot be set up.").arg(path));
    }

    std::shared_ptr<WriterLock> lock;
    if (!readOnly) {
        auto taken = WriterLock::acquire(path, options.lockWait);
        if (!taken)
            return taken.error();
        lock = std::move(*taken);
    }
    // The file as it is before SQLite opens it (a writer's open makes the
    // -wal and -shm), and what was recorded of it.
    const FileFingerprint fingerprint = FileFingerprint::of(path);
    const std::optional<IntegrityRecord> record = IntegrityRecord::read(path);

    // A reader creates nothing: mode=ro, and immutable=1 where no writer can
    // be (the folder cannot be written) and no log holds data the file does
    // not have yet.
    const bool folderWritable = fileIsWritable(QFileInfo(fi.absolutePath()));
    const bool logPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool immutable = readOnly && !folderWritable && !logPresent;

    std::unique_ptr<Database> db(new Database);
    db->path_ = path;
    db->readOnly_ = readOnly;
    db->writerLock_ = std::move(lock);
    db->backupDir_ = options.backupDir;
    bool openHere = false;
    if (!readOnly) {
        const std::lock_guard guard(readersMutex);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        db->writerKey_ = canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
        openHere = writersOpen[db->writerKey_].open++ > 0;
    }
    const CheckDecision decision = decideCheck(options, fresh, readOnly, openHere, record, fingerprint);
    db->openCheck_.reason = decision.reason;
    db->openCheck_.scheduledDue = decision.scheduledDue;
    db->openCheck_.lastCheckAt = decision.lastCheckAt;
    if (readOnly) {
        const std::lock_guard guard(readersMutex);
        Readers& readers = readersOpen[fi.absoluteFilePath()];
        if (readers.open++ == 0)
            readers.removeFiles = !immutable && folderWritable && !logPresent
                               && !QFileInfo::exists(path + QStringLiteral("-shm"));
    }
    db->connectionName_ = uniqueConnectionName();
    db->statements_ = std::make_unique<Statements>();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->connectionName_);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (readOnly) {
            QUrl uri = QUrl::fromLocalFile(fi.absoluteFilePath());
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
            if (immutable)
                query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
            uri.setQuery(query);
            c.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            // mode=ro makes this file read-only; the connection itself stays
            // read-write so that a file it ATTACHes (the package being
            // written) can be written.
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            c.setDatabaseName(path);
        }
        c.setConnectOptions(connectOptions);
        if (!c.open())
            return withBackup(queryError(path, c.lastError()));
    }

    QSqlDatabase c = db->connection();
    // Reading these pragmas changes nothing and fails cleanly on a file that
    // is not a database.
    auto version = pragma(c, path, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return withBackup(version.error());
    auto appId = pragma(c, path, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return withBackup(appId.error());
    auto tables = pragma(c, path, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables)
        return withBackup(tables.error());
    const int fileVersion = version->toInt();
    const qint64 fileAppId = appId->toLongLong();
    if ((fileAppId != 0 && fileAppId != kApplicationId) || (fileVersion == 0 && tables->toInt() > 0)) {
        return openError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("tumbuh::store", "The file %1 is an SQLite database of another program, not a Tumbuh database.").arg(path));
    }
    if (fileVersion > latestSchemaVersion()) {
        return openError(ErrorCode::NewerSchema,
                         QCoreApplication::translate("tumbuh::store", "The database %1 was written by a newer version of Tumbuh (schema %2; this program "
                                                                      "knows up to %3). Update Tumbuh to open it.")
                             .arg(path)
                             .arg(fileVersion)
                             .arg(latestSchemaVersion()));
    }
    if (decision.run) {
        auto check = pragma(c, path, QStringLiteral("PRAGMA quick_check"));
        if (!check)
            return withBackup(check.error());
        if (check->toString() != u"ok")
            return withBackup(damagedError(path, check->toString()));
        db->openCheck_.ran = true;
        db->openCheck_.lastCheckAt = QDateTime::currentDateTimeUtc();
    }
    if (readOnly && fileVersion < latestSchemaVersion()) {
        return openError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("tumbuh::store", "The database %1 must be upgraded to this version of Tumbuh, but it is read-only.")
                             .arg(path));
    }

    // Before anything is written: the session is open until its clean
    // close says otherwise (killed, power cut: the next open checks). A
    // file being made ("<name>.part", renamed into place when whole:
    // records/outputfile.h, the demo) keeps no record.
    const bool keepsRecord = !fi.fileName().endsWith(QStringLiteral(".part"));
    if (!readOnly && !openHere && keepsRecord) {
        IntegrityRecord session = record.value_or(IntegrityRecord{});
        session.session = IntegrityRecord::Session::Open;
        session.closedAs.reset();
        if (db->openCheck_.ran || fresh) {
            session.checkedAt = fresh ? QDateTime::currentDateTimeUtc() : db->openCheck_.lastCheckAt;
            session.checkOk = true;
            session.checkReason = checkReasonCode(db->openCheck_.reason);
        }
        if (auto written = session.write(path); !written)
            return written.error();
        const std::lock_guard guard(readersMutex);
        writersOpen[db->writerKey_].sessionRecorded = true;
    }

    if (auto configured = db->configure(); !configured)
        return withBackup(configured.error());

    if (fileVersion < latestSchemaVersion()) {
        auto migrated = Migrator::migrate(db->nativeHandle(), fileVersion);
        if (!migrated)
            return migrated.error();
        db->schemaVersion_ = *migrated;
    } else {
        db->schemaVersion_ = fileVersion;
    }

    std::vector<Warning> warnings;
    if (readOnly) {
        warnings.push_back(Warning{WarningCode::OpenedReadOnly, {}, QCoreApplication::translate("tumbuh::store", "The database file %1 is read-only: it can be viewed, but changes cannot be "
                                                                                                                 "saved.")
                                                                        .arg(path)});
    }
    return Result<std::unique_ptr<Database>>(std::move(db), std::move(warnings));
}

Result<void> Database::configure()
{
    QSqlDatabase c = connection();
    QSqlQuery q(c);
    // foreign_keys is per connection and off by default in SQLite.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sql::errorFrom(q.lastError());
    // 64 MB of page cache (SQLite's default is 2 MB): the index the roster
    // walks for a whole city stays in memory between reads.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -65536")))
        return sql::errorFrom(q.lastError());
    // Sorts and temporary indexes in memory, not in temporary files.
    if (!q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return sql::errorFrom(q.lastError());
    if (readOnly_)
        return {};
    // WAL: readers never block the writer, and a power cut loses at most the
    // transaction being written. synchronous=FULL also syncs the log on every
    // commit, so a save that returned survives the power cut.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sql::errorFrom(q.lastError());
    if (q.next() && q.value(0).toString().toLower() != u"wal") {
        return openError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("tumbuh::store", "The database file %1 cannot use write-ahead logging (journal mode is %2).")
                             .arg(path_, q.value(0).toString()));
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return sql::errorFrom(q.lastError());
    return {};
}

Database::~Database()
{
    statements_.reset();
    {
        QSqlDatabase c = QSqlDatabase::database(connectionName_, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
    if (!writerKey_.isEmpty()) {
        bool last = false;
        {
            const std::lock_guard guard(readersMutex);
            Writers& writers = writersOpen[writerKey_];
            if (--writers.open <= 0) {
                last = writers.sessionRecorded;
                writersOpen.erase(writerKey_);
            }
        }
        // Still holding the writer lock: no other program changes the file
        // between what is recorded and the lock's release.
        if (last)
            recordClose();
    }
    // A reader's connection cannot checkpoint, so SQLite leaves the log and
    // its index behind; left there (owned by the reader's user) they keep the
    // owner's next import from writing. Removed while holding the writer
    // lock, and only when empty: no writer came meanwhile.
    bool removeReaderFiles = false;
    if (readOnly_) {
        const std::lock_guard guard(readersMutex);
        const QString key = QFileInfo(path_).absoluteFilePath();
        Readers& readers = readersOpen[key];
        if (--readers.open <= 0) {
            removeReaderFiles = readers.removeFiles;
            readersOpen.erase(key);
        }
    }
    if (removeReaderFiles) {
        const QString wal = path_ + QStringLiteral("-wal");
        if (QFileInfo(wal).size() == 0) {
            if (auto lock = WriterLock::acquire(path_, std::chrono::milliseconds(0), WriterLock::Mode::Exclusive)) {
                if (QFileInfo(wal).size() == 0) {
                    QFile::remove(wal);
                    QFile::remove(path_ + QStringLiteral("-shm"));
                }
            }
        }
    }
    writerLock_.reset();
}

void Database::recordClose()
{
    // The session this process recorded as open ends cleanly here; the
    // last writer of this process records it for all of them.
    std::optional<IntegrityRecord> record = IntegrityRecord::read(path_);
    if (!record || record->session != IntegrityRecord::Session::Open)
        return;
    FileFingerprint f = FileFingerprint::of(path_);
    // The record's own time must come after the file's last change, as the
    // file system's coarse clock counts (decideCheck's "racy" rule).
    const qint64 tick = std::chrono::duration_cast<std::chrono::nanoseconds>(timestampTick()).count();
    for (int i = 0; i < 100 && realtimeNs() <= f.newestChangeNs() + tick; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    f = FileFingerprint::of(path_);
    record->session = IntegrityRecord::Session::Closed;
    record->closedAs = f;
    (void)record->write(path_);
}

Result<void> Database::checkNow(CheckReason reason)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    Result<void> outcome;
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        outcome = withNewestBackup(queryError(path_, q.lastError()), path_, backupDir_);
    } else {
        const QString text = q.next() ? q.value(0).toString() : QString();
        if (text != u"ok")
            outcome = withNewestBackup(damagedError(path_, text),
                                       path_, backupDir_);
    }
    q.finish();
    return recordCheck(reason, outcome);
}

Result<void> Database::verifyFile(const QString& path, const QString& backupDir)
{
    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    options.check = CheckPolicy::Never;
    options.lockWait = std::chrono::milliseconds(0);
    options.backupDir = backupDir;
    auto opened = open(path, options);
    if (!opened)
        return opened.error();
    QSqlDatabase c = (*opened)->connection();
    auto check = pragma(c, path, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return withNewestBackup(check.error(), path, backupDir);
    if (check->toString() != u"ok")
        return withNewestBackup(damagedError(path, check->toString()),
                                path, backupDir);
    return {};
}

Result<void> Database::recordCheck(CheckReason reason, const Result<void>& outcome)
{
    if (!outcome) {
        // No further write reaches the damaged file, whichever way it goes.
        damaged_ = outcome.error();
        QSqlQuery q(connection());
        (void)q.exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    if (!readOnly_) {
        IntegrityRecord record = IntegrityRecord::read(path_).value_or(IntegrityRecord{});
        if (record.session != IntegrityRecord::Session::Open)
            record.session = IntegrityRecord::Session::Open; // this session writes it
        record.checkedAt = QDateTime::currentDateTimeUtc();
        record.checkOk = outcome.ok();
        record.checkReason = checkReasonCode(reason);
        (void)record.write(path_);
    }
    openCheck_.lastCheckAt = QDateTime::currentDateTimeUtc();
    return outcome;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(connectionName_, false);
}

void* Database::nativeHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Result<QSqlQuery*> Database::prepared(const QString& sqlText)
{
    auto& cache = statements_->byText;
    if (auto it = cache.find(sqlText); it != cache.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(connection());
    q->setForwardOnly(true);
    if (!q->prepare(sqlText))
        return sql::errorFrom(q->lastError());
    QSqlQuery* raw = q.get();
    cache.emplace(sqlText, std::move(q));
    return raw;
}

Result<void> Database::checkWritable() const
{
    if (readOnly_)
        return msg::readOnly(path_);
    if (damaged_) {
        Error e = *damaged_;
        e.message = QCoreApplication::translate("tumbuh::store", "Changes are no longer saved: the check found the database file damaged. %1").arg(damaged_->message);
        return e;
    }
    return {};
}

QDate Database::today() const
{
    return today_ ? *today_ : QDate::currentDate();
}

QDateTime Database::now()
{
    return QDateTime::currentDateTimeUtc();
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::errorFrom(q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace tumbuh::store
