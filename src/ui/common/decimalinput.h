#pragma once
// A number typed by a cadre: "8,5" and "8.5" both mean eight and a half
// (Indonesian writes a decimal comma, many laptops are set to a point; the
// BPB spreadsheet broke on exactly this). The result is an integer in the
// stored unit (grams, millimetres) computed from the digits, never through
// a double, so 8,5 kg is exactly 8500 g. The one reader of typed numbers:
// NumberField uses it on every form (posyandu day, child, measurement).
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace tumbuh::ui {

struct ParsedQuantity {
    std::optional<std::int32_t> value; // nothing when empty or wrong
    QString error;                     // translated, shown next to the field; empty = fine

    bool isEmpty() const { return !value && error.isEmpty(); }
    bool ok() const { return error.isEmpty(); }
};

class DecimalInput {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::DecimalInput)
public:
    // `text` in the field's unit (kg, cm); `scale` stored units per field
    // unit (1000 g per kg, 10 mm per cm); `maxDecimals` digits allowed after
    // the comma (3 for kg, 1 for cm). Spaces around are ignored. Refused,
    // with a message: letters and signs, "8,5,1", "8,5.1", more decimals than
    // the unit can store, absurdly long numbers.
    static ParsedQuantity parse(const QString& text, std::int32_t scale, int maxDecimals);

    // A stored value written back for editing, in the language's decimal
    // separator, with as many decimals as it needs (at least one, at most
    // `maxDecimals`): 8500 g -> "8,5", 8550 g -> "8,55", 752 mm -> "75,2".
    // What it writes, parse() reads back to the same value.
    static QString format(std::int32_t value, std::int32_t scale, int maxDecimals);
};

} // namespace tumbuh::ui
