#pragma once
// The coloured dot of the register and the tint of a result: the worst
// Permenkes severity of a visit (growth::severity), in the KMS colours a
// cadre already knows (green, yellow, red) with orange between them.
#include "growth/assessment.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tumbuh::ui {

enum class Marker : std::uint8_t {
    None,      // never measured: a hollow grey dot
    Normal,    // every index in the PMK normal band
    Attention, // a "risk" band or Tinggi: watch, confirm with another index
    Moderate,  // -3..-2 SD, or the first overweight band
    Severe,    // below -3 SD, Obesitas, or oedema
};
inline constexpr int kMarkerCount = 5;

class StatusMarker {
    Q_DECLARE_TR_FUNCTIONS(StatusMarker)
public:
    // The worst severity over BB/U, PB/U-TB/U, BB/PB-TB and IMT/U; oedema
    // counts as severe (a referral sign whatever the z-scores say).
    static Marker of(const growth::Assessment& a);
    static Marker ofCategory(growth::NutritionCategory c);

    static QColor color(Marker m);
    static QColor tint(Marker m); // pale background for a table cell
    static QIcon icon(Marker m);  // the dot, cached
    static QString word(Marker m);

    // Why: one line per index that is not normal ("BB/U: Berat badan kurang
    // (−2,31)"), then oedema and the WHO flags; "All indices normal" otherwise.
    static QStringList reasons(const growth::Assessment& a);
};

} // namespace tumbuh::ui
