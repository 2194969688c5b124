#pragma once
// The undo history shared by the whole window: one stack, so Ctrl+Z on any
// page takes back the latest change wherever it was made.
#include "ui/core/command.h"

#include "store/error.h"
#include "store/result.h"

#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

class QAction;

namespace tumbuh::ui {

class DataNotifier;

class CommandStack : public QObject {
    Q_OBJECT
public:
    // With a notifier, the history is dropped when the database is replaced
    // (its commands refer to rows of the old file).
    explicit CommandStack(DataNotifier* notifier = nullptr, QObject* parent = nullptr);
    ~CommandStack() override;

    // Does `command`. Only a command that succeeded is kept for undo (and
    // forgets what could be redone); on error the stack is unchanged.
    store::Result<void> push(std::unique_ptr<Command> command);
    store::Result<void> undo();
    store::Result<void> redo();

    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    QString undoText() const;
    QString redoText() const;
    // The command undo() would take back, or nullptr (pages look at it to
    // know whether the latest change is theirs).
    Command* undoCommand() const;
    int undoCount() const { return static_cast<int>(done_.size()); }

    // How many commands are kept (the oldest are forgotten first); >= 1.
    void setUndoLimit(int limit);
    int undoLimit() const { return limit_; }
    void clear();

    // Menu/toolbar actions that follow the stack (enabled state and text,
    // "prefix: command text"); errors go out through failed().
    QAction* createUndoAction(QObject* parent, const QString& prefix = {});
    QAction* createRedoAction(QObject* parent, const QString& prefix = {});

signals:
    // Anything above may have changed (counts, texts, enabled state).
    void changed();
    // undo()/redo()/push() was refused; the error is also returned to the
    // caller. For callers that cannot show it themselves (menu actions).
    void failed(const tumbuh::store::Error& error);
    // A command was taken back / done again, whoever asked (a page's button,
    // the Edit menu): pages that show its data react here. The command stays
    // valid until the history is cleared.
    void undone(tumbuh::ui::Command* command);
    void redone(tumbuh::ui::Command* command);

private:
    store::Result<void> report(store::Result<void> result);

    std::deque<std::unique_ptr<Command>> done_;
    std::vector<std::unique_ptr<Command>> undone_;
    int limit_ = 100;
};

} // namespace tumbuh::ui
