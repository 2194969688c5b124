#pragma once
// Adds a child or changes a child's record, together with the child's family
// (a new household, or changes to the chosen one), in one transaction.
//
// Undoing an add soft-deletes the child and the household the add brought;
// undoing an edit writes the previous values back. Redo after an undo brings
// back the same rows (same id and uid) or writes the new values again. Every
// step is a repository write, so the audit log holds each one, as for the
// measurement commands.
#include "ui/core/command.h"

#include "store/child.h"
#include "store/household.h"
#include "store/result.h"
#include "store/rowmeta.h"
#include "store/warning.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;

class SaveChildCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::SaveChildCommand)
public:
    // `child.meta.id` 0: a new child. `household`: the family as edited
    // (`meta.id` 0: a new household), or nullopt for a child without one;
    // the child's household link is set from it.
    SaveChildCommand(store::Database& db, DataNotifier& notifier, store::Child child,
                     std::optional<store::Household> household, store::UserId who);

    QString text() const override;
    store::Result<void> redo() override;
    store::Result<void> undo() override;

    bool addsChild() const { return newChild_; }
    // The child and the household; after the first successful redo() as
    // stored (id, uid).
    const store::Child& child() const { return child_; }
    const std::optional<store::Household>& household() const { return household_; }
    store::RowId childId() const { return child_.meta.id; }
    // The store's warnings from the first save (NIK disagreeing with the
    // birth date, a possible duplicate).
    const std::vector<store::Warning>& warnings() const { return warnings_; }

private:
    // The rows as one redo() leaves them, written inside the caller's
    // transaction.
    struct Written {
        store::Child child;
        std::optional<store::Household> household;
        std::optional<store::Child> childBefore;
        std::optional<store::Household> householdBefore;
        std::vector<store::Warning> warnings;
    };
    store::Result<Written> write() const;

    store::Database& db_;
    DataNotifier& notifier_;
    store::Child child_;
    std::optional<store::Household> household_;
    store::UserId who_;
    bool newChild_;
    bool newHousehold_;
    // What an edit changed, as stored just before the first redo().
    std::optional<store::Child> childBefore_;
    std::optional<store::Household> householdBefore_;
    std::vector<store::Warning> warnings_;
    bool saved_ = false; // the rows exist (live, or soft-deleted by an undo)
};

} // namespace tumbuh::ui
