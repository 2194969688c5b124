#pragma once
// A text field for a measurement in kg or cm that takes "8,5" and "8.5"
// alike: the posyandu laptop's keyboard layout and the cadre's habit should
// not decide whether a value is read (landscape.md §3.5: the decimal comma
// broke the classification of a spreadsheet tool).
#include <QLineEdit>

#include <optional>

namespace tumbuh::ui {

class NumberField : public QLineEdit {
    Q_OBJECT
public:
    explicit NumberField(QWidget* parent = nullptr);

    // "8,5", "8.5", " 8 " -> 8.5 / 8; empty -> nothing; "8,5,1", "abc",
    // "1.234,5" -> nothing (a thousands separator is never meant in a
    // measurement, and guessing would hide a typing slip).
    static std::optional<double> parse(const QString& text);

    bool isBlank() const;                 // nothing typed
    std::optional<double> value() const;  // nothing when blank or unreadable
    bool isReadable() const { return isBlank() || value().has_value(); }

    // Shows the value with the language's decimal separator.
    void setValue(std::optional<double> v, int decimals);
};

} // namespace tumbuh::ui
