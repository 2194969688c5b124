#include "ui/core/measurementrestore.h"

#include "store/database.h"
#include "store/measurementrepository.h"

namespace tumbuh::ui::detail {

store::Result<store::Measurement> restoreMeasurement(store::Database& db, store::Measurement row,
                                                     store::UserId who)
{
    // Stamp::Keep writes the meta as given: that is the repository's way to
    // clear deleted_at ("restoring a copy"); updated_at moves to now so that
    // the restore is the newest state of the row.
    row.meta.deletedAt.reset();
    row.meta.updatedAt = store::Database::now();
    return store::MeasurementRepository(db).update(std::move(row), who, store::Stamp::Keep);
}

} // namespace tumbuh::ui::detail
