#pragma once
// The register (Daftar balita): one row per child with the last visit's date
// and result and a status dot. Everything the list, its search and its
// filters need is computed once per row on load (ChildRow); data() only
// formats. Filtering and sorting are ChildFilterProxy's.
#include "store/access.h"
#include "store/childrepository.h"
#include "store/household.h"
#include "ui/register/childrow.h"

#include <QAbstractTableModel>
#include <QDate>

#include <span>
#include <unordered_map>
#include <vector>

namespace tumbuh::ui {

class ChildListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status,
                  Name,
                  Sex,
                  Age,
                  Mother,
                  RtRw,
                  LastVisit,
                  Result,
                  ColumnCount };
    enum Role { ChildIdRole = Qt::UserRole + 1,
                MarkerRole };

    explicit ChildListModel(QObject* parent = nullptr);

    // Who looks at the list: the NIK in the tooltip follows the role
    // (store/access.h; masked until set).
    void setViewer(const store::SignedInUser& viewer) { viewer_ = viewer; }

    // Replaces the whole list. `today` is the day ages are counted on. The
    // lines should carry their earlier weighings (ChildFilter::
    // withEarlierWeighings): without them no weighing reads as T or 2T.
    void load(std::vector<store::ChildWithLastMeasurement> children, std::span<const store::Household> households,
              const QDate& today);
    // Adds the child, or replaces its row (after an edit or a new
    // measurement). `earlier`: the child's measurements (any order; those
    // before `line.last` count), or none to use line.earlierWeighings.
    void upsert(const store::ChildWithLastMeasurement& line, const store::Household* household,
                std::span<const store::Measurement> earlier = {});
    void remove(store::RowId childId);

    const ChildRow& rowAt(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    int rowOf(store::RowId childId) const; // -1 when not in the list
    const QDate& today() const { return today_; }
    // The RT/RW values present, sorted, for the filter.
    QStringList rtRwValues() const;

    // Header and cell texts in the language now installed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChildRow makeRow(store::ChildWithLastMeasurement line, const store::Household* household,
                     std::span<const store::Measurement> earlier = {}) const;
    void rank();
    QString resultText(const ChildRow& row) const;
    QString tooltip(const ChildRow& row) const;

    std::vector<ChildRow> rows_;
    std::unordered_map<store::RowId, int> rowById_;
    QDate today_;
    store::SignedInUser viewer_;
};

} // namespace tumbuh::ui
