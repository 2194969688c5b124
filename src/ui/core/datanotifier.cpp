#include "ui/core/datanotifier.h"

namespace tumbuh::ui {

DataNotifier::DataNotifier(QObject* parent) : QObject(parent) { }

} // namespace tumbuh::ui
