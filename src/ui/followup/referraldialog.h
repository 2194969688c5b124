#pragma once
// Rujuk…: refers a child, or the child's household, to a destination of the
// destinations file (health first, then the other sectors). The reasons come
// pre-ticked from the rules (the codes passed in) and stay editable; the
// family reasons (ekonomi, bansos, kekerasan) are ticked by hand. Saved
// through store::ReferralWorkflow (which audits it); a refused save shows the
// store's message next to its field and keeps everything typed.
#include "records/followup/destinations.h"
#include "store/referral.h"
#include "store/rowmeta.h"

#include <QDialog>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;
class DateField;
class FieldMessage;
class FormGrid;

class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    // `reasonCodes`: the rules' codes for this child (growth/attention.h),
    // ticked. `followUpDays`: the setting "Tindak lanjut rujukan (hari)".
    ReferralDialog(store::Database& db, DataNotifier& notifier, store::UserId user, store::RowId childId,
                   const QStringList& reasonCodes, int followUpDays, QWidget* parent = nullptr);
    ~ReferralDialog() override;

    // The referral made by the last successful save.
    const std::optional<store::Referral>& referral() const { return saved_; }

    DateField* dateField() const { return date_; }
    DateField* followUpField() const { return followUp_; }
    QComboBox* destinationBox() const { return destination_; }
    QComboBox* consentBox() const { return consent_; }
    QLineEdit* referredByEdit() const { return referredBy_; }
    QLineEdit* noteEdit() const { return note_; }
    QRadioButton* householdButton() const { return forHousehold_; }
    // The reason checkboxes, in order; each has the code as its objectName.
    const std::vector<QCheckBox*>& reasonBoxes() const { return reasonBoxes_; }
    // The message under a field ("referred_on", "reasons", ...), or the
    // dialog's own line for the rest ("").
    QString messageText(const QString& field) const;

public slots:
    // Checks, saves through the workflow, closes on success.
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillDestinations();
    QStringList checkedReasons() const;
    void showError(const QString& field, const QString& message);

    store::Database& db_;
    DataNotifier& notifier_;
    store::UserId user_;
    store::RowId childId_;
    int followUpDays_;
    std::optional<store::RowId> householdId_;
    std::vector<records::Destination> destinations_;
    QString destinationsProblem_;
    std::optional<store::Referral> saved_;
    bool followUpTouched_ = false;

    QLabel* intro_;
    QRadioButton* forChild_;
    QRadioButton* forHousehold_;
    DateField* date_;
    std::vector<QCheckBox*> reasonBoxes_;
    QComboBox* consent_;
    QComboBox* destination_;
    QLineEdit* referredBy_;
    DateField* followUp_;
    QLineEdit* note_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    std::unique_ptr<FormGrid> grid_;
    std::map<QString, QLabel*> labels_; // by field
};

} // namespace tumbuh::ui
