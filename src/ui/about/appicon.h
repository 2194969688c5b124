#pragma once
// Tumbuh's icon, compiled in from resources/icons (the drawing the package
// installs): the window's icon and the about box's picture.
class QIcon;

namespace tumbuh::ui {

// Every size drawn (16 to 256 pixels), so that each place picks a sharp one.
QIcon appIcon();

} // namespace tumbuh::ui
