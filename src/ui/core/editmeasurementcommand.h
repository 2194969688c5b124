#pragma once
// Changes a stored measurement; undo puts the previous values back. Both
// directions are repository updates, so the audit log keeps every version.
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

class EditMeasurementCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::EditMeasurementCommand)
public:
    // `changed` carries the row's id and the new values.
    EditMeasurementCommand(store::Database& db, DataNotifier& notifier, store::Measurement changed,
                           store::UserId who, QString childName = {});

    QString text() const override;
    store::Result<void> redo() override;
    store::Result<void> undo() override;

    const store::Measurement& measurement() const { return after_; }
    // The values before the edit (known after the first redo()).
    const std::optional<store::Measurement>& before() const { return before_; }
    store::RowId childId() const { return after_.childId; }

private:
    store::Database& db_;
    DataNotifier& notifier_;
    store::Measurement after_;
    std::optional<store::Measurement> before_;
    store::UserId who_;
    QString childName_;
};

} // namespace tumbuh::ui
