#pragma once
// Soft-deletes a measurement; undo restores the same row (same id and uid).
#include "ui/core/command.h"

#include "store/measurement.h"
#include "store/rowmeta.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;

class DeleteMeasurementCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::DeleteMeasurementCommand)
public:
    DeleteMeasurementCommand(store::Database& db, DataNotifier& notifier, store::RowId measurementId,
                             store::UserId who, QString childName = {});

    QString text() const override;
    store::Result<void> redo() override;
    store::Result<void> undo() override;

    store::RowId measurementId() const { return id_; }
    // The row as it was before deletion (known after the first redo()).
    const std::optional<store::Measurement>& deleted() const { return stored_; }

private:
    store::Database& db_;
    DataNotifier& notifier_;
    store::RowId id_;
    std::optional<store::Measurement> stored_;
    store::UserId who_;
    QString childName_;
};

} // namespace tumbuh::ui
