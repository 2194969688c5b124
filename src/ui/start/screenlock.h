#pragma once
// The idle lock: after a while without a key pressed or the mouse moved in
// the program, the window's content is hidden (the tabs and pages, the menus:
// a screenshot shows no child) and the sign-in dialog asks again. The same
// user's PIN shows everything again as it was, typed text kept; "Ganti
// pengguna" signs in someone else, and the application builds the window
// anew for them (switchUser). The timeout is a setting in minutes
// (AppSettings::idleLockMinutes, 0 = never), given here in milliseconds so
// that a test can wait a moment instead of ten minutes.
#include "store/access.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <vector>

class QTimer;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class MainWindow;
class SignInDialog;

class ScreenLock : public QObject {
    Q_OBJECT
public:
    // `timeout` 0 = never lock.
    ScreenLock(store::Database& db, MainWindow& window, std::chrono::milliseconds timeout,
               QObject* parent = nullptr);
    ~ScreenLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    void setDemoHint(bool demo) { demo_ = demo; }
    // Runs the sign-in dialog (exec() by default; a test types into it).
    void setDialogRunner(std::function<void(SignInDialog&)> run) { run_ = std::move(run); }

    bool isLocked() const { return locked_; }
    // Hides the content and asks for the PIN (also what the idle timer does).
    void lockNow();

signals:
    // Someone else signed in: the window is to be built for them.
    void switchUser(const tumbuh::store::SignedInUser& user);
    // "Keluar" on the locked screen.
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    store::Database& db_;
    MainWindow& window_;
    QTimer* timer_;
    std::function<void(SignInDialog&)> run_;
    // Widgets of other open windows (a dialog left open) hidden with the content.
    std::vector<QPointer<QWidget>> hidden_;
    bool locked_ = false;
    bool demo_ = false;
};

} // namespace tumbuh::ui
