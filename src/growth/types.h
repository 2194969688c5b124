#pragma once
// Small value types shared by the whole growth engine.
//
// Stored data uses integer units (grams, millimetres, tenths of a millimetre,
// days) so that a weight cannot be passed where a length is expected; the
// engine converts to WHO's units (kg, cm, mm) only at its edge.
#include <compare>
#include <cstdint>
#include <optional>

namespace tumbuh::growth {

enum class Sex : std::uint8_t { Male = 1,
                                Female = 2 };

// How a length/height was taken (WHO `measure`: "l" lying, "h" standing).
enum class Measure : std::uint8_t { Unknown = 0,
                                    Lying = 1,
                                    Standing = 2 };

struct Grams {
    std::int32_t value = 0;
    constexpr double kg() const { return value / 1000.0; }
    auto operator<=>(const Grams&) const = default;
};

struct Millimetres {
    std::int32_t value = 0;
    constexpr double cm() const { return value / 10.0; }
    auto operator<=>(const Millimetres&) const = default;
};

// Skinfolds are recorded to 0.1 mm.
struct TenthMillimetres {
    std::int32_t value = 0;
    constexpr double mm() const { return value / 10.0; }
    auto operator<=>(const TenthMillimetres&) const = default;
};

struct Days {
    std::int32_t value = 0;
    auto operator<=>(const Days&) const = default;
};

// WHO's average month length (anthro: ANTHRO_DAYS_OF_MONTH).
inline constexpr double kDaysPerMonth = 30.4375;

} // namespace tumbuh::growth
