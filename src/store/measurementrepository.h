#pragma once
#include "store/child.h"
#include "store/measurement.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

// A measurement with the child it belongs to (what a report or an export
// needs to compute z-scores), read in one joined query.
struct ChildMeasurement {
    Child child;
    Measurement measurement;
};

enum class AuditDetail {
    PerRow,  // one audit entry per measurement, with its full JSON
    Summary, // one bulk_insert entry for the whole batch (count, id range): for large imports
};

class MeasurementRepository {
public:
    explicit MeasurementRepository(Database& db) : db_(db) { }

    // Validates against the child (not before birth, not in the future,
    // plausible ranges, position given with a length), then saves the row and
    // its audit entry in one transaction.
    Result<Measurement> add(Measurement measurement, UserId who, Stamp stamp = Stamp::Now);
    Result<Measurement> update(Measurement measurement, UserId who, Stamp stamp = Stamp::Now);
    Result<void> remove(RowId id, UserId who); // soft delete

    // All or nothing: every row is validated, then all are saved in one
    // transaction (nested in the caller's, if any). On the first invalid row
    // nothing is saved and the Error's message starts with the row's index.
    Result<std::vector<Measurement>> addMany(std::vector<Measurement> measurements, UserId who,
                                             AuditDetail audit = AuditDetail::PerRow,
                                             Stamp stamp = Stamp::Now);

    Result<Measurement> get(RowId id) const;                              // live rows only
    Result<std::optional<Measurement>> findByUid(const QUuid& uid) const; // deleted rows too

    Result<void> validate(const Measurement& measurement) const;
    // The same rules given the child as already read, without a query:
    // for bulk writers (CSV import) that hold the child in memory. The
    // posyandu is not checked (pass one known to be live, or 0).
    Result<void> validateFor(const Measurement& measurement, const Child& child) const;

    // A child's live measurements, oldest first (same date: in saving order).
    Result<std::vector<Measurement>> history(RowId childId) const;
    // Live measurements taken in a calendar month, at one posyandu or at all,
    // ordered by date then child; children that were deleted are left out.
    Result<std::vector<ChildMeasurement>> ofMonth(int year, int month,
                                                  std::optional<RowId> posyanduId = std::nullopt) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
