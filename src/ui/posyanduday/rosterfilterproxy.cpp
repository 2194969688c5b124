#include "ui/posyanduday/rosterfilterproxy.h"

#include "ui/posyanduday/rostermodel.h"

namespace tumbuh::ui {

RosterFilterProxy::RosterFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RosterModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // A saved line changes its tick, not its name: keep rows where they are
    // unless a sort key really changed.
    setDynamicSortFilter(true);
    sort(RosterModel::Name, Qt::AscendingOrder);
}

void RosterFilterProxy::setText(const QString& text)
{
    const QString t = text.simplified();
    if (t == text_)
        return;
    text_ = t;
    invalidateFilter();
}

void RosterFilterProxy::setNotDoneOnly(bool on)
{
    if (on == notDoneOnly_)
        return;
    notDoneOnly_ = on;
    invalidateFilter();
}

bool RosterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (notDoneOnly_ && m->index(sourceRow, RosterModel::Status, sourceParent).data(RosterModel::DoneRole).toBool())
        return false;
    if (text_.isEmpty())
        return true;
    const QString name = m->index(sourceRow, RosterModel::Name, sourceParent).data().toString();
    const QString mother = m->index(sourceRow, RosterModel::Mother, sourceParent).data().toString();
    return name.contains(text_, Qt::CaseInsensitive) || mother.contains(text_, Qt::CaseInsensitive);
}

} // namespace tumbuh::ui
