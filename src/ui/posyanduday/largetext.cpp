#include "ui/posyanduday/largetext.h"

#include <QFont>
#include <QLabel>
#include <QWidget>

namespace tumbuh::ui::largetext {

void enlarge(QWidget* widget, double factor, bool bold)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    if (bold)
        f.setBold(true);
    widget->setFont(f);
}

QLabel* label(const QString& objectName, double factor, bool bold)
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    enlarge(l, factor, bold);
    return l;
}

} // namespace tumbuh::ui::largetext
