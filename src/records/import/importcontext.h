#pragma once
#include "records/storenames.h"
// What the resolvers of one CSV import share (PlaceResolver, ChildResolver,
// MeasurementResolver, driven by ImportSession): the database, the options,
// the import's timestamp and UUIDs, and the current row's savepoint, counts
// and warnings. A row that creates something through a repository opens the
// savepoint (beginRowSavepoint), so a rejected row leaves nothing behind.
#include "records/import/importreport.h"
#include "records/import/importrowparser.h"
#include "records/nativestatement.h"
#include "records/timeuuid.h"
#include "store/auditwriter.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace tumbuh::records {

class ImportContext {
public:
    ImportContext(Database& db, const ImportOptions& options, ImportLayout layout);

    // nullopt: the step succeeded. A problem: the row is rejected. An
    // Error: the database failed; stop the import.
    using Outcome = Result<std::optional<ImportProblem>>;

    Database& db() const { return db_; }
    const ImportOptions& options() const { return options_; }
    ImportLayout layout() const { return layout_; }

    // The import's created_at/updated_at, as stored.
    void stamp();
    // The import's one moment for created_at/updated_at: as stored
    // (milliseconds, schema 5) and as a QDateTime.
    std::int64_t nowMs() const { return nowMs_; }
    QDateTime now() const { return sql::timestampFromMs(nowMs_); }
    QUuid nextUid() { return uids_.next(); }
    // The import's audit entries, through one statement kept for it all.
    AuditWriter& audit() { return audit_; }

    // Opens the row's savepoint, then writes the audit entries the row
    // deferred (recordInsert), inside it.
    Result<void> beginRowSavepoint();
    bool inSavepoint() const { return rowTx_.has_value(); }
    Result<void> commitRow() { return rowTx_->commit(); }
    void rollbackRow();

    // An inserted row's audit entry. Inside the row's savepoint it is
    // written now; otherwise (a household, the first thing most rows add) it
    // waits for the row to be saved (flushAudits) or for a savepoint, so
    // that a rejected row needs no savepoint and leaves no entry: audit_log
    // is append-only. The entries keep their order either way.
    Result<void> recordInsert(const QString& table, const QUuid& uid, QJsonObject after);
    Result<void> flushAudits();

    // A failed call as a row problem (validation) or an Error (database).
    Outcome refused(const Error& e, const std::function<Result<void>()>& revalidate);
    void warn(const std::vector<Warning>& warnings);

    // What the current row added, counted into the report when it is saved.
    struct RowCounts {
        qint64 posyandu = 0;
        qint64 households = 0;
        ImportCounts children;
        ImportCounts measurements;
    };
    RowCounts& rowCounts() { return row_; }
    const RowCounts& rowCounts() const { return row_; }
    const std::vector<Warning>& rowWarnings() const { return rowWarnings_; }
    // The row is done (saved or not): its savepoint, counts and warnings go.
    void endRow();

    static ImportProblem problem(const QString& field, const std::function<QString()>& make);
    // A name compared case- and space-insensitively.
    static QString nameKey(const QString& s) { return s.simplified().toLower(); }
    // An error's message and those it carries, as one text.
    static QString joined(const Error& e);

    static void bindUnit(NativeStatement& s, int i, const auto& u)
    {
        if (u)
            s.bind(i, static_cast<std::int64_t>(u->value));
        else
            s.bindNull(i);
    }

private:
    Database& db_;
    const ImportOptions& options_;
    ImportLayout layout_;
    std::int64_t nowMs_ = 0;
    TimeUuid uids_;
    AuditWriter audit_;
    struct PendingAudit {
        QString table;
        QUuid uid;
        QJsonObject after;
    };
    std::vector<PendingAudit> pendingAudits_;
    std::optional<Transaction> rowTx_;
    RowCounts row_;
    std::vector<Warning> rowWarnings_;
};

} // namespace tumbuh::records
