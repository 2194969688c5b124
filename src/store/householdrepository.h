#pragma once
#include "store/household.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

class HouseholdRepository {
public:
    explicit HouseholdRepository(Database& db) : db_(db) { }

    Result<Household> add(Household household, UserId who, Stamp stamp = Stamp::Now);
    Result<Household> update(Household household, UserId who, Stamp stamp = Stamp::Now);
    // Soft delete; refused (ErrorCode::InUse) while live children belong to it.
    Result<void> remove(RowId id, UserId who);

    Result<Household> get(RowId id) const;                              // live rows only
    Result<std::optional<Household>> findByUid(const QUuid& uid) const; // deleted rows too
    // Live households of a posyandu (or all), by address.
    Result<std::vector<Household>> list(std::optional<RowId> posyanduId = std::nullopt) const;

    Result<void> validate(const Household& household) const;

    // add()'s normalisation, and validate() without its one query (that the
    // posyandu is live): for a bulk writer that knows its posyandu is live,
    // where then both give the same result.
    static void normalize(Household& household);
    Result<void> validateFields(const Household& household) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
