#pragma once
// Bringing back a soft-deleted measurement (undoing a delete, redoing a save
// that was undone). The row keeps its id and uid, so later commands that
// refer to it still work and a merge sees one row, deleted and then restored
// (the newer updated_at wins); the repository records it in the audit log.
#include "store/measurement.h"
#include "store/result.h"
#include "store/rowmeta.h"

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui::detail {

// `row` is the measurement as it was before it was deleted (its meta
// included). Returns the live row as stored.
store::Result<store::Measurement> restoreMeasurement(store::Database& db, store::Measurement row,
                                                     store::UserId who);

} // namespace tumbuh::ui::detail
