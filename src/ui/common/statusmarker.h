#pragma once
// The coloured dot of a visit (the register, the child's header, the
// posyandu-day result) and the tint of a result: growth::worstSeverity (the
// worst Permenkes severity raised by the referral triggers T, 2T, BGM and
// oedema), in the KMS colours a cadre already knows (green, yellow, red)
// with orange between them.
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
    Attention, // a "risk" band or Tinggi, or T: watch, confirm with another index
    Moderate,  // -3..-2 SD, the first overweight band, 2T or BGM
    Severe,    // below -3 SD, Obesitas, or oedema
};
inline constexpr int kMarkerCount = 5;

class StatusMarker {
    Q_DECLARE_TR_FUNCTIONS(StatusMarker)
public:
    // growth::worstSeverity of the visit; None when there is nothing to
    // grade. The T/2T triggers count only when the assessment was made with
    // the child's earlier weighings.
    static Marker of(const growth::Assessment& a);
    static Marker ofCategory(growth::NutritionCategory c);

    static QColor color(Marker m);
    static QColor tint(Marker m); // pale background for a table cell
    static QIcon icon(Marker m);  // the dot, cached
    static QString word(Marker m);
    // The dot and its word as rich text, for a legend or a heading.
    static QString html(Marker m);

    // Why: the referral triggers ("2T: dua kali berturut-turut berat badan
    // tidak naik", BGM, oedema: DisplayText::triggers), one line per index
    // that is not normal ("BB/U: Berat badan kurang (−2,31)"), then the WHO
    // flags; "All indices normal" otherwise.
    static QStringList reasons(const growth::Assessment& a);
};

} // namespace tumbuh::ui
