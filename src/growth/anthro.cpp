#include "growth/anthro.h"

#include "growth/lms.h"
#include "growth/rounding.h"
#include "growth/whotables.h"
#include "growth/whotables_data.h"

#include <cmath>

namespace tumbuh::growth {
namespace {

// anthro's allowed_age_range upper bound; with the < 60 months rule and the
// tables ending at day 1826 it never binds, but it is part of the method.  §4.1
constexpr int kMaxAgeDays = 1856;
constexpr double kMaxAgeMonths = 60.0; // valid only when age_months < 60.  §2.5
constexpr int kSkinfoldFirstDay = 91;  // AC, TS, SS start at day 91.  §4.1
constexpr int kHeightFromDay = 731;    // lenanthro/bmianthro switch to height.  §3.2

enum class FlagRule { Length,
                      Weight,
                      Other };

// The rule is a template argument (as is each indicator's table and
// options below) so that the per-row code is specialised for each of the
// eight indicators: no switch and no spec to read, a million rows a second.
template <FlagRule Rule>
bool flagged(double roundedZ)
{
    // §7: strict inequalities on the rounded z.
    if constexpr (Rule == FlagRule::Length)
        return std::fabs(roundedZ) > 6.0;
    else if constexpr (Rule == FlagRule::Weight)
        return roundedZ < -6.0 || roundedZ > 5.0;
    else
        return std::fabs(roundedZ) > 5.0;
}

ZScore unavailable(NoScore why)
{
    ZScore z;
    z.why = why;
    return z;
}

// An infinite z is kept, as anthro keeps it: a length of 0 gives a BMI of
// Inf and a BMI z of Inf, flagged (issue 14). Only NaN has no z-score.
template <FlagRule Rule>
[[gnu::always_inline]] inline ZScore finish(double raw)
{
    if (std::isnan(raw))
        return unavailable(NoScore::MeasurementOutOfRange);
    ZScore z;
    z.raw = raw;
    z.z = roundZ(raw);
    z.why = NoScore::None;
    z.flagged = flagged<Rule>(z.z);
    return z;
}

struct Age {
    bool given = false;
    bool invalid = false; // given but negative or absurd: no age-based score
    int days = 0;         // rounded, for the table row
    double months = 0;    // unrounded, for the < 60 months test
};

// tableRow() for a table known here: its data read directly, without the
// switch over every table (eight rows a row of input).
inline const Lms* rowOf(const data::TableData& d, Sex sex, int key)
{
    const int i = key - d.firstKey;
    if (i < 0 || i >= d.count)
        return nullptr;
    return &d.rows[sex == Sex::Male ? 0 : 1][i];
}

struct IndicatorSpec {
    const data::TableData* table; // tableRow()'s data of its Table
    bool restricted;
    bool blockedByOedema;
    int firstDay;
    FlagRule flag;
};

constexpr IndicatorSpec kLen{&data::kLen, false, false, 0, FlagRule::Length};
constexpr IndicatorSpec kWei{&data::kWei, true, true, 0, FlagRule::Weight};
constexpr IndicatorSpec kBmi{&data::kBmi, true, true, 0, FlagRule::Other};
constexpr IndicatorSpec kHc{&data::kHc, false, false, 0, FlagRule::Other};
constexpr IndicatorSpec kAc{&data::kAc, true, false, kSkinfoldFirstDay, FlagRule::Other};
constexpr IndicatorSpec kTs{&data::kTs, true, false, kSkinfoldFirstDay, FlagRule::Other};
constexpr IndicatorSpec kSs{&data::kSs, true, false, kSkinfoldFirstDay, FlagRule::Other};

// An age-based indicator (anthro_zscore_adjusted).  §4.1, §5, §6, §7, §8
template <const IndicatorSpec& spec>
ZScore ageBased(Sex sex, const Age& age, const std::optional<double>& y, bool oedema)
{
    if (!age.given)
        return unavailable(NoScore::AgeMissing);
    if (age.invalid || age.days < spec.firstDay || age.days > kMaxAgeDays
        || !(age.months < kMaxAgeMonths))
        return unavailable(NoScore::AgeOutOfRange);
    const Lms* p = rowOf(*spec.table, sex, age.days);
    if (!p)
        return unavailable(NoScore::AgeOutOfRange);
    if (!y || std::isnan(*y))
        return unavailable(NoScore::MeasurementMissing);
    if (!(*y > 0.0)) // "measure[measure <= 0] <- NA".  §1
        return unavailable(NoScore::MeasurementOutOfRange);
    if (spec.blockedByOedema && oedema)
        return unavailable(NoScore::Oedema);
    if constexpr (spec.restricted)
        return finish<spec.flag>(zRestricted(*p, *y));
    else
        return finish<spec.flag>(zPlain(*p, *y));
}

// Weight-for-length/height (anthro_zscore_weight_for_lenhei).  §4.2–§4.5
ZScore weightForLenhei(Sex sex, const Age& age, Measure cmeasure,
                       const std::optional<double>& clenhei,
                       const std::optional<double>& weight, bool oedema, bool& usedHeight)
{
    if (age.given && (age.invalid || age.days > kMaxAgeDays || !(age.months < kMaxAgeMonths)))
        return unavailable(NoScore::AgeOutOfRange);
    if (!weight || std::isnan(*weight) || !clenhei || std::isnan(*clenhei))
        return unavailable(NoScore::MeasurementMissing);
    if (*weight < 0.0) // anthro rejects negative weights outright
        return unavailable(NoScore::MeasurementOutOfRange);

    const double x = *clenhei;
    if (age.given)
        usedHeight = age.days >= kHeightFromDay;
    else if (cmeasure == Measure::Lying)
        usedHeight = false;
    else if (cmeasure == Measure::Standing)
        usedHeight = true;
    else
        usedHeight = !(x < 87.0);

    const bool inRange = usedHeight ? (x >= 65.0 && x <= 120.0) : (x >= 45.0 && x <= 110.0);
    if (!inRange)
        return unavailable(NoScore::MeasurementOutOfRange);
    if (oedema)
        return unavailable(NoScore::Oedema);

    // Interpolate between 0.1 cm rows with R's exact operations.  §4.3
    const data::TableData& t = usedHeight ? data::kWfh : data::kWfl;
    // trunc() as a conversion to an integer and back: x is within 45-120
    // here, so the two are the same, without a call to the library.
    const double lowTenths = static_cast<double>(static_cast<int>(x * 10.0));
    const double uppTenths = static_cast<double>(static_cast<int>(x * 10.0 + 1.0));
    const double low = lowTenths / 10.0;
    const double diff = (x - low) / 0.1;
    const Lms* pLow = rowOf(t, sex, static_cast<int>(lowTenths));
    if (!pLow)
        return unavailable(NoScore::MeasurementOutOfRange);
    Lms p = *pLow;
    if (diff > 0.0) {
        const Lms* pUpp = rowOf(t, sex, static_cast<int>(uppTenths));
        if (!pUpp)
            return unavailable(NoScore::MeasurementOutOfRange);
        p = interpolate(*pLow, *pUpp, diff);
    }
    return finish<FlagRule::Other>(zRestricted(p, *weight));
}

} // namespace

AnthroResult computeAnthro(const AnthroInput& in)
{
    AnthroResult r;

    // §2: the day used for the rows, and the unrounded months for validity.
    Age age;
    if (in.age && !std::isnan(*in.age)) {
        age.given = true;
        const double a = *in.age;
        const double days = in.ageInMonths ? a * kDaysPerMonth : a;
        if (!(a >= 0.0) || days > 1.0e6) {
            age.invalid = true; // negative (anthro stops) or beyond every table
        } else {
            age.days = roundUpNonNegative(days);
            age.months = in.ageInMonths ? a : a / kDaysPerMonth;
            r.ageDays = age.days;
            r.ageMonths = age.months;
        }
    }

    // §3.1: standing height under 9 months is not plausible and is ignored.
    r.cmeasure = in.measure;
    if (r.cmeasure == Measure::Standing && age.given && !age.invalid && age.months < 9.0) {
        r.cmeasure = Measure::Unknown;
        r.c9moFlag = true;
    }

    // §3.2: the ±0.7 cm conversion, on the rounded day.
    if (in.lenheiCm && !std::isnan(*in.lenheiCm)) {
        double v = *in.lenheiCm;
        if (age.given && !age.invalid) {
            if (age.days < kHeightFromDay && r.cmeasure == Measure::Standing)
                v = v + 0.7;
            else if (age.days >= kHeightFromDay && r.cmeasure == Measure::Lying)
                v = v - 0.7;
        }
        r.clenhei = v;
    }

    // §3.5
    if (in.weightKg && r.clenhei && !std::isnan(*in.weightKg)) {
        const double h = *r.clenhei / 100.0;
        r.cbmi = *in.weightKg / (h * h);
    }

    if (!in.sex) {
        const ZScore none = unavailable(NoScore::SexMissing);
        r.zlen = r.zwei = r.zwfl = r.zbmi = r.zhc = r.zac = r.zts = r.zss = none;
        return r;
    }
    const Sex sex = *in.sex;
    const bool oe = in.oedema;

    r.zlen = ageBased<kLen>(sex, age, r.clenhei, oe);
    r.zwei = ageBased<kWei>(sex, age, in.weightKg, oe);
    r.zwfl = weightForLenhei(sex, age, r.cmeasure, r.clenhei, in.weightKg, oe, r.wflUsedHeightTable);
    r.zbmi = ageBased<kBmi>(sex, age, r.cbmi, oe);
    r.zhc = ageBased<kHc>(sex, age, in.headCm, oe);
    r.zac = ageBased<kAc>(sex, age, in.armCm, oe);
    r.zts = ageBased<kTs>(sex, age, in.tricepsMm, oe);
    r.zss = ageBased<kSs>(sex, age, in.subscapularMm, oe);
    return r;
}

} // namespace tumbuh::growth
