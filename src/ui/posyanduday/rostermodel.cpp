#include "ui/posyanduday/rostermodel.h"

#include "ui/common/displaytext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace tumbuh::ui {
namespace {

QString lastVisitText(const store::Measurement& m)
{
    QStringList parts{DisplayText::date(m.date)};
    if (m.weight)
        parts << RosterModel::tr("%1 kg").arg(DisplayText::kg(m.weight));
    if (m.length)
        parts << RosterModel::tr("%1 cm").arg(DisplayText::cm(m.length));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

RosterModel::RosterModel(QObject* parent) : QAbstractTableModel(parent)
{
    collator_.setCaseSensitivity(Qt::CaseInsensitive);
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::display(const RosterEntry& e, int column) const
{
    switch (column) {
    case Status: {
        if (!e.done()) {
            if (unsaved_.contains(e.child.meta.id))
                return tr("✎ typing");
            if (e.earlierThisMonth)
                return QLocale().toString(e.previous->date, QStringLiteral("(d MMM)"));
            return QString();
        }
        QString s = QStringLiteral("✓");
        if (e.status)
            s += QLatin1Char(' ') + DisplayText::weighingLetter(*e.status);
        if (e.twoT)
            s += QLatin1Char(' ') + tr("2T");
        if (e.bgm)
            s += QLatin1Char(' ') + tr("BGM");
        return s;
    }
    case Name: return e.child.name;
    case Sex: return DisplayText::sexShort(e.child.sex);
    case Age: return DisplayText::ageFromMonths(e.ageMonths);
    case Mother: return e.child.motherName;
    case Last: return e.previous ? lastVisitText(*e.previous) : tr("never");
    default: return {};
    }
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RosterEntry& e = entries_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            if (!e.done()) {
                if (unsaved_.contains(e.child.meta.id))
                    return tr("Values typed but not saved yet");
                if (e.earlierThisMonth)
                    return tr("Not measured today; already measured this month on %1")
                        .arg(DisplayText::date(e.previous->date));
                return tr("Not measured yet");
            }
            QString tip = tr("Measured on this day");
            if (e.status)
                tip += QStringLiteral(": ") + DisplayText::weighingLabel(*e.status);
            return tip;
        }
        return display(e, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status && (e.twoT || e.bgm || e.status == growth::WeighingStatus::T))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Status && e.done())
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (index.column() == Status)
            return QBrush(QColor(0x60, 0x7d, 0x8b)); // "(12 Nov)": grey, not a result
        return {};
    case Qt::FontRole:
        if (index.column() == Status && e.done()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case ChildIdRole:
        return QVariant::fromValue(e.child.meta.id);
    case DoneRole:
        return e.done();
    case SortRole:
        switch (index.column()) {
        case Status: return e.done() ? 1 : 0;
        case Age: return e.ageMonths;
        case Last: return e.previous ? e.previous->date : QDate();
        default: return display(e, index.column());
        }
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Done");
    case Name: return tr("Name");
    case Sex: return tr("Sex");
    case Age: return tr("Age");
    case Mother: return tr("Mother");
    case Last: return tr("Last visit");
    default: return {};
    }
}

void RosterModel::reindex()
{
    rows_.clear();
    for (std::size_t i = 0; i < entries_.size(); ++i)
        rows_[entries_[i].child.meta.id] = static_cast<int>(i);
}

void RosterModel::setEntries(std::vector<RosterEntry> entries)
{
    beginResetModel();
    entries_ = std::move(entries);
    unsaved_.clear();
    reindex();
    endResetModel();
    emit progressChanged(doneCount(), rowCount());
}

void RosterModel::updateEntry(RosterEntry entry)
{
    const int row = rowOf(entry.child.meta.id);
    if (row < 0) {
        const int at = rowCount();
        beginInsertRows({}, at, at);
        rows_[entry.child.meta.id] = at;
        entries_.push_back(std::move(entry));
        endInsertRows();
    } else {
        entries_[static_cast<std::size_t>(row)] = std::move(entry);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit progressChanged(doneCount(), rowCount());
}

void RosterModel::removeChild(store::RowId childId)
{
    const int row = rowOf(childId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    entries_.erase(entries_.begin() + row);
    unsaved_.erase(childId);
    reindex();
    endRemoveRows();
    emit progressChanged(doneCount(), rowCount());
}

void RosterModel::setUnsaved(store::RowId childId, bool unsaved)
{
    const bool was = unsaved_.contains(childId);
    if (was == unsaved)
        return;
    if (unsaved)
        unsaved_.insert(childId);
    else
        unsaved_.erase(childId);
    if (const int row = rowOf(childId); row >= 0)
        emit dataChanged(index(row, Status), index(row, Status));
}

const RosterEntry* RosterModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &entries_[static_cast<std::size_t>(row)];
}

const RosterEntry* RosterModel::entryOf(store::RowId childId) const
{
    return entry(rowOf(childId));
}

int RosterModel::rowOf(store::RowId childId) const
{
    const auto it = rows_.find(childId);
    return it == rows_.end() ? -1 : it->second;
}

int RosterModel::doneCount() const
{
    return static_cast<int>(std::count_if(entries_.begin(), entries_.end(), [](const RosterEntry& e) { return e.done(); }));
}

std::optional<store::RowId> RosterModel::nextWaiting(std::optional<store::RowId> after) const
{
    std::vector<const RosterEntry*> order;
    order.reserve(entries_.size());
    for (const auto& e : entries_)
        order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [this](const RosterEntry* a, const RosterEntry* b) {
        return collator_.compare(a->child.name, b->child.name) < 0;
    });
    std::size_t start = 0;
    if (after) {
        for (std::size_t i = 0; i < order.size(); ++i)
            if (order[i]->child.meta.id == *after)
                start = i + 1;
    }
    for (const bool measuredThisMonthToo : {false, true}) {
        for (std::size_t k = 0; k < order.size(); ++k) {
            const RosterEntry* e = order[(start + k) % order.size()];
            if (!e->done() && (!after || e->child.meta.id != *after)
                && (measuredThisMonthToo || !e->earlierThisMonth))
                return e->child.meta.id;
        }
    }
    return std::nullopt;
}

void RosterModel::refreshTexts()
{
    collator_ = QCollator(); // the language (and so the locale) changed
    collator_.setCaseSensitivity(Qt::CaseInsensitive);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace tumbuh::ui
