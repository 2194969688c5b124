#pragma once
// What the posyandu-day form holds at this moment, parsed: the values the
// cadre typed (or the reason a field cannot be read yet).
#include "ui/posyanduday/decimalinput.h"

#include "growth/types.h"

#include <QString>

namespace tumbuh::ui {

struct MeasurementDraft {
    ParsedQuantity weight; // grams
    ParsedQuantity length; // millimetres, as measured
    growth::Measure position = growth::Measure::Unknown;
    ParsedQuantity head;   // millimetres
    ParsedQuantity arm;    // millimetres
    bool oedema = false;
    QString notes;

    bool readable() const { return weight.ok() && length.ok() && head.ok() && arm.ok(); }
    bool isEmpty() const
    {
        return weight.isEmpty() && length.isEmpty() && head.isEmpty() && arm.isEmpty() && !oedema
            && notes.trimmed().isEmpty();
    }
};

} // namespace tumbuh::ui
