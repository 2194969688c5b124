#pragma once
// A text field for a measurement in kg or cm that takes "8,5" and "8.5"
// alike: the posyandu laptop's keyboard layout and the cadre's habit should
// not decide whether a value is read (landscape.md §3.5: the decimal comma
// broke the classification of a spreadsheet tool). Read exactly, in the
// stored unit, by DecimalInput: the same on every form of the program.
#include "ui/common/decimalinput.h"

#include <QLineEdit>

#include <cstdint>
#include <optional>

namespace tumbuh::ui {

class NumberField : public QLineEdit {
    Q_OBJECT
public:
    enum class Unit : std::uint8_t {
        Kilograms,   // stored in grams, up to 3 decimals (digital scales show grams)
        Centimetres, // stored in millimetres, 1 decimal (boards and microtoise read to 0.1 cm)
    };

    explicit NumberField(Unit unit, QWidget* parent = nullptr);

    Unit unit() const { return unit_; }

    // The text in grams or millimetres: nothing when blank; an error (with
    // its message) for "8,5,1", letters, too many decimals...
    ParsedQuantity quantity() const;
    bool isBlank() const;
    bool isReadable() const { return quantity().ok(); }

    // Shows a stored value (grams or millimetres) with the language's
    // decimal separator and the decimals it needs; nothing = blank.
    void setStored(std::optional<std::int32_t> value);

private:
    std::int32_t scale() const;
    int decimals() const;

    Unit unit_;
};

} // namespace tumbuh::ui
