#include "ui/core/commandstack.h"

#include "ui/core/datanotifier.h"

#include <QAction>

#include <algorithm>

namespace tumbuh::ui {

CommandStack::CommandStack(DataNotifier* notifier, QObject* parent) : QObject(parent)
{
    if (notifier)
        connect(notifier, &DataNotifier::databaseReplaced, this, &CommandStack::clear);
}

CommandStack::~CommandStack() = default;

store::Result<void> CommandStack::report(store::Result<void> result)
{
    if (!result)
        emit failed(result.error());
    return result;
}

store::Result<void> CommandStack::push(std::unique_ptr<Command> command)
{
    auto r = command->redo();
    if (!r)
        return report(std::move(r));
    done_.push_back(std::move(command));
    while (static_cast<int>(done_.size()) > limit_)
        done_.pop_front();
    undone_.clear();
    emit changed();
    return r;
}

store::Result<void> CommandStack::undo()
{
    if (done_.empty())
        return {};
    auto r = done_.back()->undo();
    if (!r)
        return report(std::move(r));
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    emit changed();
    emit undone(undone_.back().get());
    return r;
}

store::Result<void> CommandStack::redo()
{
    if (undone_.empty())
        return {};
    auto r = undone_.back()->redo();
    if (!r)
        return report(std::move(r));
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    emit changed();
    emit redone(done_.back().get());
    return r;
}

QString CommandStack::undoText() const
{
    return done_.empty() ? QString() : done_.back()->text();
}

QString CommandStack::redoText() const
{
    return undone_.empty() ? QString() : undone_.back()->text();
}

Command* CommandStack::undoCommand() const
{
    return done_.empty() ? nullptr : done_.back().get();
}

void CommandStack::setUndoLimit(int limit)
{
    limit_ = std::max(1, limit);
    while (static_cast<int>(done_.size()) > limit_)
        done_.pop_front();
    emit changed();
}

void CommandStack::clear()
{
    if (done_.empty() && undone_.empty())
        return;
    done_.clear();
    undone_.clear();
    emit changed();
}

namespace {

QString withPrefix(const QString& prefix, const QString& text)
{
    if (prefix.isEmpty())
        return text;
    if (text.isEmpty())
        return prefix;
    //: A menu entry: "Undo: Save the measurement of Ani"
    return CommandStack::tr("%1: %2").arg(prefix, text);
}

} // namespace

QAction* CommandStack::createUndoAction(QObject* parent, const QString& prefix)
{
    auto* action = new QAction(parent);
    const QString start = prefix.isEmpty() ? tr("Undo") : prefix;
    auto sync = [this, action, start] {
        action->setEnabled(canUndo());
        action->setText(withPrefix(start, undoText()));
    };
    sync();
    connect(this, &CommandStack::changed, action, sync);
    connect(action, &QAction::triggered, this, [this] { (void)undo(); });
    return action;
}

QAction* CommandStack::createRedoAction(QObject* parent, const QString& prefix)
{
    auto* action = new QAction(parent);
    const QString start = prefix.isEmpty() ? tr("Redo") : prefix;
    auto sync = [this, action, start] {
        action->setEnabled(canRedo());
        action->setText(withPrefix(start, redoText()));
    };
    sync();
    connect(this, &CommandStack::changed, action, sync);
    connect(action, &QAction::triggered, this, [this] { (void)redo(); });
    return action;
}

} // namespace tumbuh::ui
