#include "ui/child/measurementhistorymodel.h"

#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"
#include "ui/common/statusmarker.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace tumbuh::ui {

MeasurementHistoryModel::MeasurementHistoryModel(QObject* parent) : QAbstractTableModel(parent) { }

void MeasurementHistoryModel::setHistory(const store::Child& child, std::vector<store::Measurement> history)
{
    beginResetModel();
    child_ = child;
    rows_.clear();
    std::stable_sort(history.begin(), history.end(),
                     [](const store::Measurement& a, const store::Measurement& b) { return a.date > b.date; });
    const std::vector<growth::Visit> visits = toVisits(history);
    const growth::ChildFacts facts = toFacts(child);
    rows_.reserve(history.size());
    for (std::size_t i = 0; i < history.size(); ++i) {
        // The engine takes the others as history and keeps those dated
        // before this visit; the visit itself is left out so that a second
        // visit on the same day is not compared with itself.
        std::vector<growth::Visit> others;
        others.reserve(visits.size());
        for (std::size_t j = 0; j < visits.size(); ++j)
            if (j != i)
                others.push_back(visits[j]);
        rows_.push_back(Row{history[i], growth::assessVisit(facts, visits[i], others)});
    }
    endResetModel();
}

void MeasurementHistoryModel::clear()
{
    beginResetModel();
    rows_.clear();
    child_ = store::Child();
    endResetModel();
}

int MeasurementHistoryModel::rowOf(store::RowId measurementId) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].m.meta.id == measurementId)
            return static_cast<int>(i);
    return -1;
}

void MeasurementHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MeasurementHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int MeasurementHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

growth::Indicator MeasurementHistoryModel::indicatorOf(int column)
{
    switch (column) {
    case LengthForAge: return growth::Indicator::LengthHeightForAge;
    case WeightForLength: return growth::Indicator::WeightForLengthHeight;
    case BmiForAge: return growth::Indicator::BmiForAge;
    case Arm: return growth::Indicator::ArmCircumferenceForAge;
    case Head: return growth::Indicator::HeadCircumferenceForAge;
    case WeightForAge:
    default: return growth::Indicator::WeightForAge;
    }
}

QString MeasurementHistoryModel::display(const Row& r, int column) const
{
    const auto& a = r.a;
    switch (column) {
    case Date: return DisplayText::date(r.m.date);
    case Age: return a.valid ? DisplayText::ageFromMonths(a.completedMonths) : QString();
    case Weight: return DisplayText::kg(r.m.weight);
    case Length: {
        if (!r.m.length)
            return {};
        const QString how = r.m.position == growth::Measure::Standing ? tr("H", "standing height, short")
                                                                      : tr("L", "lying length, short");
        return DisplayText::cm(r.m.length) + QLatin1Char(' ') + how;
    }
    case Head: return DisplayText::cm(r.m.headCircumference);
    case Arm: return DisplayText::cm(r.m.armCircumference);
    case WeightForAge:
    case LengthForAge:
    case WeightForLength:
    case BmiForAge: {
        const auto& res = a.result(indicatorOf(column));
        if (!res.z.ok())
            return {};
        const QString z = DisplayText::z(res.z.z);
        return res.category ? z + QStringLiteral("  ") + DisplayText::category(*res.category) : z;
    }
    case Weighing:
        if (!a.weighing || !a.weighing->ok())
            return {};
        return a.twoT ? tr("2T") : DisplayText::weighingLetter(a.weighing->status);
    case Checks: {
        int n = 0;
        for (const auto& c : a.checks)
            if (c.kind != growth::CheckKind::StandingUnder24Months && c.kind != growth::CheckKind::LyingFrom24Months)
                ++n;
        // The ±0.7 cm conversions are routine, not a problem: they are in
        // the tooltip of the length, not counted here.
        return n == 0 ? QString() : QStringLiteral("\u26A0 %1").arg(n);
    }
    default: return {};
    }
}

QString MeasurementHistoryModel::tooltip(const Row& r, int column) const
{
    const auto& a = r.a;
    switch (column) {
    case Length: {
        QStringList lines;
        if (r.m.length)
            lines << DisplayText::position(r.m.position);
        for (const auto& c : a.checks)
            if (c.kind == growth::CheckKind::StandingUnder24Months || c.kind == growth::CheckKind::LyingFrom24Months
                || c.kind == growth::CheckKind::StandingUnder9Months || c.kind == growth::CheckKind::PositionMissing)
                lines << DisplayText::check(c);
        return lines.join(QLatin1Char('\n'));
    }
    case Head:
    case Arm:
    case WeightForAge:
    case LengthForAge:
    case WeightForLength:
    case BmiForAge: {
        const growth::Indicator i = indicatorOf(column);
        const auto& res = a.result(i);
        if (!res.z.ok())
            return {};
        QString text = tr("%1: z = %2").arg(DisplayText::indicatorLong(i), DisplayText::z(res.z.z));
        if (res.category)
            text += QLatin1Char('\n') + DisplayText::category(*res.category);
        if (res.z.flagged)
            text += QLatin1Char('\n') + tr("Outside WHO's plausible range: check the measurement");
        return text;
    }
    case Weighing:
        if (!a.weighing || !a.weighing->ok())
            return {};
        return DisplayText::weighingReason(*a.weighing)
             + (a.twoT ? tr(" — second time in a row (2T)") : QString());
    case Checks: {
        QStringList lines;
        for (const auto& c : a.checks)
            lines << DisplayText::check(c);
        if (!r.m.notes.isEmpty())
            lines << tr("Notes: %1").arg(r.m.notes);
        return lines.join(QLatin1Char('\n'));
    }
    case Date:
        if (!r.m.measuredBy.isEmpty())
            return tr("Measured by %1").arg(r.m.measuredBy);
        return {};
    default: return {};
    }
}

QVariant MeasurementHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(r, column);
    case Qt::ToolTipRole: {
        // The cell's own text where there is no more to say: a narrow column elides it.
        const QString tip = tooltip(r, column);
        return tip.isEmpty() ? display(r, column) : tip;
    }
    case Qt::TextAlignmentRole:
        if (column == Weight || column == Length || column == Head || column == Arm)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (column == Weighing || column == Checks)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::BackgroundRole: {
        if (column < WeightForAge || column > BmiForAge)
            return {};
        const auto& res = r.a.result(indicatorOf(column));
        if (!res.category)
            return {};
        const Marker m = StatusMarker::ofCategory(*res.category);
        const QColor c = StatusMarker::tint(m);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (column == Weighing && r.a.weighing && r.a.weighing->status == growth::WeighingStatus::T)
            return QBrush(StatusMarker::color(Marker::Severe).darker(130));
        if (column == Checks)
            return QBrush(QColor(0x8a, 0x53, 0x00));
        return {};
    case Qt::FontRole:
        if (column == Weighing) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case MeasurementIdRole: return QVariant::fromValue(r.m.meta.id);
    case MarkerRole: return static_cast<int>(StatusMarker::of(r.a));
    default: return {};
    }
}

QVariant MeasurementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Date: return tr("Date");
        case Age: return tr("Age");
        case Weight: return tr("Weight (kg)");
        case Length: return tr("L/H (cm)");
        case Head: return tr("Head (cm)");
        case Arm: return tr("MUAC (cm)");
        case WeightForAge:
        case LengthForAge:
        case WeightForLength:
        case BmiForAge: return DisplayText::indicatorShort(indicatorOf(section));
        case Weighing: return tr("N/T");
        case Checks: return tr("Check");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Length: return tr("L = length, measured lying; H = height, measured standing");
        case Head: return tr("Head circumference");
        case Arm: return tr("Mid-upper arm circumference");
        case WeightForAge:
        case LengthForAge:
        case WeightForLength:
        case BmiForAge: return DisplayText::indicatorLong(indicatorOf(section));
        case Weighing: return tr("N gained, T did not gain, O not weighed last month, B first weighing");
        case Checks: return tr("Values to check again (measure again?)");
        default: return {};
        }
    }
    return {};
}

} // namespace tumbuh::ui
