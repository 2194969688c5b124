#include "ui/posyanduday/largetext.h"

#include <QApplication>
#include <QFont>
#include <QVariant>
#include <QLabel>
#include <QWidget>

namespace tumbuh::ui::largetext {
namespace {

constexpr const char* kFactor = "tumbuhTextFactor";
constexpr const char* kBold = "tumbuhTextBold";

} // namespace

void enlarge(QWidget* widget, double factor, bool bold)
{
    widget->setProperty(kFactor, factor);
    widget->setProperty(kBold, bold);
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

namespace tumbuh::ui::largetext {

void setExtraScale(QWidget* root, double extra)
{
    // Point sizes only: they follow the system's scaling (no pixel sizes).
    QFont base = QApplication::font(root);
    base.setPointSizeF(base.pointSizeF() * extra);
    root->setFont(base);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QVariant factor = w->property(kFactor);
        if (!factor.isValid())
            continue;
        QFont f = QApplication::font(w);
        f.setPointSizeF(f.pointSizeF() * factor.toDouble() * extra);
        if (w->property(kBold).toBool())
            f.setBold(true);
        w->setFont(f);
    }
}

} // namespace tumbuh::ui::largetext
