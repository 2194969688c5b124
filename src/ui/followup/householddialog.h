#pragma once
// Keluarga: a child's household, because the cause of a child's growth
// problem is often the family's. The address and RT/RW, the parents, the
// family notes (PKH, BPNT, ...), every child of the household with its status
// dot (as the register shows it), the household's open referrals and the
// counselling its children received.
#include "store/rowmeta.h"

#include <QDialog>

#include <optional>

class QLabel;
class QTableWidget;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;

class HouseholdDialog : public QDialog {
    Q_OBJECT
public:
    enum ChildColumn { ChildName,
                       ChildSex,
                       ChildAge,
                       ChildLastVisit,
                       ChildStatus,
                       ChildColumnCount };

    // The household of `childId` (nothing to show when it has none).
    HouseholdDialog(store::Database& db, DataNotifier& notifier, store::RowId childId, QWidget* parent = nullptr);

    void reload();

    QLabel* familyLabel() const { return family_; }
    QTableWidget* childrenTable() const { return children_; }
    QTableWidget* referralsTable() const { return referrals_; }
    QTableWidget* counsellingTable() const { return counselling_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    store::Database& db_;
    store::RowId childId_;
    std::optional<store::RowId> householdId_;

    QLabel* family_;
    QLabel* childrenTitle_;
    QTableWidget* children_;
    QLabel* referralsTitle_;
    QTableWidget* referrals_;
    QLabel* counsellingTitle_;
    QTableWidget* counselling_;
};

} // namespace tumbuh::ui
