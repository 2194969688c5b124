#pragma once
// A child and the child's visits as plain values: what the charts and the
// growth card are built from. The store's rows map onto these one to one
// (store::Child, store::Measurement); report does not depend on the database
// for them, so the card can be printed from any source of measurements.
#include "growth/types.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tumbuh::report {

struct ChildInfo {
    QString name;
    growth::Sex sex = growth::Sex::Female;
    QDate birthDate;
    QString posyandu;
};

// One visit's anthropometry, as entered; std::nullopt = not measured.
struct GrowthVisit {
    QDate date;
    std::optional<growth::Grams> weight;
    std::optional<growth::Millimetres> length; // lying length or standing height, see position
    growth::Measure position = growth::Measure::Unknown;
    std::optional<growth::Millimetres> headCircumference;
    std::optional<growth::Millimetres> armCircumference;
    bool oedema = false;
};

// Which language the Permenkes labels on the points use.
enum class LabelLanguage : std::uint8_t { Indonesian, English };

} // namespace tumbuh::report
