#include "store/transaction.h"

#include "store/database.h"
#include "store/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tumbuh::store {
namespace {

Result<void> run(Database& db, const QString& statement)
{
    auto q = sql::exec(db, statement);
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

} // namespace

QString Transaction::savepointName() const
{
    return QStringLiteral("tumbuh_sp_%1").arg(depth_);
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto w = db.checkWritable(); !w)
        return w.error();
    const int depth = db.transactionDepth_ + 1;
    Transaction t(db, depth);
    auto started = run(db, depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + t.savepointName());
    if (!started) {
        t.db_ = nullptr;
        return started.error();
    }
    db.transactionDepth_ = depth;
    return Result<Transaction>(std::move(t));
}

Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_), depth_(other.depth_)
{
    other.db_ = nullptr;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!db_)
        return {};
    Database& db = *db_;
    Q_ASSERT(db.transactionDepth_ == depth_); // inner transactions end first
    auto done = run(db, depth_ == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName());
    if (!done) {
        rollback();
        return done.error();
    }
    db.transactionDepth_ = depth_ - 1;
    db_ = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!db_)
        return;
    Database& db = *db_;
    if (depth_ == 1) {
        (void)run(db, QStringLiteral("ROLLBACK"));
    } else {
        (void)run(db, QStringLiteral("ROLLBACK TO ") + savepointName());
        (void)run(db, QStringLiteral("RELEASE ") + savepointName());
    }
    db.transactionDepth_ = depth_ - 1;
    db_ = nullptr;
}

} // namespace tumbuh::store
