#pragma once
// The rows of the audit log dialog (issue 12 point 5): the log, newest first,
// read 200 rows at a time (records/audit/auditquery.h) as the view scrolls
// (canFetchMore/fetchMore), so that the first screen of a city file with a
// million rows comes at once. data() only formats, in words
// (records/audit/auditwords.h).
#include "records/audit/auditquery.h"
#include "records/audit/auditwords.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace tumbuh::ui {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time,
                  User,
                  Table,
                  Child,
                  Action,
                  Summary,
                  ColumnCount };

    AuditTableModel(store::Database& db, records::AuditWords words, QObject* parent = nullptr);
    ~AuditTableModel() override;

    // Reads the first page of the rows matching `filter`. False (and
    // lastError()) when the database refused.
    bool setFilter(const records::AuditFilter& filter);
    const records::AuditFilter& filter() const { return filter_; }
    const QString& lastError() const { return lastError_; }

    const records::AuditRow& rowAt(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    const records::AuditWords& words() const { return words_; }

    // "the program itself", translated: the user of a row without one.
    static QString programText();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    store::Database& db_;
    records::AuditWords words_;
    records::AuditFilter filter_;
    std::unique_ptr<records::AuditQuery> query_;
    std::vector<records::AuditRow> rows_;
    std::vector<QString> summaries_; // words of each row, made once
    QString lastError_;
};

} // namespace tumbuh::ui
