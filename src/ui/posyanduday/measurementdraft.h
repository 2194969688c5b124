#pragma once
// What the posyandu-day form holds at this moment, parsed: the values the
// cadre typed (or the reason a field cannot be read yet).
#include "ui/common/decimalinput.h"

#include "growth/assessment.h"
#include "growth/types.h"
#include "store/measurement.h"

#include <QDate>
#include <QString>

namespace tumbuh::ui {

struct MeasurementDraft {
    ParsedQuantity weight; // grams
    ParsedQuantity length; // millimetres, as measured
    growth::Measure position = growth::Measure::Unknown;
    ParsedQuantity head; // millimetres
    ParsedQuantity arm;  // millimetres
    bool oedema = false;
    QString notes;

    bool readable() const { return weight.ok() && length.ok() && head.ok() && arm.ok(); }
    bool isEmpty() const
    {
        return weight.isEmpty() && length.isEmpty() && head.isEmpty() && arm.isEmpty() && !oedema
            && notes.trimmed().isEmpty();
    }
    // Nothing that the engine can compute with yet.
    bool hasNoValues() const { return !weight.value && !length.value && !head.value && !arm.value && !oedema; }

    // The readable values as the engine's visit on `date`.
    growth::Visit visit(const QDate& date) const;
    // Puts the values into a measurement to be saved (the position only with
    // a length, as the store requires).
    void applyTo(store::Measurement& m) const;
};

} // namespace tumbuh::ui
