#include "ui/core/deletemeasurementcommand.h"

#include "ui/core/datanotifier.h"
#include "ui/core/measurementrestore.h"
#include "ui/core/rolecheck.h"

#include "store/measurementrepository.h"

namespace tumbuh::ui {

DeleteMeasurementCommand::DeleteMeasurementCommand(store::Database& db, DataNotifier& notifier,
                                                   store::RowId measurementId, store::UserId who,
                                                   QString childName)
    : db_(db), notifier_(notifier), id_(measurementId), who_(who), childName_(std::move(childName))
{
}

QString DeleteMeasurementCommand::text() const
{
    if (childName_.isEmpty())
        return tr("Delete measurement");
    return tr("Delete the measurement of %1").arg(childName_);
}

store::Result<void> DeleteMeasurementCommand::redo()
{
    store::MeasurementRepository repo(db_);
    auto stored = repo.get(id_);
    if (!stored)
        return stored.error();
    if (auto ok = requireForChild(db_, who_, store::Permission::EditMeasurements, stored->childId); !ok)
        return ok;
    if (auto r = repo.remove(id_, who_); !r)
        return r;
    stored_ = std::move(stored).value();
    emit notifier_.measurementsChanged(stored_->childId);
    return {};
}

store::Result<void> DeleteMeasurementCommand::undo()
{
    auto r = detail::restoreMeasurement(db_, *stored_, who_);
    if (!r)
        return r.error();
    stored_ = std::move(r).value();
    emit notifier_.measurementsChanged(stored_->childId);
    return {};
}

} // namespace tumbuh::ui
