#include "ui/register/childlistmodel.h"

#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"

#include <QBrush>
#include <QtNumeric>

#include <algorithm>
#include <thread>
#include <unordered_map>

namespace tumbuh::ui {
namespace {

// Below this a second thread costs more than it saves.
constexpr std::size_t kParallelFrom = 2000;

} // namespace

ChildListModel::ChildListModel(QObject* parent) : QAbstractTableModel(parent) { }

ChildRow ChildListModel::makeRow(store::ChildWithLastMeasurement line, const store::Household* household,
                                 std::span<const store::Measurement> earlier) const
{
    ChildRow r;
    r.child = std::move(line.child);
    r.last = std::move(line.last);
    if (household) {
        r.rt = household->rt;
        r.rw = household->rw;
        if (!r.rt.isEmpty() || !r.rw.isEmpty())
            r.rtRw = r.rt + QLatin1Char('/') + r.rw;
    }
    r.sortName = r.child.name.toLower();
    r.sortMother = r.child.motherName.toLower();
    // The unit separator cannot be typed, so a search never matches across
    // the end of the name into the mother's name.
    r.searchKey = r.sortName + QChar(0x1f) + r.sortMother;
    if (const auto months = growth::completedMonths(toYmd(r.child.birthDate), toYmd(today_)))
        r.ageMonths = *months;
    if (r.last) {
        // The weighings of the two months before are all that N/T/O/B and
        // 2T need (the assessment picks what is earlier than `last`).
        std::vector<growth::Visit> before;
        if (!earlier.empty()) {
            before = toVisits(earlier);
        } else {
            before.reserve(line.earlierWeighings.size());
            for (const auto& w : line.earlierWeighings) {
                growth::Visit v;
                v.date = toYmd(w.date);
                v.weight = w.weight;
                before.push_back(v);
            }
        }
        r.assessment = growth::assessVisit(toFacts(r.child), toVisit(*r.last), before);
        r.marker = StatusMarker::of(r.assessment);
    }
    r.wfaZ = r.assessment.weightForAge.z.ok() ? r.assessment.weightForAge.z.z : qQNaN();
    return r;
}

void ChildListModel::load(std::vector<store::ChildWithLastMeasurement> children,
                          std::span<const store::Household> households, const QDate& today)
{
    std::unordered_map<store::RowId, const store::Household*> byId;
    byId.reserve(households.size());
    for (const auto& h : households)
        byId.emplace(h.meta.id, &h);

    beginResetModel();
    today_ = today;
    rows_.clear();
    rowById_.clear();
    rowById_.reserve(children.size());
    // Rows are independent (the engine is pure functions over compiled
    // tables): two threads shorten the wait on a two-core laptop.
    std::vector<ChildRow> built(children.size());
    const auto build = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            auto& line = children[i];
            const store::Household* h = nullptr;
            if (line.child.householdId)
                if (const auto it = byId.find(*line.child.householdId); it != byId.end())
                    h = it->second;
            built[i] = makeRow(std::move(line), h);
        }
    };
    const std::size_t half = children.size() / 2;
    if (children.size() >= kParallelFrom) {
        std::thread second(build, half, children.size());
        build(0, half);
        second.join();
    } else {
        build(0, children.size());
    }
    rows_ = std::move(built);
    for (std::size_t i = 0; i < rows_.size(); ++i)
        rowById_.emplace(rows_[i].child.meta.id, static_cast<int>(i));
    rank();
    endResetModel();
}

void ChildListModel::upsert(const store::ChildWithLastMeasurement& line, const store::Household* household,
                            std::span<const store::Measurement> earlier)
{
    ChildRow r = makeRow(line, household, earlier);
    if (const int at = rowOf(line.child.meta.id); at >= 0) {
        ChildRow& old = rows_[static_cast<std::size_t>(at)];
        // A new measurement leaves the names as they were: the ranks stand
        // (re-ranking 50,000 names on every save of a posyandu day would
        // cost more than the save).
        const bool renamed = old.sortName != r.sortName || old.sortMother != r.sortMother;
        r.nameRank = old.nameRank;
        r.motherRank = old.motherRank;
        old = std::move(r);
        if (renamed)
            rank();
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(rows_.size());
    beginInsertRows({}, at, at);
    rowById_.emplace(line.child.meta.id, at);
    rows_.push_back(std::move(r));
    rank();
    endInsertRows();
}

void ChildListModel::rank()
{
    // Ties keep the same rank, so equal names fall back to the next key.
    std::vector<ChildRow*> order;
    order.reserve(rows_.size());
    for (auto& r : rows_)
        order.push_back(&r);
    const auto assign = [&](auto key, auto setRank) {
        std::sort(order.begin(), order.end(), [&](const ChildRow* a, const ChildRow* b) { return key(*a) < key(*b); });
        int rank = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && key(*order[i - 1]) < key(*order[i]))
                rank = static_cast<int>(i);
            setRank(*order[i], rank);
        }
    };
    assign([](const ChildRow& r) -> const QString& { return r.sortName; },
           [](ChildRow& r, int rank) { r.nameRank = rank; });
    assign([](const ChildRow& r) -> const QString& { return r.sortMother; },
           [](ChildRow& r, int rank) { r.motherRank = rank; });
}

void ChildListModel::remove(store::RowId childId)
{
    const int at = rowOf(childId);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    rows_.erase(rows_.begin() + at);
    rowById_.erase(childId);
    for (auto& [id, row] : rowById_)
        if (row > at)
            --row;
    endRemoveRows();
}

int ChildListModel::rowOf(store::RowId childId) const
{
    const auto it = rowById_.find(childId);
    return it == rowById_.end() ? -1 : it->second;
}

QStringList ChildListModel::rtRwValues() const
{
    QStringList out;
    for (const auto& r : rows_)
        if (!r.rtRw.isEmpty())
            out << r.rtRw;
    out.removeDuplicates();
    out.sort();
    return out;
}

void ChildListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChildListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ChildListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChildListModel::resultText(const ChildRow& row) const
{
    if (!row.last)
        return {};
    const auto& a = row.assessment;
    QStringList parts;
    if (a.weightForAge.category)
        parts << DisplayText::category(*a.weightForAge.category);
    else if (a.has(growth::CheckKind::Oedema))
        parts << tr("Oedema");
    // The other indices only when they are not normal: the dot may be orange
    // for a short child of normal weight, and the line should say why.
    for (const auto i : {growth::Indicator::LengthHeightForAge, growth::Indicator::WeightForLengthHeight}) {
        const auto& r = a.result(i);
        if (r.category && growth::severity(*r.category) != growth::Severity::Normal)
            parts << DisplayText::category(*r.category);
    }
    if (a.weighing && a.weighing->ok())
        parts.prepend(a.twoT ? tr("2T") : DisplayText::weighingLetter(a.weighing->status));
    return parts.join(QStringLiteral(" · "));
}

QString ChildListModel::tooltip(const ChildRow& row) const
{
    if (!row.last)
        return tr("Not measured yet");
    QStringList lines;
    lines << tr("%1 on %2").arg(StatusMarker::word(row.marker), DisplayText::date(row.last->date));
    if (const auto& w = row.assessment.weighing; w && w->ok())
        lines << DisplayText::weighingReason(*w);
    // The referral triggers (2T, T, BGM...) are among the reasons.
    lines << StatusMarker::reasons(row.assessment);
    return lines.join(QLatin1Char('\n'));
}

QVariant ChildListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChildRow& r = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Status: return QVariant();
        case Name: return r.child.name;
        case Sex: return DisplayText::sexShort(r.child.sex);
        case Age: return r.ageMonths >= 0 ? DisplayText::ageFromMonths(r.ageMonths) : QString();
        case Mother: return r.child.motherName;
        case RtRw: return r.rtRw;
        case LastVisit: return r.last ? DisplayText::date(r.last->date) : tr("never");
        case Result: return resultText(r);
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == Status)
            return StatusMarker::icon(r.marker);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Status:
        case Result: return tooltip(r);
        case Name:
            // The whole name first: a narrow column elides it.
            return r.child.name + QLatin1Char('\n')
                 + (r.child.nik.isEmpty()
                        ? tr("Born %1").arg(DisplayText::date(r.child.birthDate))
                        : tr("Born %1, NIK %2").arg(DisplayText::date(r.child.birthDate), viewer_.nik(r.child.nik)));
        case Sex: return DisplayText::sexLong(r.child.sex);
        case Age:
            return r.child.birthDateApproximate ? tr("Born %1 (approximate)").arg(DisplayText::date(r.child.birthDate))
                                                : tr("Born %1").arg(DisplayText::date(r.child.birthDate));
        default: return data(index, Qt::DisplayRole); // whole, where the column elides it
        }
    case Qt::AccessibleTextRole:
        if (column == Status)
            return StatusMarker::word(r.marker);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Sex || column == Status)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (column == Result && (r.marker == Marker::Moderate || r.marker == Marker::Severe))
            return QBrush(StatusMarker::color(r.marker).darker(160));
        if (column == LastVisit && !r.last)
            return QBrush(Qt::gray);
        return {};
    case ChildIdRole: return QVariant::fromValue(r.child.meta.id);
    case MarkerRole: return static_cast<int>(r.marker);
    default: return {};
    }
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Status: return QString();
        case Name: return tr("Name");
        case Sex: return tr("Sex", "column, short");
        case Age: return tr("Age");
        case Mother: return tr("Mother's name");
        case RtRw: return tr("RT/RW");
        case LastVisit: return tr("Last weighing");
        case Result: return tr("Result");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Status: return tr("Status of the last visit: the worst of weight-for-age, length/height-for-age, "
                               "weight-for-length/height and BMI-for-age");
        case Result: return tr("N/T/O/B of the last weighing and its weight-for-age category");
        default: return {};
        }
    }
    return {};
}

} // namespace tumbuh::ui
