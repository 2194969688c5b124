#include "ui/about/appicon.h"

#include <QIcon>
#include <QString>

namespace tumbuh::ui {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tumbuh-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace tumbuh::ui
