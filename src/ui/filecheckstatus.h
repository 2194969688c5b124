#pragma once
// The status line's "Pemeriksaan berkas" part: the result of the full check
// of the open database file (store/database.h, OpenCheck). The scheduled
// check runs here in the background, on a second, read-only connection of
// its own, while the user works; its result is shown when it arrives and
// recorded on the main connection. Damage stops every further write
// (Database::recordCheck) and is said in a message with what to do and the
// newest backup.
#include "store/result.h"

#include <QLabel>

class QThread;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class FileCheckStatus : public QLabel {
    Q_OBJECT
public:
    enum class State { None,
                       Running,
                       Good,
                       Damaged };

    explicit FileCheckStatus(store::Database& db, QWidget* parent = nullptr);
    ~FileCheckStatus() override;

    // Starts the check on a worker thread (once; a second call while it runs
    // does nothing).
    void start();
    // Shows an outcome (and, for damage, the message box).
    void showOutcome(const store::Result<void>& outcome);

    State state() const { return state_; }
    bool isRunning() const { return worker_ != nullptr; }
    // The damage message (what to do, the newest backup); empty otherwise.
    const QString& damage() const { return damage_; }

signals:
    void finished(bool good);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    store::Database& db_;
    State state_ = State::None;
    QString damage_;
    QThread* worker_ = nullptr;
};

} // namespace tumbuh::ui
