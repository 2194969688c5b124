#include "ui/core/editmeasurementcommand.h"

#include "ui/core/datanotifier.h"
#include "ui/core/rolecheck.h"

#include "store/measurementrepository.h"

namespace tumbuh::ui {

EditMeasurementCommand::EditMeasurementCommand(store::Database& db, DataNotifier& notifier,
                                               store::Measurement changed, store::UserId who,
                                               QString childName)
    : db_(db), notifier_(notifier), after_(std::move(changed)), who_(who), childName_(std::move(childName))
{
}

QString EditMeasurementCommand::text() const
{
    if (childName_.isEmpty())
        return tr("Change measurement");
    return tr("Change the measurement of %1").arg(childName_);
}

store::Result<void> EditMeasurementCommand::redo()
{
    store::MeasurementRepository repo(db_);
    if (auto ok = requireForChild(db_, who_, store::Permission::EditMeasurements, after_.childId); !ok)
        return ok;
    if (!before_) {
        // Read the stored row now, not when the command was made: what undo
        // restores is what the database held just before this change.
        auto stored = repo.get(after_.meta.id);
        if (!stored)
            return stored.error();
        before_ = std::move(stored).value();
    }
    auto r = repo.update(after_, who_);
    if (!r)
        return r.error();
    after_ = std::move(r).value();
    // A measurement cannot move to another child through the form, but if
    // the caller did it, both children's histories changed.
    if (before_->childId != after_.childId)
        emit notifier_.measurementsChanged(before_->childId);
    emit notifier_.measurementsChanged(after_.childId);
    return {};
}

store::Result<void> EditMeasurementCommand::undo()
{
    if (auto ok = requireForChild(db_, who_, store::Permission::EditMeasurements, before_->childId); !ok)
        return ok;
    auto r = store::MeasurementRepository(db_).update(*before_, who_);
    if (!r)
        return r.error();
    if (before_->childId != after_.childId)
        emit notifier_.measurementsChanged(after_.childId);
    emit notifier_.measurementsChanged(before_->childId);
    return {};
}

} // namespace tumbuh::ui
