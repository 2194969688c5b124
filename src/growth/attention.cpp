#include "growth/attention.h"

#include "growth/velocity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace tumbuh::growth {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr std::string_view kCodeTexts[kAttentionCodeCount] = {
    "severely_stunted",
    "stunted",
    "severely_wasted",
    "wasted",
    "severely_underweight",
    "underweight",
    "obese",
    "overweight",
    "risk_overweight",
    "muac_severe",
    "muac_moderate",
    "oedema",
    "T",
    "2T",
    "BGM",
    "faltering",
    "not_weighed",
    "implausible",
    "sibling_at_risk",
};

constexpr std::string_view kActionTexts[kActionClassCount] = {"pantau", "edukasi", "rujuk"};

// The fixed cut-offs of issue 10's table.
constexpr double kSevereZ = -3.0;
constexpr double kModerateZ = -2.0;
constexpr double kObeseZ = 3.0;
constexpr double kOverweightZ = 2.0;
constexpr double kRiskOverweightZ = 1.0;
constexpr int kMuacSevereMm = 115;
constexpr int kMuacModerateMm = 125;
constexpr int kMuacFromMonths = 6;
constexpr int kUnderFiveLastMonth = 59;
constexpr double kFalteringVelocityZ = -2.0;
constexpr int kDropHundredths = 67; // BB/U drop of more than 0.67 SD
constexpr int kDropFromMonths = 2;
constexpr int kDropToMonths = 4;

enum class Unit { Z,
                  Cm,
                  Grams,
                  Months,
                  None };

Unit unitOf(AttentionCode c)
{
    switch (c) {
    case AttentionCode::MuacSevere:
    case AttentionCode::MuacModerate: return Unit::Cm;
    case AttentionCode::T:
    case AttentionCode::TwoT: return Unit::Grams;
    case AttentionCode::NotWeighed: return Unit::Months;
    case AttentionCode::Oedema:
    case AttentionCode::SiblingAtRisk: return Unit::None;
    default: return Unit::Z;
    }
}

// "−2,45" (Indonesian) or "−2.45" (English): the real minus sign, a plus on
// positive z-scores, `decimals` places.
std::string number(double v, int decimals, bool indonesian, bool signPlus)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
    std::string digits = buf;
    if (indonesian)
        std::replace(digits.begin(), digits.end(), '.', ',');
    const bool zero = std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0' || c == '.' || c == ','; });
    if (v < 0 && !zero)
        return "\u2212" + digits;
    if (signPlus && v > 0 && !zero)
        return "+" + digits;
    return digits;
}

// A cut-off as short as it is exact: "−2", "+1", "12,5".
std::string cutOff(double v, Unit unit, bool indonesian)
{
    const bool whole = std::fabs(v - std::round(v)) < 1e-9;
    return number(v, whole ? 0 : (unit == Unit::Z ? 2 : 1), indonesian, unit == Unit::Z);
}

std::string valueText(double v, Unit unit, bool indonesian)
{
    switch (unit) {
    case Unit::Z: return number(v, 2, indonesian, true);
    case Unit::Cm: return number(v, 1, indonesian, false);
    case Unit::Grams:
    case Unit::Months: return number(v, 0, indonesian, false);
    case Unit::None: return {};
    }
    return {};
}

std::string fill(std::string_view templ, std::string_view value, std::string_view threshold, std::string_view detail)
{
    std::string out;
    out.reserve(templ.size() + 16);
    for (std::size_t i = 0; i < templ.size();) {
        if (templ[i] == '{') {
            const std::size_t close = templ.find('}', i);
            const std::string_view name = templ.substr(i + 1, close - i - 1);
            if (name == "value")
                out += value;
            else if (name == "threshold")
                out += threshold;
            else if (name == "detail")
                out += detail;
            i = close + 1;
        } else {
            out += templ[i++];
        }
    }
    return out;
}

int hundredths(double z)
{
    return static_cast<int>(std::lround(z * 100.0));
}

struct Found {
    AttentionCode code;
    double value = 0.0;
    std::optional<double> threshold;
    std::string detailId;
    std::string detailEn;
};

std::string indicatorId(Indicator i, bool lying)
{
    switch (i) {
    case Indicator::WeightForAge: return "BB/U";
    case Indicator::LengthHeightForAge: return lying ? "PB/U" : "TB/U";
    case Indicator::WeightForLengthHeight: return lying ? "BB/PB" : "BB/TB";
    case Indicator::BmiForAge: return "IMT/U";
    case Indicator::HeadCircumferenceForAge: return "LK/U";
    case Indicator::ArmCircumferenceForAge: return "LiLA/U";
    }
    return {};
}

std::string indicatorEn(Indicator i)
{
    switch (i) {
    case Indicator::WeightForAge: return "WAZ";
    case Indicator::LengthHeightForAge: return "HAZ";
    case Indicator::WeightForLengthHeight: return "WHZ";
    case Indicator::BmiForAge: return "BAZ";
    case Indicator::HeadCircumferenceForAge: return "HCZ";
    case Indicator::ArmCircumferenceForAge: return "MUACZ";
    }
    return {};
}

void join(std::string& to, std::string_view part)
{
    if (!to.empty())
        to += "; ";
    to += part;
}

// The implausible reason: what is questioned, in words.
std::optional<Found> implausible(const Assessment& a, const Visit& visit)
{
    Found f{AttentionCode::Implausible, 0.0, std::nullopt, {}, {}};
    bool any = false;
    const bool lying = visit.measure == Measure::Lying;
    for (const Check& c : a.checks) {
        std::string id;
        std::string en;
        switch (c.kind) {
        case CheckKind::ImplausibleZ:
            if (!c.indicator)
                continue;
            id = indicatorId(*c.indicator, lying) + " " + number(c.amount, 2, true, true) + " SD tidak wajar";
            en = indicatorEn(*c.indicator) + " " + number(c.amount, 2, false, true) + " SD implausible";
            break;
        case CheckKind::LengthDecreased:
            id = "panjang/tinggi turun " + number(c.amount, 1, true, false) + " cm";
            en = "length/height fell by " + number(c.amount, 1, false, false) + " cm";
            break;
        case CheckKind::WeightChangedALot:
            id = "berat berubah " + number(c.amount, 0, true, true) + "% dalam sebulan";
            en = "weight changed by " + number(c.amount, 0, false, true) + "% in a month";
            break;
        default: continue;
        }
        if (!any)
            f.value = c.amount;
        any = true;
        join(f.detailId, id);
        join(f.detailEn, en);
    }
    if (!any)
        return std::nullopt;
    return f;
}

void zBands(std::vector<Found>& out, const IndicatorResult& r, AttentionCode severe, AttentionCode moderate)
{
    if (!r.z.ok())
        return;
    if (r.z.z < kSevereZ)
        out.push_back({severe, r.z.z, kSevereZ, {}, {}});
    else if (r.z.z < kModerateZ)
        out.push_back({moderate, r.z.z, kModerateZ, {}, {}});
}

std::string monthsAgoId(int months)
{
    return months == 1 ? "bulan lalu" : std::to_string(months) + " bulan lalu";
}

std::string monthsAgoEn(int months)
{
    return months == 1 ? "last month" : std::to_string(months) + " months ago";
}

// The weighing (N/T) in words: "naik 50 g, KBM 300 g".
void weighingDetail(const WeighingAssessment& w, Found& f)
{
    const int gain = w.gain ? w.gain->value : 0;
    f.value = gain;
    const std::string g = (gain > 0 ? "+" : gain < 0 ? "\u2212"
                                                     : "")
                        + std::to_string(std::abs(gain)) + " g";
    f.detailId = g;
    f.detailEn = g;
    if (w.kbm) {
        f.threshold = w.kbm->value;
        f.detailId += ", KBM " + std::to_string(w.kbm->value) + " g";
        f.detailEn += ", minimum gain " + std::to_string(w.kbm->value) + " g";
    }
}

struct Dated {
    const Visit* visit;
    int ageDays;
};

// Faltering: WHO 2009 weight-increment z below -2 over the last 1 or 2
// months, or BB/U dropped by more than 0.67 SD since a visit 2-4 calendar
// months earlier. Earlier weights a WHO flag questions are not used.
std::optional<Found> faltering(const ChildFacts& child, const Visit& last, const Assessment& a,
                               std::span<const Dated> earlier, const CadreSettings& settings)
{
    if (!last.weight || !a.valid)
        return std::nullopt;
    const auto trusted = [&](const Visit& v) { return !questionedValues(assessVisit(child, v, {}, settings)).weight; };

    std::optional<VelocityZ> one;
    std::optional<VelocityZ> two;
    int oneLoss = 0;
    int twoLoss = 0;
    for (auto it = earlier.rbegin(); it != earlier.rend() && (!one || !two); ++it) {
        const Visit& v = *it->visit;
        if (!v.weight)
            continue;
        if (!one) {
            const VelocityZ z = weightVelocityZ(WeightInterval::OneMonth, child.sex, Days{it->ageDays}, *v.weight,
                                                Days{a.ageDays}, *last.weight);
            if ((z.ok() || z.why == VelocityProblem::IncrementOutOfScale) && trusted(v)) {
                one = z;
                oneLoss = last.weight->value - v.weight->value;
            }
        }
        if (!two) {
            const VelocityZ z = weightVelocityZ(WeightInterval::TwoMonths, child.sex, Days{it->ageDays}, *v.weight,
                                                Days{a.ageDays}, *last.weight);
            if ((z.ok() || z.why == VelocityProblem::IncrementOutOfScale) && trusted(v)) {
                two = z;
                twoLoss = last.weight->value - v.weight->value;
            }
        }
    }
    // A loss so large that WHO's curve has no z for it (400 g or more in a
    // month, 600 g in two) is below -2 whatever the row: the loss in grams.
    for (const auto& [z, loss, span] : {std::tuple{one, oneLoss, 1}, std::tuple{two, twoLoss, 2}})
        if (z && z->why == VelocityProblem::IncrementOutOfScale)
            return Found{AttentionCode::Faltering, static_cast<double>(loss), std::nullopt,
                         "berat turun " + std::to_string(-loss) + " g dalam " + std::to_string(span)
                             + " bulan (di bawah kurva WHO 2009)",
                         "weight fell by " + std::to_string(-loss) + " g in " + std::to_string(span)
                             + (span == 1 ? " month" : " months") + " (below the WHO 2009 curve)"};
    one = one && one->ok() ? one : std::nullopt;
    two = two && two->ok() ? two : std::nullopt;
    // The lower of the two increment z-scores below -2 speaks.
    const bool oneFalters = one && one->z < kFalteringVelocityZ;
    const bool twoFalters = two && two->z < kFalteringVelocityZ;
    if (oneFalters || twoFalters) {
        const bool useOne = oneFalters && (!twoFalters || one->z <= two->z);
        const double z = useOne ? one->z : two->z;
        const std::string span = useOne ? "1" : "2";
        return Found{AttentionCode::Faltering, z, kFalteringVelocityZ,
                     "kenaikan BB " + span + " bulan z " + number(z, 2, true, true) + " (WHO 2009)",
                     (useOne ? "1-month" : "2-month") + std::string(" weight gain z ") + number(z, 2, false, true)
                         + " (WHO 2009)"};
    }

    // The BB/U drop, against every weighing 2-4 calendar months earlier (the
    // largest drop counts), on the rounded z-scores as shown.
    if (!a.weightForAge.z.ok())
        return std::nullopt;
    const int now = hundredths(a.weightForAge.z.z);
    std::optional<int> largest;
    const Visit* from = nullptr;
    for (const Dated& d : earlier) {
        const Visit& v = *d.visit;
        const int months = calendarMonthsBetween(v.date, last.date);
        if (!v.weight || months < kDropFromMonths || months > kDropToMonths)
            continue;
        const Assessment then = assessVisit(child, v, {}, settings);
        if (!then.weightForAge.z.ok() || questionedValues(then).weight)
            continue;
        const int drop = hundredths(then.weightForAge.z.z) - now;
        if (!largest || drop > *largest) {
            largest = drop;
            from = &v;
        }
    }
    if (!largest || *largest <= kDropHundredths)
        return std::nullopt;
    const int months = calendarMonthsBetween(from->date, last.date);
    const double drop = *largest / 100.0;
    return Found{AttentionCode::Faltering, drop, kDropHundredths / 100.0,
                 "BB/U turun " + number(drop, 2, true, false) + " SD sejak " + monthsAgoId(months),
                 "WAZ fell by " + number(drop, 2, false, false) + " SD since " + monthsAgoEn(months)};
}

} // namespace

std::string_view codeText(AttentionCode c)
{
    const auto i = static_cast<std::size_t>(c);
    return i < std::size(kCodeTexts) ? kCodeTexts[i] : std::string_view{};
}

std::optional<AttentionCode> codeFromText(std::string_view text)
{
    for (std::size_t i = 0; i < std::size(kCodeTexts); ++i)
        if (kCodeTexts[i] == text)
            return static_cast<AttentionCode>(i);
    return std::nullopt;
}

std::string_view actionText(ActionClass a)
{
    const auto i = static_cast<std::size_t>(a);
    return i < std::size(kActionTexts) ? kActionTexts[i] : std::string_view{};
}

std::optional<ActionClass> actionFromText(std::string_view text)
{
    for (std::size_t i = 0; i < std::size(kActionTexts); ++i)
        if (kActionTexts[i] == text)
            return static_cast<ActionClass>(i);
    return std::nullopt;
}

const CounsellingTopic* AttentionRules::topic(std::string_view code) const
{
    const auto it = std::find_if(topics.begin(), topics.end(), [code](const CounsellingTopic& t) { return t.code == code; });
    return it == topics.end() ? nullptr : &*it;
}

AttentionReason makeReason(AttentionCode code, const AttentionRules& rules, double value,
                           std::optional<double> threshold, year_month_day measuredOn, std::string_view detailId,
                           std::string_view detailEn)
{
    const AttentionRule& rule = rules.rule(code);
    const Unit unit = unitOf(code);
    AttentionReason r;
    r.code = code;
    r.action = rule.action;
    r.severity = rule.severity;
    r.value = value;
    r.threshold = threshold;
    const std::string thresholdId = threshold ? cutOff(*threshold, unit, true) : std::string();
    const std::string thresholdEn = threshold ? cutOff(*threshold, unit, false) : std::string();
    r.ruleId = fill(rule.ruleId, valueText(value, unit, true), thresholdId, detailId);
    r.ruleEn = fill(rule.ruleEn, valueText(value, unit, false), thresholdEn, detailEn);
    r.shortId = fill(rule.shortId, valueText(value, unit, true), thresholdId, detailId);
    r.shortEn = fill(rule.shortEn, valueText(value, unit, false), thresholdEn, detailEn);
    r.topic = rule.topic;
    r.measuredOn = measuredOn;
    return r;
}

void sortByStrength(std::vector<AttentionReason>& reasons)
{
    std::stable_sort(reasons.begin(), reasons.end(), [](const AttentionReason& x, const AttentionReason& y) {
        if (x.action != y.action)
            return x.action > y.action;
        if (x.severity != y.severity)
            return x.severity > y.severity;
        return x.code < y.code;
    });
}

std::optional<ActionClass> strongestAction(std::span<const AttentionReason> reasons)
{
    std::optional<ActionClass> best;
    for (const AttentionReason& r : reasons)
        if (!best || r.action > *best)
            best = r.action;
    return best;
}

std::vector<AttentionReason> reasonsForAttention(const AttentionInput& input, const AttentionRules& rules,
                                                 const CadreSettings& settings)
{
    std::vector<AttentionReason> out;
    const ChildFacts& child = input.child;
    if (!child.birthDate.ok() || !input.month.ok())
        return out;
    const year_month_day monthStart = input.month / std::chrono::day{1};
    const year_month_day monthEnd{input.month / std::chrono::last};
    const year_month_day previousStart = (input.month - std::chrono::months{1}) / std::chrono::day{1};

    // The visits up to the month's end, oldest first (same date: input order).
    std::vector<Dated> upTo;
    upTo.reserve(input.visits.size());
    for (const Visit& v : input.visits)
        if (v.date.ok() && sys_days(v.date) <= sys_days(monthEnd))
            upTo.push_back({&v, ageInDays(child.birthDate, v.date)});
    std::stable_sort(upTo.begin(), upTo.end(), [](const Dated& x, const Dated& y) { return x.ageDays < y.ageDays; });

    // not_weighed: no weighing this month nor the previous one.
    if (input.active) {
        const auto age = completedMonths(child.birthDate, monthEnd);
        if (age && *age <= kUnderFiveLastMonth) {
            const Visit* lastWeighing = nullptr;
            for (const Dated& d : upTo)
                if (d.visit->weight)
                    lastWeighing = d.visit;
            if (!lastWeighing || sys_days(lastWeighing->date) < sys_days(previousStart)) {
                const int months = lastWeighing ? calendarMonthsBetween(lastWeighing->date, monthEnd) : 0;
                out.push_back(makeReason(AttentionCode::NotWeighed, rules, months, std::nullopt, monthEnd,
                                         lastWeighing ? "terakhir ditimbang " + monthsAgoId(months)
                                                      : "belum pernah ditimbang",
                                         lastWeighing ? "last weighed " + monthsAgoEn(months) : "never weighed"));
            }
        }
    }

    // Everything else is on the last visit in the month.
    if (upTo.empty() || sys_days(upTo.back().visit->date) < sys_days(monthStart)) {
        sortByStrength(out);
        return out;
    }
    const Visit& last = *upTo.back().visit;
    const Assessment a = assessVisit(child, last, input.visits, settings);
    if (!a.valid) {
        sortByStrength(out);
        return out;
    }
    const QuestionedValues q = questionedValues(a);

    std::vector<Found> found;
    if (auto f = implausible(a, last))
        found.push_back(std::move(*f));
    if (!q.length)
        zBands(found, a.lengthForAge, AttentionCode::SeverelyStunted, AttentionCode::Stunted);
    if (!q.weight)
        zBands(found, a.weightForAge, AttentionCode::SeverelyUnderweight, AttentionCode::Underweight);
    if (!isQuestioned(q, Indicator::WeightForLengthHeight) && a.weightForLength.z.ok()) {
        const double z = a.weightForLength.z.z;
        zBands(found, a.weightForLength, AttentionCode::SeverelyWasted, AttentionCode::Wasted);
        if (z > kObeseZ)
            found.push_back({AttentionCode::Obese, z, kObeseZ, {}, {}});
        else if (z > kOverweightZ)
            found.push_back({AttentionCode::Overweight, z, kOverweightZ, {}, {}});
        else if (z > kRiskOverweightZ)
            found.push_back({AttentionCode::RiskOverweight, z, kRiskOverweightZ, {}, {}});
    }
    if (last.armCircumference && !q.arm && a.completedMonths >= kMuacFromMonths
        && a.completedMonths <= kUnderFiveLastMonth) {
        const int mm = last.armCircumference->value;
        if (mm < kMuacSevereMm)
            found.push_back({AttentionCode::MuacSevere, mm / 10.0, kMuacSevereMm / 10.0, {}, {}});
        else if (mm < kMuacModerateMm)
            found.push_back({AttentionCode::MuacModerate, mm / 10.0, kMuacModerateMm / 10.0, {}, {}});
    }
    if (last.oedema)
        found.push_back({AttentionCode::Oedema, 0.0, std::nullopt, {}, {}});
    if (!q.weight) {
        if (a.weighing && a.weighing->ok() && a.weighing->status == WeighingStatus::T) {
            Found f{a.twoT ? AttentionCode::TwoT : AttentionCode::T, 0.0, std::nullopt, {}, {}};
            weighingDetail(*a.weighing, f);
            found.push_back(std::move(f));
        }
        if (a.bgm)
            found.push_back({AttentionCode::Bgm, a.weightForAge.z.z, settings.bgmLine, {}, {}});
        const std::span<const Dated> earlier(upTo.data(), upTo.size() - 1);
        if (auto f = faltering(child, last, a, earlier, settings))
            found.push_back(std::move(*f));
    }

    for (const Found& f : found)
        out.push_back(makeReason(f.code, rules, f.value, f.threshold, last.date, f.detailId, f.detailEn));
    sortByStrength(out);
    return out;
}

} // namespace tumbuh::growth
