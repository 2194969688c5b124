#pragma once
// The rows of the "Perlu perhatian" page: one per child of the list
// (records/followup/atrisklist.h), in the list's order (strongest action,
// then severity, then name). data() only formats; filtering is
// AttentionFilterProxy's.
#include "records/followup/atrisklist.h"

#include <QAbstractTableModel>

#include <vector>

namespace tumbuh::ui {

class AttentionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name,
                  Age,
                  Mother,
                  RtRw,
                  Posyandu,
                  Reasons,
                  Action,
                  Referral,
                  Counselled,
                  ColumnCount };
    enum Role { ChildIdRole = Qt::UserRole + 1,
                ReasonCodesRole, // QStringList of the reason codes ("stunted", "T")
                ActionRole,      // int(growth::ActionClass)
                OverdueRole,     // bool: an open referral past its follow-up date
                OrderRole };     // int: the place in the list's own order

    explicit AttentionListModel(QObject* parent = nullptr);

    void load(std::vector<records::AtRiskChild> rows);
    void clear();

    const records::AtRiskChild& rowAt(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    int rowOf(store::RowId childId) const; // -1 when not in the list

    // Short words of one action class and of a referral status, in the
    // language in use (also the filters' choices).
    static QString actionText(growth::ActionClass a);
    static QString referralText(const records::OpenReferral& r);
    static QString reasonWords(const growth::AttentionReason& r);
    static QString ruleWords(const growth::AttentionReason& r);

    // Header and cell texts in the language now installed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString reasonsText(const records::AtRiskChild& c) const;
    QString reasonsTooltip(const records::AtRiskChild& c) const;
    QString referralTooltip(const records::OpenReferral& r) const;

    std::vector<records::AtRiskChild> rows_;
};

} // namespace tumbuh::ui
