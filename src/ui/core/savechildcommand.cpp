#include "ui/core/savechildcommand.h"

#include "ui/core/datanotifier.h"
#include "ui/core/rolecheck.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/transaction.h"

namespace tumbuh::ui {
namespace {

// Brings back a row soft-deleted by an undo, keeping its id and uid (see
// measurementrestore.h: Stamp::Keep clears deleted_at, updated_at moves to
// now so the restore is the newest state of the row).
template <typename Repository, typename Row>
store::Result<Row> restoreRow(Repository repository, Row row, store::UserId who)
{
    row.meta.deletedAt.reset();
    row.meta.updatedAt = store::Database::now();
    return repository.update(std::move(row), who, store::Stamp::Keep);
}

} // namespace

SaveChildCommand::SaveChildCommand(store::Database& db, DataNotifier& notifier, store::Child child,
                                   std::optional<store::Household> household, store::UserId who)
    : db_(db), notifier_(notifier), child_(std::move(child)), household_(std::move(household)), who_(who),
      newChild_(child_.meta.id == 0), newHousehold_(household_ && household_->meta.id == 0)
{
}

QString SaveChildCommand::text() const
{
    if (newChild_)
        return tr("Add the child %1").arg(child_.name);
    return tr("Change the data of %1").arg(child_.name);
}

store::Result<SaveChildCommand::Written> SaveChildCommand::write() const
{
    store::HouseholdRepository households(db_);
    store::ChildRepository children(db_);
    Written w{child_, household_, childBefore_, householdBefore_, {}};
    // A kader with a home posyandu changes that posyandu's children only:
    // where the child is now and where it goes.
    if (!newChild_)
        if (auto ok = requireForChild(db_, who_, store::Permission::EditRegister, child_.meta.id); !ok)
            return ok.error();
    if (auto ok = requireFor(db_, who_, store::Permission::EditRegister, child_.posyanduId); !ok)
        return ok.error();
    if (w.household) {
        if (!saved_ && !newHousehold_) {
            // Read now, not when the command was made: what undo writes back
            // is what the database held just before this change.
            auto stored = households.get(w.household->meta.id);
            if (!stored)
                return stored.error();
            w.householdBefore = std::move(stored).value();
        }
        auto written = !newHousehold_ ? households.update(*w.household, who_)
                     : saved_         ? restoreRow(households, *w.household, who_)
                                      : households.add(*w.household, who_);
        if (!written)
            return written.error();
        w.household = std::move(written).value();
    }

    w.child.householdId = w.household ? std::optional<store::RowId>(w.household->meta.id) : std::nullopt;
    if (!saved_ && !newChild_) {
        auto stored = children.get(w.child.meta.id);
        if (!stored)
            return stored.error();
        w.childBefore = std::move(stored).value();
    }
    auto written = !newChild_ ? children.update(w.child, who_)
                 : saved_     ? restoreRow(children, w.child, who_)
                              : children.add(w.child, who_);
    if (!written)
        return written.error();
    w.warnings = written.warnings();
    w.child = std::move(written).value();
    return w;
}

store::Result<void> SaveChildCommand::redo()
{
    auto tx = store::Transaction::begin(db_);
    if (!tx)
        return tx.error();
    // The command changes only once the transaction is committed: on error
    // it is as it was and may be tried again.
    auto w = write();
    if (!w)
        return w.error();
    if (auto r = tx->commit(); !r)
        return r;
    if (!saved_)
        warnings_ = std::move(w->warnings);
    child_ = std::move(w->child);
    household_ = std::move(w->household);
    childBefore_ = std::move(w->childBefore);
    householdBefore_ = std::move(w->householdBefore);
    saved_ = true;

    if (household_)
        emit notifier_.householdChanged(household_->meta.id);
    if (childBefore_ && childBefore_->householdId && childBefore_->householdId != child_.householdId)
        emit notifier_.householdChanged(*childBefore_->householdId);
    emit notifier_.childChanged(child_.meta.id);
    return {};
}

store::Result<void> SaveChildCommand::undo()
{
    auto tx = store::Transaction::begin(db_);
    if (!tx)
        return tx.error();
    // The child first: a household cannot be deleted while a live child
    // still belongs to it.
    store::ChildRepository children(db_);
    if (newChild_) {
        if (auto r = children.remove(child_.meta.id, who_); !r)
            return r;
    } else if (auto r = children.update(*childBefore_, who_); !r) {
        return r.error();
    }
    store::HouseholdRepository households(db_);
    if (household_ && newHousehold_) {
        if (auto r = households.remove(household_->meta.id, who_); !r)
            return r;
    } else if (household_ && householdBefore_) {
        if (auto r = households.update(*householdBefore_, who_); !r)
            return r.error();
    }
    if (auto r = tx->commit(); !r)
        return r;

    if (household_)
        emit notifier_.householdChanged(household_->meta.id);
    if (newChild_) {
        emit notifier_.childRemoved(child_.meta.id);
    } else {
        if (childBefore_->householdId && childBefore_->householdId != child_.householdId)
            emit notifier_.householdChanged(*childBefore_->householdId);
        emit notifier_.childChanged(child_.meta.id);
    }
    return {};
}

} // namespace tumbuh::ui
