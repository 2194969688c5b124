#pragma once
// One table of the "Laporan" page (F1/SKDN, the ratios, the status counts,
// the prevalences, the posyandu comparison): a read-only grid of cells made
// by reporttables.h from a report::MonthlyReport. Numbers are shown as the
// forms show them and kept as numbers under Qt::UserRole.
#include <QAbstractTableModel>
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace tumbuh::ui {

struct ReportCell {
    QString text;
    QVariant value; // the number behind the text (Qt::UserRole), when there is one
    QColor background;
    bool bold = false;
    bool number = false; // right-aligned
};

struct ReportTable {
    QStringList headers;
    std::vector<std::vector<ReportCell>> rows; // each row has headers.size() cells
};

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(ReportTable table);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable table_;
};

} // namespace tumbuh::ui
