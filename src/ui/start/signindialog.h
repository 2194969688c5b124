#pragma once
// "Siapa yang bekerja hari ini?": who is working and their PIN, after the
// database opens and before the window shows, and again when the screen was
// locked for being idle. Three cases of one dialog:
//  - a file with users: pick yourself, type the PIN (store::SignIn::attempt;
//    its refusal under the field; a locked user cannot try);
//  - a user of a file made before schema 3 (no PIN yet): type a new PIN twice;
//  - a file with no users: the first admin, name and PIN twice.
// The dialog signs in itself (the store checks); the caller reads signedIn().
#include "store/access.h"

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Start,    // the program starts or opens another file
                      Unlock }; // the screen was locked: the same user, or "Ganti pengguna"

    SignInDialog(store::Database& db, Mode mode, QWidget* parent = nullptr);

    // The user chosen first in the list (the last one who worked here).
    void selectUser(const QString& name);
    // Unlock: the user whose screen is locked.
    void setLockedUser(const store::SignedInUser& user);
    // Unlock: whether "Ganti pengguna" is offered (not while another dialog
    // of the window is open: its work would be lost under it).
    void setSwitchAllowed(bool allowed);
    // "Demo: admin, kader, gizi — PIN 123456" under the title.
    void setDemoHint(bool demo);

    // Who signed in (after Accepted).
    const store::SignedInUser& signedIn() const { return signedIn_; }
    // Unlock: true when another user signed in ("Ganti pengguna").
    bool switchedUser() const { return switched_; }
    // False when the file has no users yet (the first admin is asked for).
    bool firstAdmin() const { return firstAdmin_; }

    QComboBox* userBox() const { return users_; }
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* pinEdit() const { return pin_; }
    QLineEdit* newPinEdit() const { return newPin_; }
    QLineEdit* repeatPinEdit() const { return repeat_; }
    QLabel* messageLabel() const { return message_; }
    QPushButton* signInButton() const { return signIn_; }
    QPushButton* switchUserButton() const { return switch_; }

    // Unlock: Escape and the window's close button do not close the locked
    // screen; only "Keluar dari Tumbuh" does.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadUsers();
    void userChanged();
    void trySignIn();
    bool selectedHasPin() const;
    void showMessage(const QString& text);

    store::Database& db_;
    Mode mode_;
    bool firstAdmin_ = false;
    bool demo_ = false;
    bool switched_ = false;
    bool quitting_ = false;
    std::optional<store::SignedInUser> locked_; // Unlock: whose screen
    store::SignedInUser signedIn_;

    QLabel* title_;
    QLabel* hint_;
    QLabel* userLabel_;
    QComboBox* users_;
    QLabel* nameLabel_;
    QLineEdit* name_;
    QLabel* pinLabel_;
    QLineEdit* pin_;
    QLabel* newPinLabel_;
    QLineEdit* newPin_;
    QLabel* repeatLabel_;
    QLineEdit* repeat_;
    QLabel* message_;
    QPushButton* signIn_;
    QPushButton* switch_;
    QPushButton* cancel_;
    QTimer* lockEnds_;
};

} // namespace tumbuh::ui
