#include "ui/audit/audittablemodel.h"

#include <utility>

namespace tumbuh::ui {

AuditTableModel::AuditTableModel(store::Database& db, records::AuditWords words, QObject* parent)
    : QAbstractTableModel(parent), db_(db), words_(std::move(words))
{
}

AuditTableModel::~AuditTableModel() = default;

QString AuditTableModel::programText()
{
    return tr("the program itself");
}

bool AuditTableModel::setFilter(const records::AuditFilter& filter)
{
    beginResetModel();
    filter_ = filter;
    rows_.clear();
    summaries_.clear();
    lastError_.clear();
    query_ = std::make_unique<records::AuditQuery>(db_, filter_);
    endResetModel();
    fetchMore({});
    return lastError_.isEmpty();
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && query_ && !query_->atEnd() && lastError_.isEmpty();
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = query_->nextPage();
    if (!page) {
        lastError_ = page.error().message;
        return;
    }
    if (page->empty())
        return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (records::AuditRow& r : *page) {
        summaries_.push_back(words_.summary(r));
        rows_.push_back(std::move(r));
    }
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const records::AuditRow& r = rowAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return summaries_[static_cast<std::size_t>(index.row())];
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return r.entry.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case User: return r.entry.userId ? r.userName : programText();
    case Table: return records::AuditWords::tableNoun(r.entry.table);
    case Child: return r.childName;
    case Action: return records::AuditWords::actionWord(r.entry.action);
    case Summary: return summaries_[static_cast<std::size_t>(index.row())];
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Table: return tr("Table");
    case Child: return tr("Child");
    case Action: return tr("Action");
    case Summary: return tr("Summary");
    default: return {};
    }
}

} // namespace tumbuh::ui
