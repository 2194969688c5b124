#pragma once
// The history of a referral (referral_events). Steps are written by
// ReferralWorkflow; this class reads them and writes rows merged from a
// package (Stamp::Keep).
#include "store/referral.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

class ReferralEventRepository {
public:
    explicit ReferralEventRepository(Database& db) : db_(db) { }

    Result<ReferralEvent> add(ReferralEvent event, UserId who, Stamp stamp = Stamp::Now);
    Result<ReferralEvent> update(ReferralEvent event, UserId who, Stamp stamp = Stamp::Now);

    Result<std::optional<ReferralEvent>> findByUid(const QUuid& uid) const; // deleted rows too
    // Live events of one referral, oldest first (by date, then as written).
    Result<std::vector<ReferralEvent>> history(RowId referralId) const;

    // Referral required (deleted or not: its history stays); date required, not in the future, not before the
    // referral's date.
    Result<void> validate(const ReferralEvent& event) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
