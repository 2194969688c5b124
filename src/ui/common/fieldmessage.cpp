#include "ui/common/fieldmessage.h"

namespace tumbuh::ui {

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldMessage::showError(const QString& text) { show(Kind::Error, text); }
void FieldMessage::showWarning(const QString& text) { show(Kind::Warning, text); }
void FieldMessage::showHint(const QString& text) { show(Kind::Hint, text); }

void FieldMessage::clear()
{
    kind_ = Kind::None;
    QLabel::clear();
    setVisible(false);
}

void FieldMessage::show(Kind kind, const QString& text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    kind_ = kind;
    // Colours dark enough to read on a dim laptop screen in daylight.
    switch (kind) {
    case Kind::Error: setStyleSheet(QStringLiteral("color: #b71c1c;")); break;
    case Kind::Warning: setStyleSheet(QStringLiteral("color: #8a5300;")); break;
    case Kind::Hint: setStyleSheet(QStringLiteral("color: #555555;")); break;
    case Kind::None: break;
    }
    setText(text);
    setVisible(true);
}

} // namespace tumbuh::ui
