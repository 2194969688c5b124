#pragma once
// Plausible ranges: a value outside them is refused, with the range in the
// message. They are wide on purpose (the growth engine flags implausible
// z-scores separately); they catch typing slips such as grams for kilograms.
#include <cstdint>

namespace tumbuh::store::limits {

inline constexpr std::int32_t kWeightMinG = 500;   // 0.5 kg
inline constexpr std::int32_t kWeightMaxG = 60000; // 60 kg
inline constexpr std::int32_t kLengthMinMm = 350;  // 35 cm
inline constexpr std::int32_t kLengthMaxMm = 2000; // 200 cm
inline constexpr std::int32_t kMuacMinMm = 50;     // 5 cm
inline constexpr std::int32_t kMuacMaxMm = 350;    // 35 cm
// Head circumference: WHO's -3 SD at birth is about 30 cm and +3 SD at five
// years about 55 cm; 20-65 cm leaves room for very preterm babies and for
// older children and adolescents.
inline constexpr std::int32_t kHeadMinMm = 200; // 20 cm
inline constexpr std::int32_t kHeadMaxMm = 650; // 65 cm
// At birth: extremely preterm babies weigh from about 0.4 kg, the heaviest
// newborns about 6 kg; lengths from about 25 to 60 cm.
inline constexpr std::int32_t kBirthWeightMinG = 300;
inline constexpr std::int32_t kBirthWeightMaxG = 7000;
inline constexpr std::int32_t kBirthLengthMinMm = 200;
inline constexpr std::int32_t kBirthLengthMaxMm = 650;
// Growth references end at 19 years.
inline constexpr int kMaxAgeYears = 19;

} // namespace tumbuh::store::limits
