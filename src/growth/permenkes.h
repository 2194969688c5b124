#pragma once
// Nutritional status categories of Permenkes (PMK) No. 2 Tahun 2020 tentang
// Standar Antropometri Anak, tables A-E of indonesia-domain.md §1.3.
//
// Classification is done on the z-score rounded to 2 decimals (ZScore::z),
// not on the raw value: the PMK gives intervals but no rounding rule, WHO
// Anthro prints z to 2 decimals, and a child shown as "-2.00" must not be
// labelled as below -2 SD (indonesia-domain.md §1.3 "Boundary handling",
// who-zscore-method.md §11.7). The comparisons follow the PMK notation
// "-3 SD sd <-2 SD" = [-3, -2) literally:
//   negative cut-offs are strict "<", positive cut-offs are strict ">".
// A WHO implausibility flag (§7) does not stop classification: the PMK
// category is shown next to the "check measurement" mark, not hidden.
#include "growth/anthro.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace tumbuh::growth {

// The five PMK 2/2020 tables (indonesia-domain.md §1.2, §1.3).
enum class PermenkesIndex : std::uint8_t {
    WeightForAge,          // A. BB/U, 0-60 bulan
    LengthHeightForAge,    // B. PB/U atau TB/U, 0-60 bulan
    WeightForLengthHeight, // C. BB/PB atau BB/TB, 0-60 bulan
    BmiForAge0To60Months,  // D. IMT/U, 0-60 bulan (same categories as C)
    BmiForAge5To18Years,   // E. IMT/U, 5-18 tahun
};
inline constexpr int kPermenkesIndexCount = 5;

// One value per category of each table. Tables C and D share their values;
// table E has its own because its cut-offs differ ("Gizi lebih" is
// (+1, +2] in E but (+2, +3] in C, "Obesitas" > +2 in E but > +3 in C).
enum class NutritionCategory : std::uint8_t {
    // A. BB/U
    SeverelyUnderweight, // Berat badan sangat kurang, z < -3
    Underweight,         // Berat badan kurang, -3 <= z < -2
    NormalWeight,        // Berat badan normal, -2 <= z <= +1
    RiskOfOverweight,    // Risiko Berat badan lebih, z > +1
    // B. PB/U or TB/U
    SeverelyStunted, // Sangat pendek, z < -3
    Stunted,         // Pendek, -3 <= z < -2
    NormalHeight,    // Normal, -2 <= z <= +3
    Tall,            // Tinggi, z > +3
    // C. BB/PB or BB/TB, and D. IMT/U 0-60 bulan
    SeverelyWasted,           // Gizi buruk, z < -3
    Wasted,                   // Gizi kurang, -3 <= z < -2
    NormalNutrition,          // Gizi baik, -2 <= z <= +1
    PossibleRiskOfOverweight, // Berisiko gizi lebih, +1 < z <= +2
    Overweight,               // Gizi lebih, +2 < z <= +3
    Obese,                    // Obesitas, z > +3
    // E. IMT/U 5-18 tahun
    SevereThinness,  // Gizi buruk, z < -3
    Thinness,        // Gizi kurang, -3 <= z < -2
    NormalBmi5To18,  // Gizi baik, -2 <= z <= +1
    Overweight5To18, // Gizi lebih, +1 < z <= +2
    Obese5To18,      // Obesitas, z > +2
};
inline constexpr int kNutritionCategoryCount = 19;

// A colour class for the UI. The mapping is a project decision, not PMK text:
//   Normal    - the PMK "normal"/"baik" band;
//   Attention - "risk" bands that the PMK footnotes ask to confirm with another
//               index (Risiko Berat badan lebih, Berisiko gizi lebih) and
//               Tinggi (rarely a problem, footnote 2);
//   Moderate  - the -3..-2 bands and the first overweight band;
//   Severe    - below -3 SD and Obesitas.
enum class Severity : std::uint8_t { Normal,
                                     Attention,
                                     Moderate,
                                     Severe };

// Which side of the normal band a category lies on, so a UI can use a
// different hue for under- and over-nutrition.
enum class Deviation : std::uint8_t { Below,
                                      Within,
                                      Above };

// Classifies a z-score already rounded to 2 decimals (ZScore::z).
// Returns nothing for a non-finite z, so a NaN can never read as "normal".
std::optional<NutritionCategory> classify(PermenkesIndex index, double roundedZ);

// Classifies ZScore::z; nothing when the z-score could not be computed.
std::optional<NutritionCategory> classify(PermenkesIndex index, const ZScore& z);

// The categories of one table, from the lowest z band to the highest.
std::span<const NutritionCategory> categoriesOf(PermenkesIndex index);

// The table a category belongs to (C for the values shared by C and D).
PermenkesIndex indexOf(NutritionCategory category);

Severity severity(NutritionCategory category);
Deviation deviation(NutritionCategory category);

// Exact PMK 2/2020 wording, e.g. "Berat badan sangat kurang", "Gizi buruk".
std::string_view labelId(NutritionCategory category);
// English, following the PMK's own English glosses where it gives them
// (it writes "severely wasted"/"wasted" for BB/PB; "severe acute
// malnutrition" is a clinical diagnosis that also needs MUAC and oedema).
std::string_view labelEn(NutritionCategory category);

// Short index names: "BB/U", "PB/U atau TB/U", "BB/PB atau BB/TB",
// "IMT/U 0-60 bulan", "IMT/U 5-18 tahun"; and the English equivalents.
std::string_view labelId(PermenkesIndex index);
std::string_view labelEn(PermenkesIndex index);

// Derived programme terms used in reports (indonesia-domain.md §1.3,
// "Derived programme terms"), on the rounded z of the named index.
// NaN gives false; callers skip z-scores that could not be computed.
constexpr bool isUnderweight(double roundedZWeightForAge) { return roundedZWeightForAge < -2.0; }
constexpr bool isStunted(double roundedZLengthForAge) { return roundedZLengthForAge < -2.0; }
constexpr bool isWasted(double roundedZWeightForLength) { return roundedZWeightForLength < -2.0; }
constexpr bool isOverweight(double roundedZWeightForLength) { return roundedZWeightForLength > 2.0; }

} // namespace tumbuh::growth
