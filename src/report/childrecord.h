#pragma once
// A child as plain values: what the charts and the growth card are built
// from, with the child's visits as the growth engine's own growth::Visit
// (growth/assessment.h). The store's rows map onto these one to one
// (store::Child, store::Measurement); report does not depend on the database
// for them, so the card can be printed from any source of measurements.
#include "growth/types.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace tumbuh::report {

struct ChildInfo {
    QString name;
    growth::Sex sex = growth::Sex::Female;
    QDate birthDate;
    QString posyandu;
};

// Which language the Permenkes labels on the points use.
enum class LabelLanguage : std::uint8_t { Indonesian,
                                          English };

} // namespace tumbuh::report
