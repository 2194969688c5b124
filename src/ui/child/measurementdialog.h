#pragma once
// Corrects a stored measurement (a typing slip found later). The same checks
// as at entry, next to the fields: the store's ranges and dates in red, the
// engine's "measure again?" checks against the child's other visits in amber.
#include "store/child.h"
#include "store/measurement.h"
#include "store/result.h"
#include "ui/common/fieldissue.h"
#include "ui/common/formgrid.h"

#include <QDialog>

#include <functional>
#include <set>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimer;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DateField;
class NumberField;

class MeasurementDialog : public QDialog {
    Q_OBJECT
public:
    // Saves the corrected row (through the command stack); an error is shown
    // next to its field and the dialog stays open.
    using Saver = std::function<store::Result<void>(const store::Measurement&)>;

    MeasurementDialog(store::Database& db, const store::Child& child, std::vector<store::Measurement> others,
                      store::Measurement measurement, Saver saver, QWidget* parent = nullptr);

    bool save();
    bool validateNow();
    store::Measurement measurement() const; // the fields over the stored row

    FieldMessage* messageFor(const QString& field) const { return grid_.message(field); }
    NumberField* weightField() const { return weight_; }
    NumberField* lengthField() const { return length_; }
    QRadioButton* lyingButton() const { return lying_; }
    QRadioButton* standingButton() const { return standing_; }
    QLabel* resultLine() const { return result_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onEdited(const QString& field);
    std::vector<FieldIssue> unreadable() const;
    std::vector<FieldIssue> engineChecks(const store::Measurement& m, QString* summary) const;

    store::Database& db_;
    store::Child child_;
    std::vector<store::Measurement> others_;
    store::Measurement stored_;
    Saver saver_;

    FormGrid grid_;
    QLabel* dateLabel_;
    DateField* date_;
    QLabel* weightLabel_;
    NumberField* weight_;
    QLabel* lengthLabel_;
    NumberField* length_;
    QLabel* positionLabel_;
    QWidget* positionBox_;
    QRadioButton* lying_;
    QRadioButton* standing_;
    QLabel* headLabel_;
    NumberField* head_;
    QLabel* armLabel_;
    NumberField* arm_;
    QCheckBox* oedema_;
    QLabel* byLabel_;
    QLineEdit* by_;
    QLabel* notesLabel_;
    QLineEdit* notes_;
    QLabel* result_;
    QLabel* general_;
    QDialogButtonBox* buttons_;
    QTimer* timer_;
    std::set<QString> touched_;
    bool showAll_ = false;
};

} // namespace tumbuh::ui
