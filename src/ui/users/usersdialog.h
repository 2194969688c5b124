#pragma once
// Berkas ▸ Pengguna…: the people who work with this file (admin only). The
// list (name, role, home posyandu, active, locked until); add a user, reset a
// PIN, deactivate or reactivate, change the role or the home posyandu. A user
// is never deleted (the audit log names them), and the last active admin can
// be neither deactivated nor demoted. Also the idle lock's minutes.
#include "store/access.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tumbuh::store {
class Database;
struct User;
} // namespace tumbuh::store

namespace tumbuh::ui {

class AppSettings;
class UserEditDialog;

class UsersDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Name,
                  Role,
                  Posyandu,
                  Active,
                  LockedUntil,
                  ColumnCount };

    UsersDialog(store::Database& db, AppSettings& settings, const store::SignedInUser& who,
                QWidget* parent = nullptr);

    // Runs the add / change / PIN dialogs (exec() by default; a test types into them).
    void setDialogRunner(std::function<void(UserEditDialog&)> run) { run_ = std::move(run); }

    QTableWidget* table() const { return table_; }
    QLabel* messageLabel() const { return message_; }
    QSpinBox* idleMinutesBox() const { return idle_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* resetPinButton() const { return resetPin_; }
    QPushButton* activeButton() const { return active_; }
    QPushButton* editButton() const { return edit_; }

    // The row of the user named `name` (-1 when not listed), and select it.
    int selectUser(const QString& name);

    void addUser();
    void resetPin();
    void toggleActive();
    void editUser();

signals:
    // The idle lock's minutes changed (saved in the settings already).
    void idleMinutesChanged(int minutes);

private:
    void reload();
    std::optional<store::User> selected() const;
    // Whether `user` is the only active admin.
    bool lastAdmin(const store::User& user) const;
    void showMessage(const QString& text, bool error);
    void updateButtons();

    store::Database& db_;
    AppSettings& settings_;
    store::SignedInUser who_;
    std::function<void(UserEditDialog&)> run_;
    QTableWidget* table_;
    QLabel* message_;
    QSpinBox* idle_;
    QPushButton* add_;
    QPushButton* resetPin_;
    QPushButton* active_;
    QPushButton* edit_;
};

} // namespace tumbuh::ui
