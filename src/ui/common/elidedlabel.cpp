#include "ui/common/elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QResizeEvent>

#include <algorithm>

namespace tumbuh::ui {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : ElidedLabel(parent)
{
    setFullText(text);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (text == full_ && !full_.isEmpty()) return;
    if (!elided_) ownToolTip_ = toolTip();
    full_ = text;
    updateShown();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    const int m = 2 * margin();
    const QMargins cm = contentsMargins();
    return {fm.horizontalAdvance(full_) + m + cm.left() + cm.right() + 1,
            fm.height() + m + cm.top() + cm.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis, never more than the whole text.
    const QFontMetrics fm(font());
    const int m = 2 * margin();
    const QMargins cm = contentsMargins();
    const int few = fm.horizontalAdvance(full_.left(3) + QStringLiteral("…"));
    const int whole = fm.horizontalAdvance(full_);
    return {std::min(few, whole) + m + cm.left() + cm.right() + 1,
            fm.height() + m + cm.top() + cm.bottom()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateShown();
        updateGeometry();
    }
}

void ElidedLabel::updateShown()
{
    const QFontMetrics fm(font());
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = fm.horizontalAdvance(full_) <= room
                            ? full_
                            : fm.elidedText(full_, Qt::ElideRight, std::max(room, 0));
    const bool elided = shown != full_;
    if (elided) {
        if (!elided_) ownToolTip_ = toolTip();
        setToolTip(full_);
    } else if (elided_) {
        setToolTip(ownToolTip_);
    }
    elided_ = elided;
    // QLabel::setText would ask the layout again; the hints depend on
    // full_ only, so this does not loop.
    if (text() != shown) QLabel::setText(shown);
}

} // namespace tumbuh::ui
