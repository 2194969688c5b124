#pragma once
// Catat edukasi…: the counselling (edukasi) given to a child's family: date,
// topic (the rules file's topics), who gave it, note. Saved through
// store::CounsellingRepository (audited there).
#include "store/referral.h"
#include "store/rowmeta.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DataNotifier;
class DateField;
class FieldMessage;

class CounsellingDialog : public QDialog {
    Q_OBJECT
public:
    // `topic`: the topic to propose (e.g. the topic of the child's strongest
    // reason); the first topic when empty or unknown.
    CounsellingDialog(store::Database& db, DataNotifier& notifier, store::UserId user, store::RowId childId,
                      const QString& topic = {}, QWidget* parent = nullptr);

    const std::optional<store::Counselling>& counselling() const { return saved_; }

    DateField* dateField() const { return date_; }
    QComboBox* topicBox() const { return topic_; }
    QLineEdit* byEdit() const { return by_; }
    QLineEdit* noteEdit() const { return note_; }
    QString messageText() const;

public slots:
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    store::Database& db_;
    DataNotifier& notifier_;
    store::UserId user_;
    store::RowId childId_;
    std::optional<store::Counselling> saved_;

    QLabel* intro_;
    QLabel* dateLabel_;
    DateField* date_;
    FieldMessage* dateMessage_;
    QLabel* topicLabel_;
    QComboBox* topic_;
    QLabel* byLabel_;
    QLineEdit* by_;
    QLabel* noteLabel_;
    QLineEdit* note_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace tumbuh::ui
