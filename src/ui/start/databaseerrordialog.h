#pragma once
// A database file that cannot be used (damaged, from a newer Tumbuh, not a
// Tumbuh file, gone): the store's own explanation, and the ways on. Never a
// crash, never a dead end.
#include <QDialog>

class QLabel;
class QPushButton;

namespace tumbuh::ui {

class DatabaseErrorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { Quit,
                        RestoreBackup,
                        OpenOther,
                        CreateNew };

    // `backupPath` empty: no backup to offer.
    DatabaseErrorDialog(const QString& message, const QString& backupPath, QWidget* parent = nullptr);

    Action action() const { return action_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void finish(Action a);

    QString message_;
    QString backupPath_;
    Action action_ = Action::Quit;
    QLabel* title_;
    QLabel* text_;
    QLabel* backupNote_;
    QPushButton* restore_;
    QPushButton* other_;
    QPushButton* create_;
    QPushButton* quit_;
};

} // namespace tumbuh::ui
