#include "ui/common/decimalinput.h"

#include "ui/common/displaytext.h"

namespace tumbuh::ui {

ParsedQuantity DecimalInput::parse(const QString& text, std::int32_t scale, int maxDecimals)
{
    const QString t = text.trimmed();
    ParsedQuantity out;
    if (t.isEmpty())
        return out;

    qsizetype separators = 0;
    qsizetype separatorAt = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            ++separators;
            separatorAt = i;
        } else if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            out.error = tr("Type a number only, for example 8.5");
            return out;
        }
    }
    if (separators > 1) {
        out.error = tr("Only one decimal separator, for example 8.5");
        return out;
    }
    const QString whole = separatorAt < 0 ? t : t.left(separatorAt);
    const QString fraction = separatorAt < 0 ? QString() : t.mid(separatorAt + 1);
    if (whole.isEmpty() && fraction.isEmpty()) {
        out.error = tr("Type a number only, for example 8.5");
        return out;
    }
    if (fraction.size() > maxDecimals) {
        out.error = tr("At most %n digit(s) after the decimal separator", nullptr, maxDecimals);
        return out;
    }
    // Five whole digits are far beyond any weight or length (the store
    // refuses them with the plausible range); more would overflow.
    if (whole.size() > 5) {
        out.error = tr("This number is far too large");
        return out;
    }
    std::int64_t value = whole.isEmpty() ? 0 : whole.toLongLong();
    value *= scale;
    std::int64_t unit = scale;
    for (const QChar c : fraction) {
        unit /= 10;
        value += (c.unicode() - u'0') * unit;
    }
    out.value = static_cast<std::int32_t>(value);
    return out;
}

QString DecimalInput::format(std::int32_t value, std::int32_t scale, int maxDecimals)
{
    int shown = 1;
    std::int32_t step = scale / 10; // stored units of the last decimal shown
    while (shown < maxDecimals && step > 1 && value % step != 0) {
        step /= 10;
        ++shown;
    }
    return DisplayText::number(static_cast<double>(value) / scale, shown);
}

} // namespace tumbuh::ui
