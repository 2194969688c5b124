#include "growth/permenkes.h"

#include <array>
#include <cmath>

namespace tumbuh::growth {
namespace {

using C = NutritionCategory;

constexpr std::array<C, 4> kWeightForAge = {C::SeverelyUnderweight, C::Underweight, C::NormalWeight,
                                            C::RiskOfOverweight};
constexpr std::array<C, 4> kLengthForAge = {C::SeverelyStunted, C::Stunted, C::NormalHeight, C::Tall};
constexpr std::array<C, 6> kWeightForLength = {C::SeverelyWasted, C::Wasted, C::NormalNutrition,
                                               C::PossibleRiskOfOverweight, C::Overweight, C::Obese};
constexpr std::array<C, 5> kBmi5To18 = {C::SevereThinness, C::Thinness, C::NormalBmi5To18,
                                        C::Overweight5To18, C::Obese5To18};

struct CategoryInfo {
    std::string_view id;
    std::string_view en;
    Severity severity;
    Deviation deviation;
    PermenkesIndex index;
};

// Labels: indonesia-domain.md §1.3 tables A-E, "Kategori (exact PMK wording)".
const CategoryInfo& info(C c)
{
    using S = Severity;
    using D = Deviation;
    using I = PermenkesIndex;
    static constexpr std::array<CategoryInfo, kNutritionCategoryCount> all = {{
        {"Berat badan sangat kurang", "Severely underweight", S::Severe, D::Below, I::WeightForAge},
        {"Berat badan kurang", "Underweight", S::Moderate, D::Below, I::WeightForAge},
        {"Berat badan normal", "Normal weight", S::Normal, D::Within, I::WeightForAge},
        {"Risiko Berat badan lebih", "Risk of overweight", S::Attention, D::Above, I::WeightForAge},

        {"Sangat pendek", "Severely stunted", S::Severe, D::Below, I::LengthHeightForAge},
        {"Pendek", "Stunted", S::Moderate, D::Below, I::LengthHeightForAge},
        {"Normal", "Normal", S::Normal, D::Within, I::LengthHeightForAge},
        {"Tinggi", "Tall", S::Attention, D::Above, I::LengthHeightForAge},

        {"Gizi buruk", "Severely wasted", S::Severe, D::Below, I::WeightForLengthHeight},
        {"Gizi kurang", "Wasted", S::Moderate, D::Below, I::WeightForLengthHeight},
        {"Gizi baik", "Normal", S::Normal, D::Within, I::WeightForLengthHeight},
        {"Berisiko gizi lebih", "Possible risk of overweight", S::Attention, D::Above,
         I::WeightForLengthHeight},
        {"Gizi lebih", "Overweight", S::Moderate, D::Above, I::WeightForLengthHeight},
        {"Obesitas", "Obese", S::Severe, D::Above, I::WeightForLengthHeight},

        {"Gizi buruk", "Severe thinness", S::Severe, D::Below, I::BmiForAge5To18Years},
        {"Gizi kurang", "Thinness", S::Moderate, D::Below, I::BmiForAge5To18Years},
        {"Gizi baik", "Normal", S::Normal, D::Within, I::BmiForAge5To18Years},
        {"Gizi lebih", "Overweight", S::Moderate, D::Above, I::BmiForAge5To18Years},
        {"Obesitas", "Obese", S::Severe, D::Above, I::BmiForAge5To18Years},
    }};
    return all[static_cast<std::size_t>(c)];
}

} // namespace

std::optional<NutritionCategory> classify(PermenkesIndex index, double z)
{
    if (!std::isfinite(z))
        return std::nullopt;
    // Each branch is one table of §1.3, read top to bottom; "sd" (sampai
    // dengan) is inclusive, so the lower bound of each band is ">=".
    switch (index) {
    case PermenkesIndex::WeightForAge: // A
        if (z < -3.0) return C::SeverelyUnderweight;
        if (z < -2.0) return C::Underweight;
        if (z <= 1.0) return C::NormalWeight;
        return C::RiskOfOverweight;
    case PermenkesIndex::LengthHeightForAge: // B
        if (z < -3.0) return C::SeverelyStunted;
        if (z < -2.0) return C::Stunted;
        if (z <= 3.0) return C::NormalHeight;
        return C::Tall;
    case PermenkesIndex::WeightForLengthHeight: // C
    case PermenkesIndex::BmiForAge0To60Months:  // D: "identical categories and cut-offs to C"
        if (z < -3.0) return C::SeverelyWasted;
        if (z < -2.0) return C::Wasted;
        if (z <= 1.0) return C::NormalNutrition;
        if (z <= 2.0) return C::PossibleRiskOfOverweight;
        if (z <= 3.0) return C::Overweight;
        return C::Obese;
    case PermenkesIndex::BmiForAge5To18Years: // E
        if (z < -3.0) return C::SevereThinness;
        if (z < -2.0) return C::Thinness;
        if (z <= 1.0) return C::NormalBmi5To18;
        if (z <= 2.0) return C::Overweight5To18;
        return C::Obese5To18;
    }
    return std::nullopt;
}

std::optional<NutritionCategory> classify(PermenkesIndex index, const ZScore& z)
{
    if (!z.ok())
        return std::nullopt;
    return classify(index, z.z);
}

std::span<const NutritionCategory> categoriesOf(PermenkesIndex index)
{
    switch (index) {
    case PermenkesIndex::WeightForAge: return kWeightForAge;
    case PermenkesIndex::LengthHeightForAge: return kLengthForAge;
    case PermenkesIndex::WeightForLengthHeight:
    case PermenkesIndex::BmiForAge0To60Months: return kWeightForLength;
    case PermenkesIndex::BmiForAge5To18Years: return kBmi5To18;
    }
    return {};
}

PermenkesIndex indexOf(NutritionCategory category) { return info(category).index; }
Severity severity(NutritionCategory category) { return info(category).severity; }
Deviation deviation(NutritionCategory category) { return info(category).deviation; }
std::string_view labelId(NutritionCategory category) { return info(category).id; }
std::string_view labelEn(NutritionCategory category) { return info(category).en; }

std::string_view labelId(PermenkesIndex index)
{
    switch (index) {
    case PermenkesIndex::WeightForAge: return "BB/U";
    case PermenkesIndex::LengthHeightForAge: return "PB/U atau TB/U";
    case PermenkesIndex::WeightForLengthHeight: return "BB/PB atau BB/TB";
    case PermenkesIndex::BmiForAge0To60Months: return "IMT/U 0-60 bulan";
    case PermenkesIndex::BmiForAge5To18Years: return "IMT/U 5-18 tahun";
    }
    return {};
}

std::string_view labelEn(PermenkesIndex index)
{
    switch (index) {
    case PermenkesIndex::WeightForAge: return "Weight-for-age";
    case PermenkesIndex::LengthHeightForAge: return "Length/height-for-age";
    case PermenkesIndex::WeightForLengthHeight: return "Weight-for-length/height";
    case PermenkesIndex::BmiForAge0To60Months: return "BMI-for-age 0-60 months";
    case PermenkesIndex::BmiForAge5To18Years: return "BMI-for-age 5-18 years";
    }
    return {};
}

} // namespace tumbuh::growth
