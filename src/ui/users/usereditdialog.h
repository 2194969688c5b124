#pragma once
// One user in the users dialog: a new one (name, role, home posyandu for a
// kader, PIN twice), a change of role or posyandu, or a new PIN (twice).
// Only asks; the users dialog saves through the store.
#include "store/posyandu.h"
#include "store/user.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tumbuh::ui {

class UserEditDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add,
                      Edit,
                      Pin };

    UserEditDialog(Mode mode, const std::vector<store::Posyandu>& posyandu, QWidget* parent = nullptr);

    void setUser(const store::User& user);
    // The user as typed (meta of setUser's user kept).
    store::User user() const;
    QString pin() const;

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* roleBox() const { return role_; }
    QComboBox* posyanduBox() const { return posyandu_; }
    QLineEdit* pinEdit() const { return pin_; }
    QLineEdit* repeatPinEdit() const { return repeat_; }
    QLabel* messageLabel() const { return message_; }
    QPushButton* okButton() const { return ok_; }

    // "Kader", "Ahli gizi", "Admin".
    static QString roleName(store::Role role);

private:
    bool check();
    void updateEnabled();

    Mode mode_;
    store::User user_;
    QLineEdit* name_;
    QComboBox* role_;
    QComboBox* posyandu_;
    QLineEdit* pin_;
    QLineEdit* repeat_;
    QLabel* message_;
    QPushButton* ok_;
};

} // namespace tumbuh::ui
