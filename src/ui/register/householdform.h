#pragma once
// The family's part of the add/edit dialog: a new family or one already
// registered (a younger sibling joins the family of the older one), its
// address with RT/RW, the parents and the family's notes (PKH, BPNT...).
#include "store/access.h"
#include "store/household.h"
#include "ui/common/fieldissue.h"
#include "ui/common/formgrid.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace tumbuh::ui {

class NikField;

class HouseholdForm : public QWidget {
    Q_OBJECT
public:
    explicit HouseholdForm(QWidget* parent = nullptr);

    // Who edits: the parents' NIKs follow the role (NikField).
    void setViewer(const store::SignedInUser& viewer);
    // The families that can be chosen (those of the child's posyandu).
    void setChoices(std::vector<store::Household> households);
    // Selects a registered family and shows its data; nullopt = a new family.
    void select(std::optional<store::RowId> householdId);
    std::optional<store::RowId> selectedId() const;

    // The fields over the selected family (or a new one).
    store::Household household() const;
    // Nothing typed for a new family: the child is saved without one.
    bool isBlank() const;
    QStringList fieldOrder() const;

    FormGrid& grid() { return grid_; }
    QComboBox* familyChoice() const { return family_; }
    QLineEdit* rtEdit() const { return rt_; }
    QLineEdit* rwEdit() const { return rw_; }
    QLineEdit* addressEdit() const { return address_; }
    QLineEdit* motherNikEdit() const;
    NikField* fatherNikField() const { return fatherNik_; }
    NikField* motherNikField() const { return motherNik_; }

signals:
    void edited(const QString& field);
    // Another family was chosen; its mother's name, for the child's field.
    void familyChosen(const QString& motherName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillChoices();
    void showHousehold(const store::Household& h);
    QString describe(const store::Household& h) const;

    std::vector<store::Household> households_;
    store::Household base_; // the selected family as stored, or a new one

    QGroupBox* box_;
    FormGrid grid_;
    QLabel* familyLabel_;
    QComboBox* family_;
    QLabel* addressLabel_;
    QLineEdit* address_;
    QLabel* rtLabel_;
    QLineEdit* rt_;
    QLabel* rwLabel_;
    QLineEdit* rw_;
    QLabel* kelurahanLabel_;
    QLineEdit* kelurahan_;
    QLabel* kkLabel_;
    QLineEdit* kk_;
    QLabel* fatherLabel_;
    QLineEdit* father_;
    QLabel* fatherNikLabel_;
    NikField* fatherNik_;
    QLabel* motherNikLabel_;
    NikField* motherNik_;
    QLabel* phoneLabel_;
    QLineEdit* phone_;
    QLabel* notesLabel_;
    QLineEdit* notes_;
};

} // namespace tumbuh::ui
