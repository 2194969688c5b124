#pragma once
// The layout checker of issue 15: renders a top-level widget at a given size
// and lists what a person would see as broken: widgets painted over each
// other, widgets cut off by their window or parent, labels and buttons
// squeezed below the size their text needs, and text cut without a tooltip.
// Each problem is one readable line naming the widget (class#objectName path),
// its text and its rectangle, so a failing test says what to fix.
//
// 150 %: QT_SCALE_FACTOR must be set before the QApplication exists, so
// ctest runs the whole test_layout executable twice: test_layout (scale 1,
// sizes 1024×600 and 1280×800 logical) and test_layout_150 with
// QT_SCALE_FACTOR=1.5 (1280×720 logical = 1920×1080 physical). layoutSizes()
// reads the factor and returns the sizes of the run.
#include <QSize>
#include <QString>

#include <vector>

class QWidget;

namespace tumbuh::test {

// Every problem in the visible widgets of `window` (a shown top-level).
std::vector<QString> layoutProblems(QWidget* window);

// Resizes the top-level to `logical` (device-independent pixels), shows it,
// activates its layouts and processes events until the geometry settles.
// Returns an empty string when the window has that size, else why not (its
// minimum size is larger, for one).
QString showAt(QWidget* window, QSize logical);

// QT_SCALE_FACTOR of this run (1 when unset).
double scaleFactor();

// The logical sizes to check in this run: 1024×600 and 1280×800 at scale 1,
// 1280×720 (1920×1080 physical) at 1.5.
std::vector<QSize> layoutSizes();

// "1024x600" or "1280x720@1.5": names a size in a test message.
QString sizeName(QSize logical);

} // namespace tumbuh::test
