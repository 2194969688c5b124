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
// Rows assessed per turn of the event loop in the background: a few
// milliseconds, so that typing and scrolling stay smooth meanwhile.
constexpr std::size_t kSlice = 400;

// Runs work(i) for each i in [0, count), on two threads when there are many.
template <typename Work>
void forEachIndex(std::size_t count, const Work& work)
{
    const auto run = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            work(i);
    };
    if (count >= kParallelFrom) {
        const std::size_t half = count / 2;
        std::thread second(run, half, count);
        run(0, half);
        second.join();
    } else {
        run(0, count);
    }
}

// The weighings of the months before the last visit, as the engine takes them.
std::vector<growth::Visit> weighingsAsVisits(const std::vector<store::EarlierWeighing>& weighings)
{
    std::vector<growth::Visit> out;
    out.reserve(weighings.size());
    for (const auto& w : weighings) {
        growth::Visit v;
        v.date = toYmd(w.date);
        v.weight = w.weight;
        out.push_back(v);
    }
    return out;
}

} // namespace

ChildListModel::ChildListModel(QObject* parent) : QAbstractTableModel(parent)
{
    assessTimer_.setInterval(0);
    connect(&assessTimer_, &QTimer::timeout, this, &ChildListModel::assessSlice);
}

ChildRow ChildListModel::makeRow(store::ChildWithLastMeasurement line, QString rt, QString rw,
                                 std::span<const store::Measurement> earlier) const
{
    ChildRow r;
    r.child = std::move(line.child);
    r.last = std::move(line.last);
    r.rt = std::move(rt);
    r.rw = std::move(rw);
    if (!r.rt.isEmpty() || !r.rw.isEmpty())
        r.rtRw = r.rt + QLatin1Char('/') + r.rw;
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
        if (!earlier.empty())
            r.before = toVisits(earlier);
        else
            r.before = weighingsAsVisits(line.earlierWeighings);
    }
    return r;
}

void ChildListModel::readInputs(std::span<ChildRow* const> rows) const
{
    std::vector<store::RowId> ids;
    for (ChildRow* r : rows)
        if (r->inputsToRead)
            ids.push_back(r->child.meta.id);
    if (ids.empty())
        return;
    auto read = inputSource_ ? inputSource_(ids)
                             : store::Result<std::unordered_map<store::RowId, store::AssessmentInput>>(
                                 std::unordered_map<store::RowId, store::AssessmentInput>());
    if (!read)
        emit readFailed(read.error().message);
    for (ChildRow* r : rows) {
        if (!r->inputsToRead)
            continue;
        r->inputsToRead = false;
        if (!read)
            continue;
        if (auto it = read->find(r->child.meta.id); it != read->end()) {
            r->last = std::move(it->second.last);
            r->before = weighingsAsVisits(it->second.earlierWeighings);
        } else {
            r->last.reset(); // deleted since the list was read
        }
    }
}

void ChildListModel::assess(ChildRow& r) const
{
    if (r.assessed)
        return;
    if (r.inputsToRead) {
        ChildRow* one[] = {&r};
        readInputs(one);
    }
    if (r.last) {
        r.assessment = growth::assessVisit(toFacts(r.child), toVisit(*r.last), r.before);
        r.marker = StatusMarker::of(r.assessment);
    }
    r.wfaZ = r.assessment.weightForAge.z.ok() ? r.assessment.weightForAge.z.z : qQNaN();
    r.before = {};
    r.assessed = true;
}

const ChildRow& ChildListModel::rowAt(int row) const
{
    ChildRow& r = rows_[static_cast<std::size_t>(row)];
    assess(r);
    return r;
}

void ChildListModel::assessSlice()
{
    std::vector<ChildRow*> slice;
    slice.reserve(kSlice);
    while (nextToAssess_ < toAssess_.size() && slice.size() < kSlice) {
        if (const int at = rowOf(toAssess_[nextToAssess_++]); at >= 0) {
            ChildRow& r = rows_[static_cast<std::size_t>(at)];
            if (!r.assessed)
                slice.push_back(&r);
        }
    }
    readInputs(slice); // one statement for the slice
    for (ChildRow* r : slice)
        assess(*r);
    // No dataChanged: a row on screen was assessed when it was painted, and
    // the values are those it would have had from the start.
    if (nextToAssess_ >= toAssess_.size()) {
        assessTimer_.stop();
        toAssess_ = {};
        nextToAssess_ = 0;
    }
}

void ChildListModel::assessAll()
{
    assessTimer_.stop();
    toAssess_ = {};
    nextToAssess_ = 0;
    std::vector<ChildRow*> pending;
    for (auto& r : rows_)
        if (!r.assessed)
            pending.push_back(&r);
    readInputs(pending); // here: the database is used on this thread only
    // Rows are independent (the engine is pure functions over compiled
    // tables): two threads shorten the wait on a two-core laptop.
    forEachIndex(pending.size(), [&](std::size_t i) { assess(*pending[i]); });
}

std::size_t ChildListModel::unassessedCount() const
{
    return static_cast<std::size_t>(
        std::count_if(rows_.begin(), rows_.end(), [](const ChildRow& r) { return !r.assessed; }));
}

void ChildListModel::load(std::vector<store::ChildWithLastMeasurement> children,
                          std::span<const store::Household> households, const QDate& today)
{
    std::unordered_map<store::RowId, const store::Household*> byId;
    byId.reserve(households.size());
    for (const auto& h : households)
        byId.emplace(h.meta.id, &h);
    std::vector<store::RosterLine> lines;
    lines.reserve(children.size());
    for (auto& child : children) {
        store::RosterLine line{std::move(child), {}, {}};
        if (line.entry.child.householdId)
            if (const auto it = byId.find(*line.entry.child.householdId); it != byId.end()) {
                line.rt = it->second->rt;
                line.rw = it->second->rw;
            }
        lines.push_back(std::move(line));
    }
    loadRows(std::move(lines), today, false);
}

void ChildListModel::load(std::vector<store::RosterLine> lines, const QDate& today, bool inBrief)
{
    loadRows(std::move(lines), today, inBrief);
}

void ChildListModel::loadRows(std::vector<store::RosterLine> lines, const QDate& today, bool inBrief)
{
    beginResetModel();
    assessTimer_.stop();
    today_ = today;
    rows_.clear();
    rowById_.clear();
    rowById_.reserve(lines.size());
    std::vector<ChildRow> built(lines.size());
    forEachIndex(lines.size(), [&](std::size_t i) {
        auto& line = lines[i];
        built[i] = makeRow(std::move(line.entry), std::move(line.rt), std::move(line.rw));
        built[i].inputsToRead = inBrief && built[i].last.has_value();
    });
    rows_ = std::move(built);
    for (std::size_t i = 0; i < rows_.size(); ++i)
        rowById_.emplace(rows_[i].child.meta.id, static_cast<int>(i));
    rank();
    // The background goes down the list as it first shows: by name.
    std::vector<const ChildRow*> byName;
    byName.reserve(rows_.size());
    for (const auto& r : rows_)
        byName.push_back(&r);
    std::sort(byName.begin(), byName.end(), [](const ChildRow* a, const ChildRow* b) {
        return a->nameRank != b->nameRank ? a->nameRank < b->nameRank : a->child.meta.id < b->child.meta.id;
    });
    toAssess_.clear();
    toAssess_.reserve(byName.size());
    for (const ChildRow* r : byName)
        toAssess_.push_back(r->child.meta.id);
    nextToAssess_ = 0;
    endResetModel();
    if (!toAssess_.empty())
        assessTimer_.start();
}

void ChildListModel::upsert(const store::ChildWithLastMeasurement& line, const store::Household* household,
                            std::span<const store::Measurement> earlier)
{
    ChildRow r = makeRow(line, household ? household->rt : QString(), household ? household->rw : QString(), earlier);
    assess(r);
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
    // The row as listed; `assessed()` where the dot or the result is shown.
    const ChildRow& r = listedRow(index.row());
    const auto assessed = [&]() -> const ChildRow& { return rowAt(index.row()); };
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
        case Result: return resultText(assessed());
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == Status)
            return StatusMarker::icon(assessed().marker);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Status:
        case Result: return tooltip(assessed());
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
            return StatusMarker::word(assessed().marker);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Sex || column == Status)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (column == Result) {
            const Marker marker = assessed().marker;
            if (marker == Marker::Moderate || marker == Marker::Severe)
                return QBrush(StatusMarker::color(marker).darker(160));
        }
        if (column == LastVisit && !r.last)
            return QBrush(Qt::gray);
        return {};
    case ChildIdRole: return QVariant::fromValue(r.child.meta.id);
    case MarkerRole: return static_cast<int>(assessed().marker);
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
