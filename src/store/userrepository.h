#pragma once
#include "store/result.h"
#include "store/rowmeta.h"
#include "store/user.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

class UserRepository {
public:
    explicit UserRepository(Database& db) : db_(db) { }

    Result<User> add(User user, UserId who, Stamp stamp = Stamp::Now);
    Result<User> update(User user, UserId who, Stamp stamp = Stamp::Now);
    Result<void> remove(RowId id, UserId who); // soft delete

    Result<User> get(RowId id) const;                              // live rows only (ErrorCode::NotFound otherwise)
    Result<std::optional<User>> findByUid(const QUuid& uid) const; // deleted rows too
    Result<std::vector<User>> list() const;                        // live, by name

    Result<void> validate(const User& user) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
