#pragma once
// Consent statements per child (store/consent.h), every write audited. A
// child's consent now = its newest live statement (given_on, then created_at,
// then id); no statement = no consent recorded.
#include "store/consent.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

#include <optional>
#include <unordered_set>
#include <vector>

namespace tumbuh::store {

class Database;

class ConsentRepository {
public:
    explicit ConsentRepository(Database& db) : db_(db) { }

    Result<Consent> add(Consent consent, UserId who, Stamp stamp = Stamp::Now);
    Result<Consent> update(Consent consent, UserId who, Stamp stamp = Stamp::Now);
    Result<void> remove(RowId id, UserId who); // soft delete (a mistaken entry; withdrawal is add())

    Result<Consent> get(RowId id) const;
    Result<std::optional<Consent>> findByUid(const QUuid& uid) const;
    // The child's statements, oldest first.
    Result<std::vector<Consent>> forChild(RowId childId) const;
    // The statement in force (nullopt: none recorded).
    Result<std::optional<Consent>> current(RowId childId) const;
    // Ids of live children whose statement in force allows `purpose` (one
    // query for a whole export).
    Result<std::unordered_set<RowId>> childrenAllowing(ConsentPurpose purpose) const;

    // Child required (live); date required, not in the future, not before
    // the child's birth; guardian's name required; texts within limits.
    Result<void> validate(const Consent& consent) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
