#pragma once
// RAII transaction. The outermost one is BEGIN IMMEDIATE (takes the write lock
// at once, so a save never fails half-way for a lock); nested ones are
// SAVEPOINTs, so a repository write inside a caller's transaction (an import)
// can fail and roll back alone while the caller's work goes on. Destroyed
// without commit() = rolled back.
#include "store/result.h"

#include <QString>

namespace tumbuh::store {

class Database;

class Transaction {
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();
    bool isActive() const { return db_ != nullptr; }
    bool isOutermost() const { return depth_ == 1; }

private:
    Transaction(Database& db, int depth) : db_(&db), depth_(depth) { }
    QString savepointName() const;

    Database* db_ = nullptr;
    int depth_ = 0;
};

} // namespace tumbuh::store
