// The visit assessment that every screen shares: the right reference for the
// age, the Permenkes label on the rounded z, N/T/O/B from the history, and
// the checks that ask the cadre to measure again.
#include "growth/assessment.h"
#include "print.h"

#include <boost/test/unit_test.hpp>

using namespace tumbuh::growth;
using namespace std::chrono;

namespace {

constexpr year_month_day ymd(int y, unsigned m, unsigned d)
{
    return year_month_day{year{y}, month{m}, day{d}};
}

Visit visit(year_month_day date, int grams, int mm = 0, Measure m = Measure::Lying)
{
    Visit v;
    v.date = date;
    v.weight = Grams{grams};
    if (mm > 0) {
        v.lengthHeight = Millimetres{mm};
        v.measure = m;
    }
    return v;
}

const ChildFacts kGirl{Sex::Female, ymd(2024, 1, 15)};

} // namespace

BOOST_AUTO_TEST_CASE(scores_equal_the_engine_given_age_in_days)
{
    const Visit v = visit(ymd(2025, 3, 20), 8900, 760);
    const Assessment a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.valid);
    BOOST_TEST(a.reference == Reference::Who2006);
    BOOST_TEST(a.ageDays == 430); // 2024-01-15 .. 2025-03-20 (2024 is a leap year)
    BOOST_TEST(a.completedMonths == 14);

    AnthroInput in;
    in.sex = Sex::Female;
    in.age = 430;
    in.weightKg = 8.9;
    in.lenheiCm = 76.0;
    in.measure = Measure::Lying;
    const AnthroResult r = computeAnthro(in);
    BOOST_TEST(a.weightForAge.z.z == r.zwei.z);
    BOOST_TEST(a.lengthForAge.z.z == r.zlen.z);
    BOOST_TEST(a.weightForLength.z.z == r.zwfl.z);
    BOOST_TEST(a.bmiForAge.z.z == r.zbmi.z);
    BOOST_TEST(*a.bmi == *r.cbmi);
    BOOST_TEST(a.weightForAge.category == classify(PermenkesIndex::WeightForAge, r.zwei));
    BOOST_TEST(!a.headForAge.z.ok());
    BOOST_TEST(a.weighing.has_value());
    BOOST_TEST((a.weighing->status == WeighingStatus::B));
}

BOOST_AUTO_TEST_CASE(naik_with_the_gain_and_kbm)
{
    const Visit prev = visit(ymd(2025, 2, 18), 8600, 750);
    const Visit now = visit(ymd(2025, 3, 20), 8900, 760);
    const Visit history[] = {prev};
    const Assessment a = assessVisit(kGirl, now, history);
    BOOST_TEST((a.weighing->status == WeighingStatus::N));
    BOOST_TEST(a.weighing->gain->value == 300);
    BOOST_TEST(a.weighing->kbm->value == 200); // 14 months: 200 g (indonesia-domain.md §2.2)
    BOOST_TEST(a.checks.empty());
}

BOOST_AUTO_TEST_CASE(two_t_over_three_visits)
{
    const Visit v1 = visit(ymd(2024, 12, 16), 8500);
    const Visit v2 = visit(ymd(2025, 1, 16), 8550); // +50 g < 200 g: T
    const Visit v3 = visit(ymd(2025, 2, 17), 8500); // a loss: T, after a T: 2T
    const Visit history[] = {v2, v1};               // any order
    const Assessment a = assessVisit(kGirl, v3, history);
    BOOST_TEST((a.weighing->status == WeighingStatus::T));
    BOOST_TEST(a.twoT);
    // A later visit in the history is not used for an earlier one.
    const Visit all[] = {v1, v3};
    const Assessment b = assessVisit(kGirl, v2, all);
    BOOST_TEST((b.weighing->status == WeighingStatus::T));
    BOOST_TEST(!b.twoT);
}

BOOST_AUTO_TEST_CASE(position_rules_are_reported)
{
    // 18 months, standing: +0.7 cm.
    Visit v = visit(ymd(2025, 7, 20), 10000, 800, Measure::Standing);
    Assessment a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.has(CheckKind::StandingUnder24Months));
    BOOST_TEST(a.lengthAdjustmentCm == 0.7);
    BOOST_TEST(*a.adjustedLengthCm == 80.0 + 0.7);

    // 30 months, lying: -0.7 cm.
    v = visit(ymd(2026, 7, 20), 12500, 900, Measure::Lying);
    a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.has(CheckKind::LyingFrom24Months));
    BOOST_TEST(a.lengthAdjustmentCm == -0.7);

    // 6 months, standing: WHO ignores the position.
    v = visit(ymd(2024, 7, 20), 7000, 650, Measure::Standing);
    a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.has(CheckKind::StandingUnder9Months));
    BOOST_TEST(a.lengthAdjustmentCm == 0.0);

    // No position given.
    v = visit(ymd(2024, 7, 20), 7000, 650, Measure::Unknown);
    a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.has(CheckKind::PositionMissing));
}

BOOST_AUTO_TEST_CASE(history_checks)
{
    const Visit prev = visit(ymd(2025, 2, 18), 8600, 760);
    // 1.5 cm shorter than last month.
    Visit now = visit(ymd(2025, 3, 20), 8800, 745);
    const Visit history[] = {prev};
    Assessment a = assessVisit(kGirl, now, history);
    BOOST_TEST(a.has(CheckKind::LengthDecreased));
    BOOST_TEST(a.checks.front().amount == 1.5, boost::test_tools::tolerance(1e-9));
    // Exactly 1 cm shorter is within measuring error.
    now.lengthHeight = Millimetres{750};
    a = assessVisit(kGirl, now, history);
    BOOST_TEST(!a.has(CheckKind::LengthDecreased));
    // +25 % in a month.
    now = visit(ymd(2025, 3, 20), 10750, 765);
    a = assessVisit(kGirl, now, history);
    BOOST_TEST(a.has(CheckKind::WeightChangedALot));
    // Exactly the same as last month.
    now = visit(ymd(2025, 3, 20), 8600, 760);
    a = assessVisit(kGirl, now, history);
    BOOST_TEST(a.has(CheckKind::SameAsLastTime));
    BOOST_TEST((a.weighing->status == WeighingStatus::T));
}

BOOST_AUTO_TEST_CASE(bgm_oedema_and_flags)
{
    // Very light for 14 months: below -3 SD weight-for-age.
    Visit v = visit(ymd(2025, 3, 20), 5800, 700);
    Assessment a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.weightForAge.z.z < -3.0);
    BOOST_TEST(a.bgm);
    BOOST_TEST((a.weightForAge.category == NutritionCategory::SeverelyUnderweight));

    v.oedema = true;
    a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.has(CheckKind::Oedema));
    BOOST_TEST(a.weightForAge.z.why == NoScore::Oedema);
    BOOST_TEST(!a.bgm);
    BOOST_TEST(a.lengthForAge.z.ok());

    // A typo: 89 kg instead of 8.9 kg.
    v = visit(ymd(2025, 3, 20), 89000, 760);
    a = assessVisit(kGirl, v, {});
    BOOST_TEST(a.has(CheckKind::ImplausibleZ));
}

BOOST_AUTO_TEST_CASE(who_2007_from_60_months)
{
    const ChildFacts boy{Sex::Male, ymd(2019, 6, 1)};
    const Visit v = visit(ymd(2025, 6, 2), 20000, 1150, Measure::Standing); // 6 years
    const Assessment a = assessVisit(boy, v, {});
    BOOST_TEST(a.reference == Reference::Who2007);
    AnthroPlusInput in;
    in.sex = Sex::Male;
    in.ageMonths = a.ageDays / kDaysPerMonth;
    in.heightCm = 115.0;
    in.weightKg = 20.0;
    const auto r = computeAnthroPlus(in);
    BOOST_TEST(a.lengthForAge.z.z == r.zhfa.z);
    BOOST_TEST(a.bmiForAge.z.z == r.zbfa.z);
    BOOST_TEST(a.bmiForAge.index == PermenkesIndex::BmiForAge5To18Years);
    BOOST_TEST(!a.lengthForAge.category.has_value());
    BOOST_TEST(!a.weightForLength.z.ok());
}

BOOST_AUTO_TEST_CASE(visit_before_birth_is_not_assessed)
{
    const Visit v = visit(ymd(2023, 12, 1), 3000);
    const Assessment a = assessVisit(kGirl, v, {});
    BOOST_TEST(!a.valid);
    BOOST_TEST(a.reference == Reference::None);
    BOOST_TEST(!a.weightForAge.z.ok());
}

BOOST_AUTO_TEST_CASE(worst_severity_counts_the_referral_triggers)
{
    // Every index normal, weight gained: Normal.
    const Visit v1 = visit(ymd(2024, 12, 16), 8500);
    const Visit v2 = visit(ymd(2025, 1, 16), 8550); // +50 g < KBM: T
    const Visit v3 = visit(ymd(2025, 2, 17), 8500); // T after T: 2T
    const Visit first[] = {v1};
    const Assessment t = assessVisit(kGirl, v2, first);
    BOOST_TEST((t.weightForAge.category == NutritionCategory::NormalWeight));
    BOOST_TEST((worstSeverity(t) == Severity::Attention)); // T alone: watch (Buku KIA 2023 refers)
    const Visit both[] = {v1, v2};
    const Assessment twoT = assessVisit(kGirl, v3, both);
    BOOST_TEST(twoT.twoT);
    BOOST_TEST((worstSeverity(twoT) == Severity::Moderate)); // 2T: refer
    const Visit gained = visit(ymd(2025, 1, 16), 8800);
    BOOST_TEST((worstSeverity(assessVisit(kGirl, gained, first)) == Severity::Normal));

    // BGM on a red line set higher than the band edge: at least Moderate
    // although BB/U is in the normal band.
    CadreSettings high;
    high.bgmLine = 1.0;
    const Assessment bgm = assessVisit(kGirl, v1, {}, high);
    BOOST_TEST(bgm.bgm);
    BOOST_TEST((severity(*bgm.weightForAge.category) == Severity::Normal));
    BOOST_TEST((worstSeverity(bgm) == Severity::Moderate));

    // A severe category is not lowered by a milder trigger; oedema is Severe.
    const Assessment light = assessVisit(kGirl, visit(ymd(2025, 3, 20), 5800, 700), {});
    BOOST_TEST((worstSeverity(light) == Severity::Severe));
    Visit swollen = v1;
    swollen.oedema = true;
    BOOST_TEST((worstSeverity(assessVisit(kGirl, swollen, {})) == Severity::Severe));

    // Nothing to grade: before birth, or only a head circumference.
    BOOST_TEST(!worstSeverity(assessVisit(kGirl, visit(ymd(2023, 12, 1), 3000), {})).has_value());
    Visit head;
    head.date = ymd(2025, 1, 16);
    head.headCircumference = Millimetres{450};
    BOOST_TEST(!worstSeverity(assessVisit(kGirl, head, {})).has_value());
}
