#pragma once
// The filters of the "Perlu perhatian" page over AttentionListModel: one
// reason code, one action class, and only the children whose referral is
// overdue. Sorting by a column other than the name or the age keeps the
// list's own order (strongest first).
#include "growth/attention.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tumbuh::ui {

class AttentionListModel;

class AttentionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AttentionFilterProxy(QObject* parent = nullptr);

    // The source must be an AttentionListModel.
    void setSourceModel(QAbstractItemModel* model) override;

    void setReason(std::optional<growth::AttentionCode> code); // none = any reason
    void setAction(std::optional<growth::ActionClass> action); // none = any class
    void setOverdueOnly(bool overdue);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AttentionListModel* model_ = nullptr;
    std::optional<growth::AttentionCode> reason_;
    std::optional<growth::ActionClass> action_;
    bool overdueOnly_ = false;
};

} // namespace tumbuh::ui
