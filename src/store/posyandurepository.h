#pragma once
#include "store/posyandu.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

class PosyanduRepository {
public:
    explicit PosyanduRepository(Database& db) : db_(db) { }

    Result<Posyandu> add(Posyandu posyandu, UserId who, Stamp stamp = Stamp::Now);
    Result<Posyandu> update(Posyandu posyandu, UserId who, Stamp stamp = Stamp::Now);
    // Soft delete; refused (ErrorCode::InUse) while live children belong to it.
    Result<void> remove(RowId id, UserId who);

    Result<Posyandu> get(RowId id) const;                              // live rows only
    Result<std::optional<Posyandu>> findByUid(const QUuid& uid) const; // deleted rows too
    Result<std::vector<Posyandu>> list() const;                        // live, by name

    Result<void> validate(const Posyandu& posyandu) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
