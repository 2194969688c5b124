#pragma once
// Dialogs on a small screen (issue 15): a 1024×600 netbook, or a laptop at
// 150 % text scaling, leaves a dialog about 1000×528 logical pixels. A long
// form goes inside a DialogScrollArea: as large as the form where the screen
// has room (no scroll bar then), scrolling inside the dialog where it has
// not, so that the dialog's buttons always stay on the screen. And a dialog
// takes its natural size (naturalSize: its preferred size, with the height
// its wrapped texts need at that width) capped to the room its screen has.
#include <QScrollArea>
#include <QSize>

namespace tumbuh::ui {

class DialogScrollArea : public QScrollArea {
public:
    // Takes `form` (its own widget with its layout) as the scrolled widget.
    explicit DialogScrollArea(QWidget* form, QWidget* parent = nullptr);

    // The whole form, plus room for a vertical scroll bar (so that scrolling
    // never needs a horizontal one as well).
    QSize sizeHint() const override;
    // The form's least width, and a few lines of height: the rest scrolls.
    QSize minimumSizeHint() const override;

    // The room a dialog has on a screen of `screen` logical pixels: less the
    // task bar (40) and the window's title bar and frame (32 high, 24 wide).
    static QSize roomOn(QSize screen);
    // The room on the screen `dialog` is on (its available geometry, less
    // the title bar and frame).
    static QSize room(const QWidget* dialog);
    // The size the dialog asks for, set once by the dialog (e.g. the audit
    // log's 1100×700); none set: its size hint.
    static void setPreferredSize(QWidget* dialog, QSize size);
    // The preferred size capped to `room`, with the height wrapped texts
    // need at that width, never below the dialog's minimum size.
    static QSize naturalSize(QWidget* dialog, QSize room);
    // Resizes `dialog` to its natural size in `room`, then gives it the
    // height its form wants once laid out at that width (columns that went
    // one under the other want more). Returns the size given.
    static QSize fit(QWidget* dialog, QSize room);
    // fit() in the room of its screen.
    static void fitToScreen(QWidget* dialog);
    // fitToScreen each time `dialog` is about to show (its texts and the
    // rows it shows are known then).
    static void fitWhenShown(QWidget* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace tumbuh::ui
