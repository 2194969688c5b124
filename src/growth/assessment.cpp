#include "growth/assessment.h"

#include <algorithm>
#include <cmath>

namespace tumbuh::growth {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr double kWho2007FromMonths = 60.0;
constexpr double kMaxMonths = 228.0; // 19 years
constexpr int kHeightFromDay = 731;
constexpr double kLengthDropCm = 1.0; // "lebih pendek > 1 cm"
constexpr double kWeightChangeFraction = 0.20;
constexpr int kAboutAMonthDays = 45; // the 20 % rule is for month-to-month changes
constexpr int kLastMonthDays = 62;   // "same as last month" looks back this far

IndicatorResult indicator(Indicator which, const ZScore& z, std::optional<PermenkesIndex> index)
{
    IndicatorResult r;
    r.indicator = which;
    r.z = z;
    r.index = index;
    if (index)
        r.category = classify(*index, z);
    return r;
}

IndicatorResult notComputed(Indicator which, NoScore why)
{
    ZScore z;
    z.why = why;
    return indicator(which, z, std::nullopt);
}

// Length as WHO uses it after the ±0.7 cm rule, for comparing two visits
// measured in different positions.
std::optional<double> adjustedLength(const ChildFacts& child, const Visit& v)
{
    if (!v.lengthHeight)
        return std::nullopt;
    const int days = ageInDays(child.birthDate, v.date);
    double cm = v.lengthHeight->cm();
    if (days >= 0 && days < kHeightFromDay && v.measure == Measure::Standing
        && days / kDaysPerMonth >= 9.0)
        cm += 0.7;
    else if (days >= kHeightFromDay && days / kDaysPerMonth < kWho2007FromMonths
             && v.measure == Measure::Lying)
        cm -= 0.7;
    return cm;
}

const Visit* latestBefore(std::span<const Visit> earlier, year_month_day date, bool (*has)(const Visit&))
{
    const Visit* best = nullptr;
    for (const Visit& v : earlier) {
        if (sys_days(v.date) >= sys_days(date) || !has(v))
            continue;
        if (!best || sys_days(v.date) > sys_days(best->date))
            best = &v;
    }
    return best;
}

void historyChecks(const ChildFacts& child, const Visit& visit, std::span<const Visit> earlier,
                   Assessment& a)
{
    const auto days = [](year_month_day from, year_month_day to) {
        return static_cast<int>((sys_days(to) - sys_days(from)).count());
    };
    if (const Visit* prev = latestBefore(earlier, visit.date, [](const Visit& v) { return v.lengthHeight.has_value(); });
        prev && visit.lengthHeight) {
        const double drop = *adjustedLength(child, *prev) - *adjustedLength(child, visit);
        if (drop > kLengthDropCm + 1e-9)
            a.checks.push_back({CheckKind::LengthDecreased, drop, std::nullopt});
    }
    if (const Visit* prev = latestBefore(earlier, visit.date, [](const Visit& v) { return v.weight.has_value(); });
        prev && visit.weight && prev->weight->value > 0
        && days(prev->date, visit.date) <= kAboutAMonthDays) {
        const double change = static_cast<double>(visit.weight->value - prev->weight->value)
                            / prev->weight->value;
        if (std::fabs(change) > kWeightChangeFraction)
            a.checks.push_back({CheckKind::WeightChangedALot, change * 100.0, std::nullopt});
    }
    if (const Visit* prev = latestBefore(earlier, visit.date, [](const Visit& v) { return v.weight.has_value(); });
        prev && visit.weight && visit.lengthHeight && prev->lengthHeight
        && *prev->weight == *visit.weight && *prev->lengthHeight == *visit.lengthHeight
        && days(prev->date, visit.date) <= kLastMonthDays)
        a.checks.push_back({CheckKind::SameAsLastTime, 0.0, std::nullopt});
}

void weighingStatus(const ChildFacts& child, const Visit& visit, std::span<const Visit> earlier,
                    const CadreSettings& settings, Assessment& a)
{
    if (!visit.weight)
        return;
    std::vector<Weighing> series;
    for (const Visit& v : earlier)
        if (v.weight && sys_days(v.date) < sys_days(visit.date))
            series.push_back({v.date, *v.weight});
    std::sort(series.begin(), series.end(),
              [](const Weighing& x, const Weighing& y) { return sys_days(x.date) < sys_days(y.date); });
    series.push_back({visit.date, *visit.weight});
    const auto all = assessSeries(child.birthDate, series, settings.kbm);
    a.weighing = all.back().assessment;
    a.twoT = all.back().twoT;
}

} // namespace

int ageInDays(year_month_day birth, year_month_day on)
{
    return static_cast<int>((sys_days(on) - sys_days(birth)).count());
}

const IndicatorResult& Assessment::result(Indicator i) const
{
    switch (i) {
    case Indicator::WeightForAge: return weightForAge;
    case Indicator::LengthHeightForAge: return lengthForAge;
    case Indicator::WeightForLengthHeight: return weightForLength;
    case Indicator::BmiForAge: return bmiForAge;
    case Indicator::HeadCircumferenceForAge: return headForAge;
    case Indicator::ArmCircumferenceForAge: return armForAge;
    }
    return weightForAge;
}

bool Assessment::has(CheckKind k) const
{
    return std::any_of(checks.begin(), checks.end(), [k](const Check& c) { return c.kind == k; });
}

QuestionedValues questionedValues(const Assessment& a)
{
    QuestionedValues q;
    for (const Check& c : a.checks) {
        switch (c.kind) {
        case CheckKind::ImplausibleZ:
            if (!c.indicator)
                break;
            switch (*c.indicator) {
            case Indicator::WeightForAge: q.weight = true; break;
            case Indicator::LengthHeightForAge: q.length = true; break;
            case Indicator::WeightForLengthHeight:
            case Indicator::BmiForAge:
                q.weight = true;
                q.length = true;
                break;
            case Indicator::HeadCircumferenceForAge: q.head = true; break;
            case Indicator::ArmCircumferenceForAge: q.arm = true; break;
            }
            break;
        case CheckKind::LengthDecreased: q.length = true; break;
        case CheckKind::WeightChangedALot: q.weight = true; break;
        case CheckKind::SameAsLastTime:
        case CheckKind::StandingUnder24Months:
        case CheckKind::LyingFrom24Months:
        case CheckKind::StandingUnder9Months:
        case CheckKind::PositionMissing:
        case CheckKind::Oedema: break;
        }
    }
    return q;
}

bool isQuestioned(const QuestionedValues& q, Indicator i)
{
    switch (i) {
    case Indicator::WeightForAge: return q.weight;
    case Indicator::LengthHeightForAge: return q.length;
    case Indicator::WeightForLengthHeight:
    case Indicator::BmiForAge: return q.weight || q.length;
    case Indicator::HeadCircumferenceForAge: return q.head;
    case Indicator::ArmCircumferenceForAge: return q.arm;
    }
    return false;
}

std::optional<Severity> worstSeverity(const Assessment& a)
{
    if (!a.valid)
        return std::nullopt;
    std::optional<Severity> worst;
    const auto raise = [&worst](Severity s) {
        if (!worst || *worst < s)
            worst = s;
    };
    const QuestionedValues q = questionedValues(a);
    for (const Indicator i : kPermenkesIndicators)
        if (const auto& c = a.result(i).category; c && !isQuestioned(q, i))
            raise(severity(*c));
    if (a.has(CheckKind::Oedema))
        raise(Severity::Severe);
    if (!q.weight) {
        if (a.twoT || a.bgm)
            raise(Severity::Moderate);
        if (a.weighing && a.weighing->ok() && a.weighing->status == WeighingStatus::T)
            raise(Severity::Attention);
    }
    return worst;
}

Assessment assessVisit(const ChildFacts& child, const Visit& visit, std::span<const Visit> earlier,
                       const CadreSettings& settings)
{
    Assessment a;
    a.weightForAge = notComputed(Indicator::WeightForAge, NoScore::AgeOutOfRange);
    a.lengthForAge = notComputed(Indicator::LengthHeightForAge, NoScore::AgeOutOfRange);
    a.weightForLength = notComputed(Indicator::WeightForLengthHeight, NoScore::AgeOutOfRange);
    a.bmiForAge = notComputed(Indicator::BmiForAge, NoScore::AgeOutOfRange);
    a.headForAge = notComputed(Indicator::HeadCircumferenceForAge, NoScore::AgeOutOfRange);
    a.armForAge = notComputed(Indicator::ArmCircumferenceForAge, NoScore::AgeOutOfRange);

    if (!child.birthDate.ok() || !visit.date.ok())
        return a;
    a.ageDays = ageInDays(child.birthDate, visit.date);
    if (a.ageDays < 0)
        return a;
    a.valid = true;
    a.ageMonths = a.ageDays / kDaysPerMonth;
    a.completedMonths = completedMonths(child.birthDate, visit.date).value_or(0);

    if (visit.lengthHeight && visit.measure == Measure::Unknown)
        a.checks.push_back({CheckKind::PositionMissing, 0.0, std::nullopt});
    if (visit.oedema)
        a.checks.push_back({CheckKind::Oedema, 0.0, std::nullopt});

    if (a.ageMonths < kWho2007FromMonths) {
        a.reference = Reference::Who2006;
        AnthroInput in;
        in.sex = child.sex;
        in.age = a.ageDays;
        if (visit.weight)
            in.weightKg = visit.weight->kg();
        if (visit.lengthHeight)
            in.lenheiCm = visit.lengthHeight->cm();
        in.measure = visit.measure;
        if (visit.headCircumference)
            in.headCm = visit.headCircumference->cm();
        if (visit.armCircumference)
            in.armCm = visit.armCircumference->cm();
        in.oedema = visit.oedema;
        const AnthroResult r = computeAnthro(in);
        a.adjustedLengthCm = r.clenhei;
        a.bmi = r.cbmi;
        if (r.clenhei && visit.lengthHeight)
            a.lengthAdjustmentCm = std::round((*r.clenhei - visit.lengthHeight->cm()) * 10.0) / 10.0;
        if (r.c9moFlag)
            a.checks.push_back({CheckKind::StandingUnder9Months, 0.0, std::nullopt});
        else if (a.lengthAdjustmentCm > 0.0)
            a.checks.push_back({CheckKind::StandingUnder24Months, 0.7, std::nullopt});
        else if (a.lengthAdjustmentCm < 0.0)
            a.checks.push_back({CheckKind::LyingFrom24Months, -0.7, std::nullopt});

        a.weightForAge = indicator(Indicator::WeightForAge, r.zwei, PermenkesIndex::WeightForAge);
        a.lengthForAge = indicator(Indicator::LengthHeightForAge, r.zlen, PermenkesIndex::LengthHeightForAge);
        a.weightForLength = indicator(Indicator::WeightForLengthHeight, r.zwfl, PermenkesIndex::WeightForLengthHeight);
        a.bmiForAge = indicator(Indicator::BmiForAge, r.zbmi, PermenkesIndex::BmiForAge0To60Months);
        a.headForAge = indicator(Indicator::HeadCircumferenceForAge, r.zhc, std::nullopt);
        a.armForAge = indicator(Indicator::ArmCircumferenceForAge, r.zac, std::nullopt);
        if (a.weightForAge.z.ok()) {
            a.bgm = isBgm(a.weightForAge.z.z, settings);
            a.aboveOrange = isAboveOrangeLine(a.weightForAge.z.z, settings);
        }
    } else if (a.ageMonths <= kMaxMonths) {
        a.reference = Reference::Who2007;
        AnthroPlusInput in;
        in.sex = child.sex;
        in.ageMonths = a.ageMonths;
        if (visit.weight)
            in.weightKg = visit.weight->kg();
        if (visit.lengthHeight)
            in.heightCm = visit.lengthHeight->cm();
        in.oedema = visit.oedema;
        const AnthroPlusResult r = computeAnthroPlus(in);
        if (visit.lengthHeight)
            a.adjustedLengthCm = visit.lengthHeight->cm();
        a.bmi = r.cbmi;
        // PMK 2/2020 classifies only IMT/U from 5 years (table E).
        a.weightForAge = indicator(Indicator::WeightForAge, r.zwfa, std::nullopt);
        a.lengthForAge = indicator(Indicator::LengthHeightForAge, r.zhfa, std::nullopt);
        a.bmiForAge = indicator(Indicator::BmiForAge, r.zbfa, PermenkesIndex::BmiForAge5To18Years);
        a.weightForLength = notComputed(Indicator::WeightForLengthHeight, NoScore::AgeOutOfRange);
    }

    for (const IndicatorResult* ir : {&a.weightForAge, &a.lengthForAge, &a.weightForLength,
                                      &a.bmiForAge, &a.headForAge, &a.armForAge})
        if (ir->z.ok() && ir->z.flagged)
            a.checks.push_back({CheckKind::ImplausibleZ, ir->z.z, ir->indicator});

    historyChecks(child, visit, earlier, a);
    weighingStatus(child, visit, earlier, settings, a);
    return a;
}

} // namespace tumbuh::growth
