#pragma once
// Printing the growth card through the system print dialog.
#include "report/growthcard.h"

class QWidget;

namespace tumbuh::ui {

// Shows the print dialog (landscape, the card's paper preselected) and
// prints the card when the user confirms. False when cancelled.
bool printCardWithDialog(const report::CardInput& card, QWidget* parent);

} // namespace tumbuh::ui
