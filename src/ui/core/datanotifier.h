#pragma once
// One object that says "this data changed", so that the register list, the
// child page, the charts and the posyandu-day result panel stay in step
// without knowing about one another: whoever changes data (a command, an
// import, a merge) emits here once, every view that shows that data listens.
//
// Create one in the composition root and pass it by reference; it is not a
// singleton. Signals are emitted after the change is committed to the
// database, so a listener may read the new state straight away.
#include "store/rowmeta.h"

#include <QObject>

namespace tumbuh::ui {

class DataNotifier : public QObject {
    Q_OBJECT
public:
    explicit DataNotifier(QObject* parent = nullptr);

signals:
    // A child was added or its record (name, birth date, status, posyandu,
    // household link...) changed. Lists re-read that one child.
    void childChanged(tumbuh::store::RowId childId);
    // A child was (soft-)deleted: lists drop the row.
    void childRemoved(tumbuh::store::RowId childId);
    // A measurement of this child was added, edited, deleted or restored:
    // anything derived from the child's history (last visit, N/T, charts,
    // z-score tables) is out of date.
    void measurementsChanged(tumbuh::store::RowId childId);
    // A household was added or edited (address, parents, RT/RW).
    void householdChanged(tumbuh::store::RowId householdId);
    // A referral of this child was added, followed up or closed.
    void referralsChanged(tumbuh::store::RowId childId);
    // A counselling (edukasi) record of this child was added or changed.
    void counsellingChanged(tumbuh::store::RowId childId);
    // Many rows at once (an import, a merge, a restore) or another database
    // file was opened: every view reloads everything. Commands made against
    // the old state cannot be undone any more (CommandStack clears itself).
    void databaseReplaced();
};

} // namespace tumbuh::ui
