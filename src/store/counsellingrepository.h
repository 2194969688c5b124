#pragma once
// Counselling (edukasi) given to a child's family: date, topic code (of the
// rules file resources/followup/attention-rules.csv: gizi_seimbang,
// cegah_stunting, timbang_rutin, ...), who, note. Every write audited (store/crud.h).
#include "store/referral.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

class CounsellingRepository {
public:
    explicit CounsellingRepository(Database& db) : db_(db) { }

    Result<Counselling> add(Counselling counselling, UserId who, Stamp stamp = Stamp::Now);
    Result<Counselling> update(Counselling counselling, UserId who, Stamp stamp = Stamp::Now);
    Result<void> remove(RowId id, UserId who); // soft delete

    Result<Counselling> get(RowId id) const;                              // live rows only
    Result<std::optional<Counselling>> findByUid(const QUuid& uid) const; // deleted rows too
    // Live rows of one child, oldest first.
    Result<std::vector<Counselling>> forChild(RowId childId) const;
    // Live rows of live children in the month of `month` (any day of it), by
    // date then id; of one posyandu (the child's) or of all.
    Result<std::vector<Counselling>> forMonth(const QDate& month,
                                              std::optional<RowId> posyanduId = std::nullopt) const;

    // Child required (live); date required, not in the future, not before
    // birth; topic required; texts within their limits.
    Result<void> validate(const Counselling& counselling) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
