#pragma once
// Berkas ▸ Log audit… (issue 12 point 5): the audit log, readable. Filters
// (user, table, child by name, dates from/to), the rows newest first in a
// table read page by page as it scrolls (AuditTableModel), the chosen change
// in words with its before and after, and Ekspor CSV… of every row matching
// the filters for an inspector (records/audit/auditcsv.h). Needs
// store::Permission::ViewAudit: MainWindow does not open it for a kader, and
// the export refuses one too.
#include "records/audit/auditquery.h"
#include "store/access.h"
#include "store/result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class AuditTableModel;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(store::Database& db, store::SignedInUser viewer, QWidget* parent = nullptr);

    // The filter the widgets say, and setting them (the tests, and a child
    // page that opens the log on its child).
    records::AuditFilter filter() const;
    void setUserFilter(records::AuditFilter::Who who, store::UserId userId = 0);
    void setTableFilter(const QString& table);
    void setChildFilter(std::optional<store::RowId> childId, const QString& name = {});
    void setDateFilter(const QDate& from, const QDate& to);

    AuditTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    // The words of the chosen row (empty when none is chosen).
    QString detailText() const;
    void selectRow(int row);

    // Every row matching the filters to `path` as CSV (refused without
    // ViewAudit). Returns the number of rows written.
    store::Result<qint64> exportTo(const QString& path);

private:
    void buildFilters();
    void reload();
    void showDetail();
    void childTextEdited(const QString& text);
    void askAndExport();

    store::Database& db_;
    store::SignedInUser viewer_;
    AuditTableModel* model_;
    QComboBox* user_;
    QComboBox* tableChoice_;
    QLineEdit* child_;
    QStandardItemModel* childChoices_;
    std::optional<store::RowId> childId_;
    QDateEdit* from_;
    QDateEdit* to_;
    QTableView* table_;
    QTextBrowser* detail_;
    QLabel* status_;
    QPushButton* export_;
    bool loading_ = false;
};

} // namespace tumbuh::ui
