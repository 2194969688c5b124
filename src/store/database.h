#pragma once
// One open Tumbuh database file. Each instance owns its own uniquely named Qt
// SQL connection (no global "default" connection, no singleton): create it in
// the composition root and pass it to the repositories' constructors. Like any
// QSqlDatabase it must be used from the thread that opened it.
#include "store/integrityrecord.h"
#include "store/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QSqlQuery;

namespace tumbuh::store {

class WriterLock;

// When Database::open runs the full check (PRAGMA quick_check: it reads the
// whole file, seconds on a city from a cold disk).
enum class CheckPolicy {
    Auto,   // when it matters (the file's record, integrityrecord.h): see "Opening a file" in README.md
    Always, // at this open, whatever the record says
    Never,  // not at all: a second connection to a file this program has opened and checked
};

struct OpenOptions {
    bool createIfMissing = true; // false: a missing file is ErrorCode::FileNotFound
    // Open for reading only even if the file is writable (export, package,
    // card, backup): no writer lock is taken and no file is left behind.
    bool readOnly = false;
    // A writable open takes the database's writer lock (store/writerlock.h):
    // how long to wait for another program to let go before ErrorCode::Busy.
    std::chrono::milliseconds lockWait{3000};
    // Where the backups of this database live (the backup feature writes them
    // as "<file's base name>-<yyyyMMdd-HHmmss>.db"). When set and the file
    // cannot be used, Error::backupPath names the newest backup to restore.
    QString backupDir;
    // false: the same as check = CheckPolicy::Never. Only for a second,
    // read-only connection to a file this program has opened and checked
    // already (a list read on a worker thread).
    bool quickCheck = true;
    CheckPolicy check = CheckPolicy::Auto;
    // Auto: the full check also runs when the last one is older than this.
    // The environment variable TUMBUH_CHECK_INTERVAL_DAYS replaces it.
    std::chrono::hours checkInterval{7 * 24};
    // Auto, when only the interval asks for a check: true = the open leaves
    // it to the caller (openCheck().scheduledDue; the program runs
    // verifyFile() on a worker thread and gives the result to
    // recordCheck()); false = the open runs it (tumbuh-cli).
    bool deferScheduledCheck = false;
};

// What Database::open did about the full check, and why.
struct OpenCheck {
    bool ran = false;
    CheckReason reason = CheckReason::None;
    bool scheduledDue = false; // deferred: the caller is to run it
    QDateTime lastCheckAt;     // UTC, the last full check recorded (now when it ran)
};

class Database {
public:
    // Opens (or creates) the file, checks it and brings its schema up to date.
    // Refused, with the file left byte-for-byte as it was: not an SQLite file,
    // an SQLite file of another program, a truncated or damaged file (header
    // check and, when OpenOptions::check asks, PRAGMA quick_check), a schema
    // newer than this program's. A
    // read-only file is opened read-only with WarningCode::OpenedReadOnly and
    // every write then fails with ErrorCode::ReadOnly. A read-only open uses
    // SQLite's mode=ro (and immutable=1 when the folder cannot be written and
    // holds no write-ahead log), so it creates nothing beside the file; the
    // -wal/-shm SQLite itself makes for a reader are removed again on close
    // when no writer is using them. A writable open holds the writer lock:
    // ErrorCode::Busy, naming the other program, while another one writes.
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return path_; }
    bool isReadOnly() const { return readOnly_; }
    int schemaVersion() const { return schemaVersion_; }
    // The version a fresh database gets: the number of the last migration.
    static int latestSchemaVersion();

    // The Qt connection, for the repositories and for code in this library
    // layer (import/export) that needs its own SQL.
    QSqlDatabase connection() const;
    const QString& connectionName() const { return connectionName_; }
    // The sqlite3* under the Qt connection (for the online backup API etc.).
    void* nativeHandle() const;

    // A forward-only prepared statement kept for the life of the connection
    // (saves re-preparing in tight loops): bind, exec, read, then finish() it.
    Result<QSqlQuery*> prepared(const QString& sql);

    // ErrorCode::ReadOnly (translated) when the database cannot be changed.
    Result<void> checkWritable() const;

    // "Today" and "now" for validation and timestamps; tests and the demo
    // generator may pin today.
    QDate today() const;
    void setToday(std::optional<QDate> today) { today_ = today; }
    static QDateTime now(); // UTC, millisecond precision

    // Full PRAGMA integrity_check: "ok" or SQLite's report.
    Result<QString> integrityCheck() const;

    // What open() did about the full check, and why (OpenOptions::check).
    const OpenCheck& openCheck() const { return openCheck_; }
    // Runs PRAGMA quick_check now on this connection and records the result
    // (recordCheck): after a merge, before the user works on.
    Result<void> checkNow(CheckReason reason);
    // PRAGMA quick_check on a read-only connection of its own (any thread):
    // nothing, or ErrorCode::Corrupt naming the newest backup in backupDir.
    static Result<void> verifyFile(const QString& path, const QString& backupDir = {});
    // Records a check's outcome in the file's record. Damage stops every
    // further write through this connection (PRAGMA query_only, and
    // checkWritable() refuses with ErrorCode::Corrupt); the next open checks
    // again. Returns `outcome`.
    Result<void> recordCheck(CheckReason reason, const Result<void>& outcome);
    bool isDamaged() const { return damaged_.has_value(); }
    const std::optional<Error>& damage() const { return damaged_; }
    // OpenOptions::backupDir of this open.
    const QString& backupDir() const { return backupDir_; }

    // Backups of `dbPath` in `backupDir`, newest first (see OpenOptions).
    static QStringList backupsOf(const QString& dbPath, const QString& backupDir);

private:
    friend class Transaction;
    Database() = default;
    Result<void> configure();
    void recordClose();

    QString path_;
    QString connectionName_;
    bool readOnly_ = false;
    std::shared_ptr<WriterLock> writerLock_;
    QString writerKey_; // counted among this process's writers of the file
    OpenCheck openCheck_;
    std::optional<Error> damaged_;
    QString backupDir_;
    int schemaVersion_ = 0;
    int transactionDepth_ = 0;
    std::optional<QDate> today_;
    struct Statements;
    std::unique_ptr<Statements> statements_;
};

} // namespace tumbuh::store
