// PMK 2/2020 categories: indonesia-domain.md §1.3 tables A-E, written out
// by hand from the doc's interval column at every cut-off and beside it.
#include "growth/permenkes.h"
#include "growth/rounding.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace tumbuh::growth;
using C = NutritionCategory;
using I = PermenkesIndex;

namespace {

struct Point {
    double z;
    C expected;
};

void checkPoints(I index, const std::vector<Point>& points)
{
    for (const Point& p : points) {
        const auto got = classify(index, p.z);
        BOOST_TEST_CONTEXT("index " << labelEn(index) << ", z = " << p.z)
        {
            BOOST_TEST_REQUIRE(got.has_value());
            BOOST_TEST(std::string(labelEn(*got)) == std::string(labelEn(p.expected)));
            BOOST_TEST((*got == p.expected));
        }
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(permenkes)

BOOST_AUTO_TEST_CASE(table_a_weight_for_age)
{
    checkPoints(I::WeightForAge, {
                                     {-3.01, C::SeverelyUnderweight},
                                     {-3.00, C::Underweight},
                                     {-2.99, C::Underweight},
                                     {-2.01, C::Underweight},
                                     {-2.00, C::NormalWeight},
                                     {-1.99, C::NormalWeight},
                                     {0.99, C::NormalWeight},
                                     {1.00, C::NormalWeight},
                                     {1.01, C::RiskOfOverweight},
                                     {1.99, C::RiskOfOverweight},
                                     {2.00, C::RiskOfOverweight},
                                     {2.01, C::RiskOfOverweight},
                                     {2.99, C::RiskOfOverweight},
                                     {3.00, C::RiskOfOverweight},
                                     {3.01, C::RiskOfOverweight},
                                     {-7.5, C::SeverelyUnderweight},
                                     {0.0, C::NormalWeight},
                                     {6.0, C::RiskOfOverweight},
                                 });
}

BOOST_AUTO_TEST_CASE(table_b_length_height_for_age)
{
    checkPoints(I::LengthHeightForAge, {
                                           {-3.01, C::SeverelyStunted},
                                           {-3.00, C::Stunted},
                                           {-2.99, C::Stunted},
                                           {-2.01, C::Stunted},
                                           {-2.00, C::NormalHeight},
                                           {-1.99, C::NormalHeight},
                                           {0.99, C::NormalHeight},
                                           {1.00, C::NormalHeight},
                                           {1.01, C::NormalHeight},
                                           {1.99, C::NormalHeight},
                                           {2.00, C::NormalHeight},
                                           {2.01, C::NormalHeight},
                                           {2.99, C::NormalHeight},
                                           {3.00, C::NormalHeight},
                                           {3.01, C::Tall},
                                           {-6.0, C::SeverelyStunted},
                                           {6.0, C::Tall},
                                       });
}

const std::vector<Point> kTableCandD = {
    {-3.01, C::SeverelyWasted},
    {-3.00, C::Wasted},
    {-2.99, C::Wasted},
    {-2.01, C::Wasted},
    {-2.00, C::NormalNutrition},
    {-1.99, C::NormalNutrition},
    {0.99, C::NormalNutrition},
    {1.00, C::NormalNutrition},
    {1.01, C::PossibleRiskOfOverweight},
    {1.99, C::PossibleRiskOfOverweight},
    {2.00, C::PossibleRiskOfOverweight},
    {2.01, C::Overweight},
    {2.99, C::Overweight},
    {3.00, C::Overweight},
    {3.01, C::Obese},
    {-5.0, C::SeverelyWasted},
    {5.0, C::Obese},
};

BOOST_AUTO_TEST_CASE(table_c_weight_for_length_height)
{
    checkPoints(I::WeightForLengthHeight, kTableCandD);
}

BOOST_AUTO_TEST_CASE(table_d_bmi_0_to_60_months)
{
    checkPoints(I::BmiForAge0To60Months, kTableCandD);
}

BOOST_AUTO_TEST_CASE(table_e_bmi_5_to_18_years)
{
    checkPoints(I::BmiForAge5To18Years, {
                                            {-3.01, C::SevereThinness},
                                            {-3.00, C::Thinness},
                                            {-2.99, C::Thinness},
                                            {-2.01, C::Thinness},
                                            {-2.00, C::NormalBmi5To18},
                                            {-1.99, C::NormalBmi5To18},
                                            {0.99, C::NormalBmi5To18},
                                            {1.00, C::NormalBmi5To18},
                                            {1.01, C::Overweight5To18},
                                            {1.99, C::Overweight5To18},
                                            {2.00, C::Overweight5To18},
                                            {2.01, C::Obese5To18},
                                            {2.99, C::Obese5To18},
                                            {3.00, C::Obese5To18},
                                            {3.01, C::Obese5To18},
                                            {-5.0, C::SevereThinness},
                                            {5.0, C::Obese5To18},
                                        });
}

BOOST_AUTO_TEST_CASE(non_finite_z_is_never_classified)
{
    for (int i = 0; i < kPermenkesIndexCount; ++i) {
        const auto index = static_cast<I>(i);
        BOOST_TEST(!classify(index, std::numeric_limits<double>::quiet_NaN()).has_value());
        BOOST_TEST(!classify(index, std::numeric_limits<double>::infinity()).has_value());
        BOOST_TEST(!classify(index, -std::numeric_limits<double>::infinity()).has_value());
    }
}

BOOST_AUTO_TEST_CASE(classification_uses_the_rounded_z)
{
    // §1.3 "Boundary handling": -2.004 is shown as -2.00 and is normal.
    ZScore z;
    z.why = NoScore::None;
    z.raw = -2.004;
    z.z = roundZ(z.raw);
    BOOST_TEST((classify(I::LengthHeightForAge, z) == C::NormalHeight));
    z.raw = -2.006;
    z.z = roundZ(z.raw);
    BOOST_TEST((classify(I::LengthHeightForAge, z) == C::Stunted));
    z.raw = 1.004;
    z.z = roundZ(z.raw);
    BOOST_TEST((classify(I::WeightForAge, z) == C::NormalWeight));

    // A z-score that could not be computed has no category, whatever its fields hold.
    z.why = NoScore::Oedema;
    z.z = -4.0;
    BOOST_TEST(!classify(I::WeightForAge, z).has_value());
    // A flagged z is still classified (flags mark, they do not hide; §1.4).
    z.why = NoScore::None;
    z.flagged = true;
    z.z = -6.5;
    BOOST_TEST((classify(I::WeightForAge, z) == C::SeverelyUnderweight));
}

BOOST_AUTO_TEST_CASE(official_indonesian_labels)
{
    // Exact wording of indonesia-domain.md §1.3, column "Kategori".
    const std::vector<std::pair<C, std::string>> expected = {
        {C::SeverelyUnderweight, "Berat badan sangat kurang"},
        {C::Underweight, "Berat badan kurang"},
        {C::NormalWeight, "Berat badan normal"},
        {C::RiskOfOverweight, "Risiko Berat badan lebih"},
        {C::SeverelyStunted, "Sangat pendek"},
        {C::Stunted, "Pendek"},
        {C::NormalHeight, "Normal"},
        {C::Tall, "Tinggi"},
        {C::SeverelyWasted, "Gizi buruk"},
        {C::Wasted, "Gizi kurang"},
        {C::NormalNutrition, "Gizi baik"},
        {C::PossibleRiskOfOverweight, "Berisiko gizi lebih"},
        {C::Overweight, "Gizi lebih"},
        {C::Obese, "Obesitas"},
        {C::SevereThinness, "Gizi buruk"},
        {C::Thinness, "Gizi kurang"},
        {C::NormalBmi5To18, "Gizi baik"},
        {C::Overweight5To18, "Gizi lebih"},
        {C::Obese5To18, "Obesitas"},
    };
    BOOST_TEST(expected.size() == static_cast<std::size_t>(kNutritionCategoryCount));
    for (const auto& [c, id] : expected)
        BOOST_TEST(std::string(labelId(c)) == id);
}

BOOST_AUTO_TEST_CASE(english_labels)
{
    const std::vector<std::pair<C, std::string>> expected = {
        {C::SeverelyUnderweight, "Severely underweight"},
        {C::Underweight, "Underweight"},
        {C::NormalWeight, "Normal weight"},
        {C::RiskOfOverweight, "Risk of overweight"},
        {C::SeverelyStunted, "Severely stunted"},
        {C::Stunted, "Stunted"},
        {C::NormalHeight, "Normal"},
        {C::Tall, "Tall"},
        {C::SeverelyWasted, "Severely wasted"},
        {C::Wasted, "Wasted"},
        {C::NormalNutrition, "Normal"},
        {C::PossibleRiskOfOverweight, "Possible risk of overweight"},
        {C::Overweight, "Overweight"},
        {C::Obese, "Obese"},
        {C::SevereThinness, "Severe thinness"},
        {C::Thinness, "Thinness"},
        {C::NormalBmi5To18, "Normal"},
        {C::Overweight5To18, "Overweight"},
        {C::Obese5To18, "Obese"},
    };
    BOOST_TEST(expected.size() == static_cast<std::size_t>(kNutritionCategoryCount));
    for (const auto& [c, en] : expected)
        BOOST_TEST(std::string(labelEn(c)) == en);
}

BOOST_AUTO_TEST_CASE(index_labels)
{
    BOOST_TEST(std::string(labelId(I::WeightForAge)) == "BB/U");
    BOOST_TEST(std::string(labelId(I::LengthHeightForAge)) == "PB/U atau TB/U");
    BOOST_TEST(std::string(labelId(I::WeightForLengthHeight)) == "BB/PB atau BB/TB");
    BOOST_TEST(std::string(labelId(I::BmiForAge0To60Months)) == "IMT/U 0-60 bulan");
    BOOST_TEST(std::string(labelId(I::BmiForAge5To18Years)) == "IMT/U 5-18 tahun");
    std::set<std::string> en;
    for (int i = 0; i < kPermenkesIndexCount; ++i)
        en.insert(std::string(labelEn(static_cast<I>(i))));
    BOOST_TEST(en.size() == static_cast<std::size_t>(kPermenkesIndexCount));
    BOOST_TEST(!en.contains(""));
}

BOOST_AUTO_TEST_CASE(severity_and_deviation)
{
    using S = Severity;
    using D = Deviation;
    const std::vector<std::tuple<C, S, D>> expected = {
        {C::SeverelyUnderweight, S::Severe, D::Below},
        {C::Underweight, S::Moderate, D::Below},
        {C::NormalWeight, S::Normal, D::Within},
        {C::RiskOfOverweight, S::Attention, D::Above},
        {C::SeverelyStunted, S::Severe, D::Below},
        {C::Stunted, S::Moderate, D::Below},
        {C::NormalHeight, S::Normal, D::Within},
        {C::Tall, S::Attention, D::Above},
        {C::SeverelyWasted, S::Severe, D::Below},
        {C::Wasted, S::Moderate, D::Below},
        {C::NormalNutrition, S::Normal, D::Within},
        {C::PossibleRiskOfOverweight, S::Attention, D::Above},
        {C::Overweight, S::Moderate, D::Above},
        {C::Obese, S::Severe, D::Above},
        {C::SevereThinness, S::Severe, D::Below},
        {C::Thinness, S::Moderate, D::Below},
        {C::NormalBmi5To18, S::Normal, D::Within},
        {C::Overweight5To18, S::Moderate, D::Above},
        {C::Obese5To18, S::Severe, D::Above},
    };
    for (const auto& [c, s, d] : expected) {
        BOOST_TEST_CONTEXT(labelEn(c))
        {
            BOOST_TEST((severity(c) == s));
            BOOST_TEST((deviation(c) == d));
        }
    }
}

BOOST_AUTO_TEST_CASE(categories_of_each_table_in_z_order)
{
    // Walking z upwards in 0.01 steps must visit each table's categories in
    // the listed order, each one, and nothing else.
    for (int i = 0; i < kPermenkesIndexCount; ++i) {
        const auto index = static_cast<I>(i);
        const auto cats = categoriesOf(index);
        std::vector<C> seen;
        for (int k = -800; k <= 800; ++k) {
            const C c = *classify(index, k / 100.0);
            if (seen.empty() || seen.back() != c)
                seen.push_back(c);
        }
        BOOST_TEST_CONTEXT(labelEn(index))
        {
            BOOST_TEST_REQUIRE(seen.size() == cats.size());
            for (std::size_t k = 0; k < cats.size(); ++k) {
                BOOST_TEST((seen[k] == cats[k]));
                const I owner = indexOf(cats[k]);
                const I expectedOwner = index == I::BmiForAge0To60Months ? I::WeightForLengthHeight : index;
                BOOST_TEST((owner == expectedOwner));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(programme_terms_at_their_cut_offs)
{
    BOOST_TEST(!isStunted(-2.00));
    BOOST_TEST(isStunted(-2.01));
    BOOST_TEST(isStunted(-4.0));
    BOOST_TEST(!isWasted(-2.00));
    BOOST_TEST(isWasted(-2.01));
    BOOST_TEST(!isUnderweight(-2.00));
    BOOST_TEST(isUnderweight(-2.01));
    BOOST_TEST(!isOverweight(2.00));
    BOOST_TEST(isOverweight(2.01));
    BOOST_TEST(!isOverweight(1.5));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_TEST(!isStunted(nan));
    BOOST_TEST(!isWasted(nan));
    BOOST_TEST(!isUnderweight(nan));
    BOOST_TEST(!isOverweight(nan));
}

BOOST_AUTO_TEST_CASE(programme_terms_agree_with_the_categories)
{
    // §1.3: stunting = pendek + sangat pendek, wasting = gizi kurang + gizi
    // buruk, underweight = BB kurang + sangat kurang, overweight = gizi lebih + obesitas.
    for (int k = -700; k <= 700; ++k) {
        const double z = k / 100.0;
        const C len = *classify(I::LengthHeightForAge, z);
        const C wfl = *classify(I::WeightForLengthHeight, z);
        const C wei = *classify(I::WeightForAge, z);
        BOOST_TEST_CONTEXT("z = " << z)
        {
            BOOST_TEST(isStunted(z) == (len == C::Stunted || len == C::SeverelyStunted));
            BOOST_TEST(isWasted(z) == (wfl == C::Wasted || wfl == C::SeverelyWasted));
            BOOST_TEST(isUnderweight(z) == (wei == C::Underweight || wei == C::SeverelyUnderweight));
            BOOST_TEST(isOverweight(z) == (wfl == C::Overweight || wfl == C::Obese));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
