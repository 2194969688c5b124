#pragma once
// A child's visits as a table, newest first: the values as measured and, for
// every visit, each z-score with its Permenkes label and the N/T/O/B letter,
// all from growth::assessVisit against the child's own history.
#include "growth/assessment.h"
#include "store/child.h"
#include "store/measurement.h"

#include <QAbstractTableModel>

#include <vector>

namespace tumbuh::ui {

class MeasurementHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        Age,
        Weight,
        Length,
        Head,
        Arm,
        WeightForAge,
        LengthForAge,
        WeightForLength,
        BmiForAge,
        Weighing,
        Checks,
        ColumnCount
    };
    enum Role { MeasurementIdRole = Qt::UserRole + 1,
                MarkerRole };

    explicit MeasurementHistoryModel(QObject* parent = nullptr);

    // `history` in any order (the store gives it oldest first).
    void setHistory(const store::Child& child, std::vector<store::Measurement> history);
    void clear();

    const store::Measurement& measurementAt(int row) const { return rows_[static_cast<std::size_t>(row)].m; }
    const growth::Assessment& assessmentAt(int row) const { return rows_[static_cast<std::size_t>(row)].a; }
    int rowOf(store::RowId measurementId) const;

    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        store::Measurement m;
        growth::Assessment a;
    };
    static growth::Indicator indicatorOf(int column);
    QString display(const Row& r, int column) const;
    QString tooltip(const Row& r, int column) const;

    store::Child child_;
    std::vector<Row> rows_;
};

} // namespace tumbuh::ui
