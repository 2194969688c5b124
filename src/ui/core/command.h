#pragma once
// A user's change that can be undone. Every edit the UI makes to stored data
// goes through one, so that "undo" means the same thing on every page and a
// change always reaches the DataNotifier.
//
// Unlike QUndoCommand, doing and undoing report errors as values: the store
// may refuse (validation, a read-only file, a full disk) and the page that
// asked must be able to show the message next to the field. No command ever
// shows a dialog.
#include "store/result.h"

#include <QString>

namespace tumbuh::ui {

class Command {
public:
    virtual ~Command() = default;

    // Short, translated, for menus and tooltips ("Save the measurement of Ani").
    virtual QString text() const = 0;
    // Does the change; after an undo(), does it again. On error nothing changed.
    virtual store::Result<void> redo() = 0;
    // Takes the change back. On error nothing changed.
    virtual store::Result<void> undo() = 0;

protected:
    Command() = default;
    Command(const Command&) = default;
    Command& operator=(const Command&) = default;
};

} // namespace tumbuh::ui
