#include "ui/common/numberfield.h"

namespace tumbuh::ui {

NumberField::NumberField(Unit unit, QWidget* parent) : QLineEdit(parent), unit_(unit)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
}

std::int32_t NumberField::scale() const
{
    return unit_ == Unit::Kilograms ? 1000 : 10;
}

int NumberField::decimals() const
{
    return unit_ == Unit::Kilograms ? 3 : 1;
}

ParsedQuantity NumberField::quantity() const
{
    return DecimalInput::parse(text(), scale(), decimals());
}

bool NumberField::isBlank() const
{
    return text().trimmed().isEmpty();
}

void NumberField::setStored(std::optional<std::int32_t> value)
{
    setText(value ? DecimalInput::format(*value, scale(), decimals()) : QString());
}

} // namespace tumbuh::ui
