#pragma once
// The posyandu-day roster as a table: who is expected, who is done (a tick
// and the N/T/O/B letter), age, mother, the last visit. Filled by the page
// from DaySession; one child's line is replaced after each save, so a save
// never reloads the whole list.
#include "ui/posyanduday/rosterentry.h"

#include "store/rowmeta.h"

#include <QAbstractTableModel>
#include <QCollator>

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tumbuh::ui {

class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status,
                  Name,
                  Sex,
                  Age,
                  Mother,
                  Last,
                  ColumnCount };
    enum Role {
        ChildIdRole = Qt::UserRole + 1, // store::RowId
        DoneRole,                       // bool
        SortRole,                       // what the proxy sorts on
    };

    explicit RosterModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(std::vector<RosterEntry> entries);
    // Replaces the child's line, or appends it when the child is new here.
    void updateEntry(RosterEntry entry);
    void removeChild(store::RowId childId);
    // Marks a child whose form holds typed values not saved yet.
    void setUnsaved(store::RowId childId, bool unsaved);

    const RosterEntry* entry(int row) const;
    const RosterEntry* entryOf(store::RowId childId) const;
    int rowOf(store::RowId childId) const; // -1 when absent
    int doneCount() const;
    // The next child not measured yet after `after`, in name order (the
    // roster's order, whatever a search hides), wrapping round; nothing when
    // everyone is done. Children already measured earlier this month (a
    // home visit, the month's posyandu day when the page is used for a
    // sweep at the end of the month) come only after all the others.
    std::optional<store::RowId> nextWaiting(std::optional<store::RowId> after) const;
    // The language changed: every text is to be read again.
    void refreshTexts();

signals:
    // The number of children done changed (for the page's counter).
    void progressChanged(int done, int total);

private:
    QVariant display(const RosterEntry& e, int column) const;
    void reindex();

    std::vector<RosterEntry> entries_;
    std::unordered_map<store::RowId, int> rows_;
    std::unordered_set<store::RowId> unsaved_;
    // Made once: opening an ICU collator costs more than sorting a roster.
    QCollator collator_;
};

} // namespace tumbuh::ui
