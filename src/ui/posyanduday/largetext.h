#pragma once
// The posyandu-day screen is read from a step away, on an old laptop's
// screen, by cadres of every age: its texts are the system's size times a
// factor. One helper for every part of the page, so that the same factor
// always means the same size.
#include <QString>

class QLabel;
class QWidget;

namespace tumbuh::ui::largetext {

// The widget's font, `factor` times larger (and bold if asked). The factor
// is remembered on the widget, for setExtraScale().
void enlarge(QWidget* widget, double factor, bool bold = false);

// "Teks besar": every font under `root` `extra` times larger again, on top
// of the system's size (which follows the system's scaling) and of each
// widget's own factor; 1 goes back to the normal sizes.
void setExtraScale(QWidget* root, double extra);

// A new label with that font and an object name for tests and style sheets.
QLabel* label(const QString& objectName, double factor, bool bold = false);

} // namespace tumbuh::ui::largetext
