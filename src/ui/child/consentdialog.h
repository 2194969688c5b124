#pragma once
// Catat persetujuan… / Tarik persetujuan…: one statement of a parent's or
// guardian's consent for a child (store/consent.h): date (today; not in the
// future, not before the birth), the guardian's name (the mother's, or the
// guardian of the statement in force), the relation, the three purposes and
// a note. A withdrawal is a new statement with `withdrawal` set and the
// purposes that remain ticked (none at first). Saved through
// store::ConsentRepository (validated and audited there, as the signed-in
// user); refused without Permission::RecordConsent.
#include "store/consent.h"
#include "store/rowmeta.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DateField;
class FieldMessage;

class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind : std::uint8_t { Give,
                                     Withdraw };

    ConsentDialog(store::Database& db, store::UserId user, store::RowId childId, Kind kind,
                  QWidget* parent = nullptr);

    const std::optional<store::Consent>& consent() const { return saved_; }

    DateField* dateField() const { return date_; }
    QLineEdit* guardianEdit() const { return guardian_; }
    QComboBox* relationBox() const { return relation_; }
    QCheckBox* monitoringBox() const { return monitoring_; }
    QCheckBox* reportingBox() const { return reporting_; }
    QCheckBox* referralBox() const { return referral_; }
    QLineEdit* noteEdit() const { return note_; }
    QString messageText() const;

public slots:
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    store::Database& db_;
    store::UserId user_;
    store::RowId childId_;
    Kind kind_;
    QString userName_;
    std::optional<store::Consent> saved_;

    QLabel* intro_;
    QLabel* dateLabel_;
    DateField* date_;
    FieldMessage* dateMessage_;
    QLabel* guardianLabel_;
    QLineEdit* guardian_;
    QLabel* relationLabel_;
    QComboBox* relation_;
    QLabel* purposesLabel_;
    QCheckBox* monitoring_;
    QCheckBox* reporting_;
    QCheckBox* referral_;
    QLabel* noteLabel_;
    QLineEdit* note_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace tumbuh::ui
