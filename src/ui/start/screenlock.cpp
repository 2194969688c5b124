#include "ui/start/screenlock.h"

#include "ui/mainwindow.h"
#include "ui/start/signindialog.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace tumbuh::ui {

ScreenLock::ScreenLock(store::Database& db, MainWindow& window, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), db_(db), window_(window), timer_(new QTimer(this)),
      run_([](SignInDialog& dialog) { dialog.exec(); })
{
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &ScreenLock::lockNow);
    qApp->installEventFilter(this);
    setTimeout(timeout);
}

ScreenLock::~ScreenLock()
{
    qApp->removeEventFilter(this);
}

void ScreenLock::setTimeout(std::chrono::milliseconds timeout)
{
    timer_->stop();
    if (timeout.count() <= 0)
        return;
    timer_->setInterval(static_cast<int>(std::min<long long>(timeout.count(), 24LL * 3600 * 1000)));
    if (!locked_)
        timer_->start();
}

bool ScreenLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Someone is at the keyboard: the lock waits again from now.
        if (!locked_ && timer_->interval() > 0 && timer_->isActive())
            timer_->start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLock::lockNow()
{
    if (locked_)
        return;
    locked_ = true;
    timer_->stop();
    window_.setContentHidden(true);
    // A dialog left open (a child's form, a referral) is emptied too, not
    // closed: what was typed in it stays.
    const bool otherDialog = QApplication::activeModalWidget() != nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top != &window_ && top->isVisible())
            for (QWidget* child : top->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                if (!child->isWindow() && child->isVisible()) {
                    child->hide();
                    hidden_.emplace_back(child);
                }
    SignInDialog dialog(db_, SignInDialog::Mode::Unlock, &window_);
    dialog.setLockedUser(window_.signedInUser());
    dialog.setDemoHint(demo_);
    dialog.setSwitchAllowed(!otherDialog);
    run_(dialog);
    locked_ = false;
    for (const QPointer<QWidget>& w : hidden_)
        if (w)
            w->show();
    hidden_.clear();
    if (dialog.result() != QDialog::Accepted) {
        emit quitRequested();
        return;
    }
    if (dialog.switchedUser()) {
        emit switchUser(dialog.signedIn());
        return;
    }
    window_.setContentHidden(false);
    if (timer_->interval() > 0)
        timer_->start();
}

} // namespace tumbuh::ui
