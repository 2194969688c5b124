#include "records/import/importcontext.h"

#include "store/database.h"
#include "store/sqlutil.h"

namespace tumbuh::records {
namespace {

bool fatal(const Error& e)
{
    return e.code == ErrorCode::Sql || e.code == ErrorCode::ReadOnly || e.code == ErrorCode::CannotOpen
        || e.code == ErrorCode::DiskFull || e.code == ErrorCode::Busy;
}

} // namespace

ImportContext::ImportContext(Database& db, const ImportOptions& options, ImportLayout layout)
    : db_(db), options_(options), layout_(layout), audit_(db)
{
}

void ImportContext::stamp()
{
    nowMs_ = sql::timestampMs(Database::now());
}

Result<void> ImportContext::beginRowSavepoint()
{
    if (rowTx_)
        return {};
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    rowTx_.emplace(std::move(*tx));
    return flushAudits();
}

Result<void> ImportContext::recordInsert(const QString& table, const QUuid& uid, QJsonObject after)
{
    if (!rowTx_) {
        pendingAudits_.push_back(PendingAudit{table, uid, std::move(after)});
        return {};
    }
    if (auto a = audit_.record(options_.user, table, uid, AuditAction::Insert, {}, after); !a)
        return a.error();
    return {};
}

Result<void> ImportContext::flushAudits()
{
    for (const PendingAudit& p : pendingAudits_) {
        if (auto a = audit_.record(options_.user, p.table, p.uid, AuditAction::Insert, {}, p.after); !a)
            return a.error();
    }
    pendingAudits_.clear();
    return {};
}

void ImportContext::rollbackRow()
{
    if (rowTx_) {
        rowTx_->rollback();
        rowTx_.reset();
    }
}

void ImportContext::endRow()
{
    row_ = RowCounts();
    rowTx_.reset();
    pendingAudits_.clear();
    rowWarnings_.clear();
}

void ImportContext::warn(const std::vector<Warning>& warnings)
{
    rowWarnings_.insert(rowWarnings_.end(), warnings.begin(), warnings.end());
}

QString ImportContext::joined(const Error& e)
{
    QString s = e.message;
    for (const Error& more : e.more)
        s += QLatin1Char(' ') + more.message;
    return s;
}

ImportProblem ImportContext::problem(const QString& field, const std::function<QString()>& make)
{
    return ImportProblem{field, Bilingual::both(make)};
}

ImportContext::Outcome ImportContext::refused(const Error& e, const std::function<Result<void>()>& revalidate)
{
    if (fatal(e))
        return e;
    // The same check again in both languages, on the same database state
    // (the failed write was rolled back by its own savepoint).
    ImportProblem p = problem(e.field, [&] {
        const auto r = revalidate();
        return r ? QString() : joined(r.error());
    });
    if (p.text.id.isEmpty() || p.text.en.isEmpty())
        p.text = Bilingual::Text{joined(e), joined(e), Bilingual::indonesianActive()};
    return std::optional<ImportProblem>(std::move(p));
}

} // namespace tumbuh::records
