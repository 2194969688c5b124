#pragma once
// Saves a new measurement. Undo soft-deletes it (so the audit log shows both
// the insert and the delete); redo restores the same row.
#include "ui/core/command.h"

#include "store/measurement.h"
#include "store/rowmeta.h"
#include "store/warning.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;

class SaveMeasurementCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::SaveMeasurementCommand)
public:
    // `childName` only names the command in menus.
    SaveMeasurementCommand(store::Database& db, DataNotifier& notifier, store::Measurement measurement,
                           store::UserId who, QString childName = {});

    QString text() const override;
    store::Result<void> redo() override;
    store::Result<void> undo() override;

    // The measurement; after the first successful redo() as stored (id, uid).
    const store::Measurement& measurement() const { return measurement_; }
    store::RowId childId() const { return measurement_.childId; }
    // The store's warnings from the first save.
    const std::vector<store::Warning>& warnings() const { return warnings_; }

private:
    store::Database& db_;
    DataNotifier& notifier_;
    store::Measurement measurement_;
    store::UserId who_;
    QString childName_;
    std::vector<store::Warning> warnings_;
    bool saved_ = false; // the row exists (live or soft-deleted)
};

} // namespace tumbuh::ui
