#include "ui/common/numberfield.h"

#include <QLocale>

#include <cmath>

namespace tumbuh::ui {

NumberField::NumberField(QWidget* parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
}

std::optional<double> NumberField::parse(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    if (t.count(QLatin1Char('.')) > 1)
        return std::nullopt;
    for (const QChar c : t)
        if (!c.isDigit() && c != QLatin1Char('.'))
            return std::nullopt;
    if (t == QLatin1String("."))
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool NumberField::isBlank() const
{
    return text().trimmed().isEmpty();
}

std::optional<double> NumberField::value() const
{
    return parse(text());
}

void NumberField::setValue(std::optional<double> v, int decimals)
{
    setText(v ? QLocale().toString(*v, 'f', decimals) : QString());
}

} // namespace tumbuh::ui
