#pragma once
// Ubah status…: the next step of a referral (only the steps the workflow
// allows from its status: diterima, selesai, tidak datang, dibatalkan), its
// date and note (the outcome: "PMT 90 hari", "rujuk RS"), above the
// referral's history. Saved through store::ReferralWorkflow (audited there).
#include "store/access.h"
#include "store/referral.h"
#include "store/rowmeta.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;
class DateField;
class FieldMessage;

class ReferralStatusDialog : public QDialog {
    Q_OBJECT
public:
    ReferralStatusDialog(store::Database& db, DataNotifier& notifier, store::UserId user, store::RowId referralId,
                         QWidget* parent = nullptr);

    const std::optional<store::Referral>& referral() const { return referral_; }

    QComboBox* stepBox() const { return step_; }
    DateField* dateField() const { return date_; }
    QLineEdit* noteEdit() const { return note_; }
    QLineEdit* recordedByEdit() const { return recordedBy_; }
    QListWidget* historyList() const { return history_; }
    // The message shown for the date, or the dialog's own line ("").
    QString messageText(const QString& field = {}) const;

public slots:
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslateUi();

    store::Database& db_;
    DataNotifier& notifier_;
    store::UserId user_;
    store::SignedInUser viewer_;
    store::RowId referralId_;
    std::optional<store::Referral> referral_;

    QLabel* summary_;
    QLabel* stepLabel_;
    QComboBox* step_;
    QLabel* dateLabel_;
    DateField* date_;
    FieldMessage* dateMessage_;
    QLabel* noteLabel_;
    QLineEdit* note_;
    QLabel* recordedByLabel_;
    QLineEdit* recordedBy_;
    QLabel* historyLabel_;
    QListWidget* history_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace tumbuh::ui
