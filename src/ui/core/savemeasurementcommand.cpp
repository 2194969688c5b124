#include "ui/core/savemeasurementcommand.h"

#include "ui/core/datanotifier.h"
#include "ui/core/measurementrestore.h"
#include "ui/core/rolecheck.h"

#include "store/measurementrepository.h"

namespace tumbuh::ui {

SaveMeasurementCommand::SaveMeasurementCommand(store::Database& db, DataNotifier& notifier,
                                               store::Measurement measurement, store::UserId who,
                                               QString childName)
    : db_(db), notifier_(notifier), measurement_(std::move(measurement)), who_(who),
      childName_(std::move(childName))
{
}

QString SaveMeasurementCommand::text() const
{
    if (childName_.isEmpty())
        return tr("Save measurement");
    return tr("Save the measurement of %1").arg(childName_);
}

store::Result<void> SaveMeasurementCommand::redo()
{
    if (auto ok = requireForChild(db_, who_, store::Permission::EditMeasurements, measurement_.childId); !ok)
        return ok;
    if (!saved_) {
        auto r = store::MeasurementRepository(db_).add(measurement_, who_);
        if (!r)
            return r.error();
        warnings_ = r.warnings();
        measurement_ = std::move(r).value();
        saved_ = true;
    } else {
        auto r = detail::restoreMeasurement(db_, measurement_, who_);
        if (!r)
            return r.error();
        measurement_ = std::move(r).value();
    }
    emit notifier_.measurementsChanged(measurement_.childId);
    return {};
}

store::Result<void> SaveMeasurementCommand::undo()
{
    if (auto ok = requireForChild(db_, who_, store::Permission::EditMeasurements, measurement_.childId); !ok)
        return ok;
    auto r = store::MeasurementRepository(db_).remove(measurement_.meta.id, who_);
    if (!r)
        return r;
    emit notifier_.measurementsChanged(measurement_.childId);
    return r;
}

} // namespace tumbuh::ui
