#pragma once
#include "store/referral.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

class ReferralRepository {
public:
    explicit ReferralRepository(Database& db) : db_(db) { }

    // New referrals are made by ReferralWorkflow::refer (with their first
    // event). Under Stamp::Now at least one reason is required; a row merged
    // under Stamp::Keep is kept as it was written.
    Result<Referral> add(Referral referral, UserId who, Stamp stamp = Stamp::Now);
    Result<Referral> update(Referral referral, UserId who, Stamp stamp = Stamp::Now);
    Result<void> remove(RowId id, UserId who); // soft delete

    Result<Referral> get(RowId id) const;                              // live rows only
    Result<std::optional<Referral>> findByUid(const QUuid& uid) const; // deleted rows too
    Result<std::vector<Referral>> forChild(RowId childId) const;       // live, oldest first
    // Live referrals still open (referred or arrived), oldest first.
    Result<std::vector<Referral>> open(std::optional<RowId> posyanduId = std::nullopt) const;

    Result<void> validate(const Referral& referral) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
