#include "ui/register/childfilterproxy.h"

#include "ui/common/growthinput.h"
#include "ui/register/childlistmodel.h"

#include <QRegularExpression>

#include <cmath>

namespace tumbuh::ui {
namespace {

// Names sort by the ranks ChildListModel prepared (integer compares):
// locale-aware comparison costs a microsecond each, and a sort of 50,000
// rows makes about 800,000 of them.
int compareText(const QString& a, const QString& b)
{
    return a.compare(b);
}

} // namespace

ChildFilterProxy::ChildFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setDynamicSortFilter(true);
}

void ChildFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    model_ = qobject_cast<ChildListModel*>(model);
    Q_ASSERT(model_ || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ChildFilterProxy::setSearchText(const QString& text)
{
    if (text == text_)
        return;
    text_ = text;
    const QString simple = text.simplified().toLower();
    words_ = simple.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-]"));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    QString digits = simple;
    digits.remove(separators);
    nikDigits_ = digitsOnly.match(digits).hasMatch() ? digits : QString();
    invalidate();
}

void ChildFilterProxy::setRtRw(const QString& rtRw)
{
    if (rtRw == rtRw_)
        return;
    rtRw_ = rtRw;
    invalidate();
}

void ChildFilterProxy::setAgeGroup(AgeGroup group)
{
    if (group == age_)
        return;
    age_ = group;
    invalidate();
}

void ChildFilterProxy::setSex(std::optional<growth::Sex> sex)
{
    if (sex == sex_)
        return;
    sex_ = sex;
    invalidate();
}

void ChildFilterProxy::setStatus(StatusFilter status)
{
    if (status == status_)
        return;
    status_ = status;
    if (model_ && filtersByAssessment())
        model_->assessAll();
    invalidate();
}

bool ChildFilterProxy::filtersByAssessment() const
{
    switch (status_) {
    case StatusFilter::AnyProblem:
    case StatusFilter::Normal:
    case StatusFilter::Attention:
    case StatusFilter::Moderate:
    case StatusFilter::Severe: return true;
    case StatusFilter::All:
    case StatusFilter::NeverMeasured:
    case StatusFilter::NotWeighedTwoMonths: return false;
    }
    return false;
}

void ChildFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (model_ && (column == ChildListModel::Status || column == ChildListModel::Result))
        model_->assessAll();
    QSortFilterProxyModel::sort(column, order);
}

void ChildFilterProxy::setPosyandu(std::optional<store::RowId> posyanduId)
{
    if (posyanduId == posyandu_)
        return;
    posyandu_ = posyanduId;
    invalidate();
}

bool ChildFilterProxy::inAgeGroup(int ageMonths, AgeGroup group)
{
    switch (group) {
    case AgeGroup::All: return true;
    case AgeGroup::M0To59: return ageMonths >= 0 && ageMonths <= 59;
    case AgeGroup::M0To5: return ageMonths >= 0 && ageMonths <= 5;
    case AgeGroup::M6To11: return ageMonths >= 6 && ageMonths <= 11;
    case AgeGroup::M12To23: return ageMonths >= 12 && ageMonths <= 23;
    case AgeGroup::M24To59: return ageMonths >= 24 && ageMonths <= 59;
    case AgeGroup::M60Plus: return ageMonths >= 60;
    }
    return true;
}

bool ChildFilterProxy::acceptsRow(const ChildRow& r) const
{
    if (posyandu_ && r.child.posyanduId != *posyandu_)
        return false;
    if (sex_ && r.child.sex != *sex_)
        return false;
    if (!rtRw_.isEmpty() && r.rtRw != rtRw_)
        return false;
    if (!inAgeGroup(r.ageMonths, age_))
        return false;
    switch (status_) {
    case StatusFilter::All: break;
    case StatusFilter::AnyProblem:
        if (r.marker != Marker::Attention && r.marker != Marker::Moderate && r.marker != Marker::Severe)
            return false;
        break;
    case StatusFilter::Normal:
        if (r.marker != Marker::Normal)
            return false;
        break;
    case StatusFilter::Attention:
        if (r.marker != Marker::Attention)
            return false;
        break;
    case StatusFilter::Moderate:
        if (r.marker != Marker::Moderate)
            return false;
        break;
    case StatusFilter::Severe:
        if (r.marker != Marker::Severe)
            return false;
        break;
    case StatusFilter::NeverMeasured:
        if (r.last)
            return false;
        break;
    case StatusFilter::NotWeighedTwoMonths: {
        // "Not weighed for 2 months" (product.md §5) counts calendar months,
        // as the posyandu does: weighed in March, not weighed in May.
        if (r.last && r.last->weight && model_
            && growth::calendarMonthsBetween(toYmd(r.last->date), toYmd(model_->today())) < 2)
            return false;
        break;
    }
    }
    if (!nikDigits_.isEmpty()) {
        if (!r.child.nik.contains(nikDigits_))
            return false;
    } else {
        for (const QString& w : words_)
            if (!r.searchKey.contains(w))
                return false;
    }
    return true;
}

bool ChildFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!model_ || sourceParent.isValid())
        return false;
    // The dot's filters read the assessment (made already by assessAll, or
    // now for a row added since); the others never wait for it.
    return acceptsRow(filtersByAssessment() ? model_->rowAt(sourceRow) : model_->listedRow(sourceRow));
}

bool ChildFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!model_)
        return QSortFilterProxyModel::lessThan(left, right);
    const bool byAssessment = left.column() == ChildListModel::Status || left.column() == ChildListModel::Result;
    const ChildRow& a = byAssessment ? model_->rowAt(left.row()) : model_->listedRow(left.row());
    const ChildRow& b = byAssessment ? model_->rowAt(right.row()) : model_->listedRow(right.row());
    int c = 0;
    switch (left.column()) {
    case ChildListModel::Status: c = static_cast<int>(a.marker) - static_cast<int>(b.marker); break;
    case ChildListModel::Sex: c = static_cast<int>(a.child.sex) - static_cast<int>(b.child.sex); break;
    case ChildListModel::Age: c = a.ageMonths - b.ageMonths; break;
    case ChildListModel::Mother: c = a.motherRank - b.motherRank; break;
    case ChildListModel::RtRw: c = compareText(a.rtRw, b.rtRw); break;
    case ChildListModel::LastVisit: {
        const QDate da = a.last ? a.last->date : QDate();
        const QDate db = b.last ? b.last->date : QDate();
        c = da < db ? -1 : (db < da ? 1 : 0);
        break;
    }
    case ChildListModel::Result: {
        // By weight-for-age z: the thinnest first when ascending; no value last.
        const double za = a.wfaZ;
        const double zb = b.wfaZ;
        if (std::isnan(za) != std::isnan(zb))
            return std::isnan(zb);
        c = za < zb ? -1 : (zb < za ? 1 : 0);
        break;
    }
    case ChildListModel::Name:
    default: break;
    }
    if (c == 0)
        c = a.nameRank - b.nameRank;
    if (c == 0)
        return a.child.meta.id < b.child.meta.id;
    return c < 0;
}

} // namespace tumbuh::ui
