#pragma once
#include "store/rowmeta.h"

#include "growth/types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tumbuh::store {

// One visit's anthropometry. std::nullopt = not measured.
struct Measurement {
    RowMeta meta;
    RowId childId = 0;
    RowId posyanduId = 0; // where it was taken; 0 = the child's posyandu at the time of saving
    QDate date;
    std::optional<growth::Grams> weight;
    std::optional<growth::Millimetres> length;           // length (lying) or height (standing)
    growth::Measure position = growth::Measure::Unknown; // required whenever length is given
    std::optional<growth::Millimetres> headCircumference;
    std::optional<growth::Millimetres> armCircumference; // MUAC / LiLA
    bool oedema = false;                                 // bilateral pitting oedema
    QString measuredBy;                                  // the kader's name as written on the form
    QString notes;
};

} // namespace tumbuh::store
