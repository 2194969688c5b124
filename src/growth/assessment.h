#pragma once
// One visit of one child, assessed the way the cadre and the nutritionist
// read it: WHO z-scores (2006 standards under 60 months, 2007 reference from
// 60 months, who-zscore-method.md §9 hand-over rule), Permenkes labels,
// N/T/O/B and 2T against the child's own history, BGM, and the checks a
// careful cadre makes before trusting a number ("ukur ulang?").
//
// Inputs are in the integer units the records use; this is the one place
// where records meet the engine, so every screen, list and report shows the
// same verdict for the same visit.
#include "growth/anthro.h"
#include "growth/anthroplus.h"
#include "growth/cadre.h"
#include "growth/permenkes.h"
#include "growth/types.h"

#include <chrono>
#include <optional>
#include <span>
#include <vector>

namespace tumbuh::growth {

struct ChildFacts {
    Sex sex = Sex::Male;
    std::chrono::year_month_day birthDate;
};

struct Visit {
    std::chrono::year_month_day date;
    std::optional<Grams> weight;
    std::optional<Millimetres> lengthHeight; // as measured, before any ±0.7 cm
    Measure measure = Measure::Unknown;
    std::optional<Millimetres> headCircumference;
    std::optional<Millimetres> armCircumference;
    bool oedema = false;
};

enum class Reference : std::uint8_t {
    Who2006, // 0 to < 60 months
    Who2007, // 60 months to 19 years
    None,    // visit before birth or after 19 years
};

// The indicators a screen shows, whichever reference computed them.
enum class Indicator : std::uint8_t {
    WeightForAge,          // BB/U
    LengthHeightForAge,    // PB/U or TB/U
    WeightForLengthHeight, // BB/PB or BB/TB (WHO 2006 only)
    BmiForAge,             // IMT/U
    HeadCircumferenceForAge,
    ArmCircumferenceForAge,
};
inline constexpr int kIndicatorCount = 6;

struct IndicatorResult {
    Indicator indicator = Indicator::WeightForAge;
    ZScore z;
    std::optional<NutritionCategory> category; // Permenkes 2/2020, where it has a table
    std::optional<PermenkesIndex> index;
};

enum class CheckKind : std::uint8_t {
    LengthDecreased,       // shorter than last time by more than 1 cm (amount: cm)
    WeightChangedALot,     // > 20 % change within about a month (amount: percent, signed)
    SameAsLastTime,        // weight and length exactly as last time
    StandingUnder24Months, // measured standing before 24 months: +0.7 cm used
    LyingFrom24Months,     // measured lying from 24 months: -0.7 cm used
    StandingUnder9Months,  // WHO ignores the position under 9 months (c9mo_flag)
    PositionMissing,       // a length/height without how it was measured
    ImplausibleZ,          // a WHO flag: check the measurement (indicator set)
    Oedema,                // weight-based z-scores are not computed
};

struct Check {
    CheckKind kind;
    double amount = 0.0;
    std::optional<Indicator> indicator; // for ImplausibleZ
};

struct Assessment {
    bool valid = false; // false: the visit is before birth
    int ageDays = 0;
    double ageMonths = 0.0;  // ageDays / 30.4375
    int completedMonths = 0; // "umur bulan penuh", as KBM and reports count
    Reference reference = Reference::None;
    std::optional<double> adjustedLengthCm; // after the ±0.7 cm rule
    double lengthAdjustmentCm = 0.0;        // +0.7, -0.7 or 0
    std::optional<double> bmi;              // kg/m², from the adjusted length (§3.5)

    IndicatorResult weightForAge;
    IndicatorResult lengthForAge;
    IndicatorResult weightForLength;
    IndicatorResult bmiForAge;
    IndicatorResult headForAge;
    IndicatorResult armForAge;

    std::optional<WeighingAssessment> weighing; // N/T/O/B when the visit has a weight
    bool twoT = false;
    bool bgm = false;         // BB/U below the red line
    bool aboveOrange = false; // BB/U above the orange line
    std::vector<Check> checks;

    const IndicatorResult& result(Indicator i) const;
    bool has(CheckKind k) const;
};

// `earlier` is the child's other visits in any order; only those dated before
// `visit` are used as its history.
Assessment assessVisit(const ChildFacts& child, const Visit& visit, std::span<const Visit> earlier,
                       const CadreSettings& settings = {});

// The measured values that an "ukur ulang?" check questions (issue 10): such
// a value yields no category, no N/T/2T, no BGM and no referral on any
// screen, only "measure again". Which checks count:
//   ImplausibleZ (a WHO flag) on BB/U -> the weight; on PB/U-TB/U -> the
//     length; on BB/PB-TB or IMT/U -> the weight and the length (the ratio
//     is impossible and the tool cannot tell which number is wrong); on
//     LiLA/U -> the arm; on LK/U -> the head;
//   LengthDecreased (shorter by more than 1 cm) -> the length;
//   WeightChangedALot (> 20 % within about a month) -> the weight.
// Not counted: SameAsLastTime (numbers that did not change may be true, and
// a T from them must still show), the position checks (the ±0.7 cm rule
// handles them), PositionMissing and Oedema.
// The z-scores and WHO flags themselves are unchanged.
struct QuestionedValues {
    bool weight = false;
    bool length = false;
    bool arm = false;
    bool head = false;
    bool any() const { return weight || length || arm || head; }
};
QuestionedValues questionedValues(const Assessment& a);

// Whether `i` rests on a questioned value (BB/PB-TB and IMT/U on either
// the weight or the length).
bool isQuestioned(const QuestionedValues& q, Indicator i);

// Whether the checks question a value the weighing (N/T/O/B, 2T) or BGM and
// the orange line rest on: the weight.
inline bool weighingQuestioned(const Assessment& a)
{
    return questionedValues(a).weight;
}

// The indices the Permenkes grades (tables A-E); head and arm
// circumference have no PMK category.
inline constexpr Indicator kPermenkesIndicators[] = {Indicator::WeightForAge, Indicator::LengthHeightForAge,
                                                     Indicator::WeightForLengthHeight, Indicator::BmiForAge};

// How worried to be about one visit, the one rule behind every status dot
// (the register, the child's header, the posyandu-day result): the worst
// Permenkes severity of BB/U, PB/U-TB/U, BB/PB-TB and IMT/U, raised by the
// cadre's referral triggers that no z-score band shows on its own:
//   oedema          -> Severe (a referral sign whatever the z-scores say);
//   2T or BGM       -> at least Moderate (indonesia-domain.md §2.3, §2.5:
//                      "apabila 2T, rujuk"; BGM is an early sign to confirm);
//   T               -> at least Attention (a referral trigger in the 2023
//                      Buku KIA, §2.3).
// Categories and triggers that rest on a value an "ukur ulang?" check
// questions (questionedValues) are left out.
// Nothing when there is nothing to grade: a visit before birth, or one
// without any graded index or trigger.
std::optional<Severity> worstSeverity(const Assessment& a);

// Whole days from birth to the visit (WHO Anthro's age when dates are known,
// who-zscore-method.md §2.7); negative when the visit is before birth.
int ageInDays(std::chrono::year_month_day birth, std::chrono::year_month_day on);

} // namespace tumbuh::growth
