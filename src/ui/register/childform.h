#pragma once
// The child's part of the add/edit dialog: identity, birth, mother, status.
// Reads its fields into a store::Child; says which fields it cannot read
// (a weight that is not a number, a date that is not a date, no sex chosen).
#include "store/access.h"
#include "store/child.h"
#include "store/posyandu.h"
#include "ui/common/fieldissue.h"
#include "ui/common/formgrid.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tumbuh::ui {

class DateField;
class NikField;
class NumberField;

class ChildForm : public QWidget {
    Q_OBJECT
public:
    explicit ChildForm(QWidget* parent = nullptr);

    // Who edits: a role that may not see full NIKs gets the stored NIK
    // masked and read-only until it chooses to retype it (NikField).
    void setViewer(const store::SignedInUser& viewer);
    void setPosyanduChoices(const std::vector<store::Posyandu>& places, store::RowId current);
    // Fills the fields from a stored child; shows the status (moved, died).
    void setChild(const store::Child& child);
    // The fields applied over `base` (which keeps id, uid, household).
    store::Child child(store::Child base) const;
    store::RowId posyanduId() const;
    std::vector<FieldIssue> unreadable() const;
    // The fields in the order of the form, for focusing the first problem.
    QStringList fieldOrder() const;
    // A grey line under the birth date: the age it gives today.
    void setToday(const QDate& today) { today_ = today; }
    QString ageHint() const;

    FormGrid& grid() { return grid_; }
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* nikEdit() const;
    NikField* nikField() const { return nik_; }
    QRadioButton* maleButton() const { return male_; }
    QRadioButton* femaleButton() const { return female_; }
    DateField* birthDateField() const { return birthDate_; }
    QCheckBox* approximateBox() const { return approximate_; }
    NumberField* birthWeightField() const { return birthWeight_; }
    NumberField* birthLengthField() const { return birthLength_; }
    QLineEdit* motherEdit() const { return mother_; }
    QCheckBox* hasKiaBox() const { return hasKia_; }

signals:
    void edited(const QString& field);
    void posyanduChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateStatusDate();

    QGroupBox* box_;
    FormGrid grid_;
    QDate today_;
    QLabel* posyanduLabel_;
    QComboBox* posyandu_;
    QLabel* nameLabel_;
    QLineEdit* name_;
    QLabel* nikLabel_;
    NikField* nik_;
    QLabel* sexLabel_;
    QWidget* sexBox_;
    QRadioButton* male_;
    QRadioButton* female_;
    QLabel* birthDateLabel_;
    DateField* birthDate_;
    QCheckBox* approximate_;
    QLabel* birthWeightLabel_;
    NumberField* birthWeight_;
    QLabel* birthLengthLabel_;
    NumberField* birthLength_;
    QLabel* motherLabel_;
    QLineEdit* mother_;
    QCheckBox* hasKia_;
    QLabel* statusLabel_;
    QComboBox* status_;
    QLabel* statusDateLabel_;
    DateField* statusDate_;
    QLabel* notesLabel_;
    QLineEdit* notes_;
};

} // namespace tumbuh::ui
