#include "ui/followup/attentionfilterproxy.h"

#include "ui/followup/attentionlistmodel.h"

#include <algorithm>

namespace tumbuh::ui {

AttentionFilterProxy::AttentionFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) { }

void AttentionFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    model_ = qobject_cast<AttentionListModel*>(model);
    Q_ASSERT(model_ || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AttentionFilterProxy::setReason(std::optional<growth::AttentionCode> code)
{
    if (reason_ == code)
        return;
    reason_ = code;
    invalidateFilter();
}

void AttentionFilterProxy::setAction(std::optional<growth::ActionClass> action)
{
    if (action_ == action)
        return;
    action_ = action;
    invalidateFilter();
}

void AttentionFilterProxy::setOverdueOnly(bool overdue)
{
    if (overdueOnly_ == overdue)
        return;
    overdueOnly_ = overdue;
    invalidateFilter();
}

bool AttentionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!model_ || sourceParent.isValid())
        return false;
    const records::AtRiskChild& c = model_->rowAt(sourceRow);
    if (action_ && c.action != *action_)
        return false;
    if (overdueOnly_ && !(c.referral && c.referral->overdue))
        return false;
    if (reason_
        && std::none_of(c.reasons.begin(), c.reasons.end(), [this](const auto& r) { return r.code == *reason_; }))
        return false;
    return true;
}

bool AttentionFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const records::AtRiskChild& a = model_->rowAt(left.row());
    const records::AtRiskChild& b = model_->rowAt(right.row());
    switch (left.column()) {
    case AttentionListModel::Name:
    case AttentionListModel::Mother:
    case AttentionListModel::RtRw:
    case AttentionListModel::Posyandu: {
        const int c = left.data().toString().compare(right.data().toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        break;
    }
    case AttentionListModel::Age:
        if (a.ageMonths != b.ageMonths)
            return a.ageMonths < b.ageMonths;
        break;
    default:
        break;
    }
    return left.row() < right.row(); // the list's own order
}

} // namespace tumbuh::ui
