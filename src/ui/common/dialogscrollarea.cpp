#include "ui/common/dialogscrollarea.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QStyle>
#include <QVariant>

#include <algorithm>

namespace tumbuh::ui {
namespace {

constexpr const char* kPreferred = "tumbuhPreferredSize";
// The window's title bar and frame, and the task bar, in logical pixels.
const QSize kFrame(24, 32);
constexpr int kTaskBar = 40;
// The least a scrolled form shows: a few lines, the rest scrolls.
constexpr int kLeastLines = 6;

// Fits its dialog when it is about to show (the show event comes before the
// window appears on the screen).
class FitWhenShown : public QObject {
public:
    explicit FitWhenShown(QWidget* dialog) : QObject(dialog) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && !event->spontaneous())
            if (auto* dialog = qobject_cast<QWidget*>(watched); dialog && dialog->isWindow())
                DialogScrollArea::fitToScreen(dialog);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

DialogScrollArea::DialogScrollArea(QWidget* form, QWidget* parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setWidget(form);
}

bool DialogScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The form grew or shrank (a message under a field, a row shown): the
    // dialog's layout asks this area's hint again.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

QSize DialogScrollArea::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    QSize form = widget() ? widget()->sizeHint() : QSize(0, 0);
    if (widget() && widget()->hasHeightForWidth())
        form.setHeight(std::max(form.height(), widget()->heightForWidth(form.width())));
    return form + QSize(frame + bar, frame);
}

QSize DialogScrollArea::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const QSize form = widget() ? widget()->minimumSizeHint() : QSize(0, 0);
    const int lines = kLeastLines * fontMetrics().lineSpacing();
    return {form.width() + frame + bar, std::min(std::max(form.height(), 0), lines) + frame};
}

QSize DialogScrollArea::roomOn(QSize screen)
{
    return {screen.width() - kFrame.width(), screen.height() - kTaskBar - kFrame.height()};
}

QSize DialogScrollArea::room(const QWidget* dialog)
{
    const QScreen* screen = dialog->screen();
    if (!screen)
        return roomOn(QSize(1024, 600));
    return screen->availableGeometry().size() - kFrame;
}

void DialogScrollArea::setPreferredSize(QWidget* dialog, QSize size)
{
    dialog->setProperty(kPreferred, size);
}

QSize DialogScrollArea::naturalSize(QWidget* dialog, QSize room)
{
    // Every layout set up first, the scrolled forms' too (their own widgets,
    // outside the dialog's layout): their hints count wrapped text then.
    dialog->ensurePolished();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto widgets = dialog->findChildren<QWidget*>();
    for (auto it = widgets.rbegin(); it != widgets.rend(); ++it)
        if ((*it)->layout())
            (*it)->layout()->activate();
    for (auto* area : dialog->findChildren<DialogScrollArea*>())
        area->updateGeometry();
    QLayout* layout = dialog->layout();
    if (layout)
        layout->activate();
    const QSize hint = dialog->sizeHint();
    QSize want = dialog->property(kPreferred).toSize();
    if (want.width() <= 0)
        want.setWidth(hint.width());
    if (want.height() <= 0)
        want.setHeight(hint.height());
    const QSize least = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    const int width = std::max(std::min(want.width(), room.width()), least.width());
    int height = want.height();
    if (layout && layout->hasHeightForWidth())
        height = std::max(height, layout->totalHeightForWidth(width));
    height = std::max(std::min(height, room.height()), least.height());
    // A dialog of a fixed size (a message box) keeps it.
    return QSize(width, height).boundedTo(dialog->maximumSize());
}

QSize DialogScrollArea::fit(QWidget* dialog, QSize room)
{
    const QSize first = naturalSize(dialog, room);
    dialog->resize(first);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize size(first.width(), naturalSize(dialog, room).height());
    dialog->resize(size);
    return size;
}

void DialogScrollArea::fitToScreen(QWidget* dialog)
{
    fit(dialog, room(dialog));
}

void DialogScrollArea::fitWhenShown(QWidget* dialog)
{
    dialog->installEventFilter(new FitWhenShown(dialog));
}

} // namespace tumbuh::ui
