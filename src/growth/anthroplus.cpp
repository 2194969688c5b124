#include "growth/anthroplus.h"

#include "growth/lms.h"
#include "growth/rounding.h"
#include "growth/whotables.h"

#include <cmath>

namespace tumbuh::growth {
namespace {

ZScore unavailable(NoScore why)
{
    ZScore z;
    z.why = why;
    return z;
}

struct Spec2007 {
    Table table;
    double maxMonths; // inclusive upper age limit.  §9
    bool restricted;
    bool blockedByOedema;
    bool lengthFlag; // |z| > 6 instead of the weight/BMI rules
    bool weightFlag; // z < -6 or z > 5
};

// anthroplus zscore_indicator(): interpolation between whole-month rows.  §9
ZScore score2007(const Spec2007& spec, Sex sex, double months, const std::optional<double>& y,
                 bool oedema)
{
    if (!(months >= 60.0 && months <= spec.maxMonths))
        return unavailable(NoScore::AgeOutOfRange);
    if (!y || std::isnan(*y))
        return unavailable(NoScore::MeasurementMissing);
    // anthroplus has no "measure <= 0" screen (unlike anthro, §1): a weight or
    // height of 0 gets a z-score, flagged. It stops on a negative value.
    if (*y < 0.0)
        return unavailable(NoScore::MeasurementOutOfRange);
    if (spec.blockedByOedema && oedema)
        return unavailable(NoScore::Oedema);

    const double low = std::trunc(months);
    const double upp = std::trunc(months + 1.0);
    const double diff = months - low;
    const Lms* pLow = tableRow(spec.table, sex, static_cast<int>(low));
    if (!pLow)
        return unavailable(NoScore::AgeOutOfRange);
    Lms p = *pLow;
    if (diff > 0.0) {
        const Lms* pUpp = tableRow(spec.table, sex, static_cast<int>(upp));
        if (!pUpp)
            return unavailable(NoScore::AgeOutOfRange);
        p = interpolate(*pLow, *pUpp, diff);
    }
    const double raw = spec.restricted ? zRestricted(p, *y) : zPlain(p, *y);
    // An infinite z (the BMI of a height of 0) is kept, as WHO keeps it.
    if (std::isnan(raw))
        return unavailable(NoScore::MeasurementOutOfRange);
    ZScore z;
    z.raw = raw;
    z.z = roundZ(raw);
    z.why = NoScore::None;
    if (spec.lengthFlag)
        z.flagged = std::fabs(z.z) > 6.0;
    else if (spec.weightFlag)
        z.flagged = z.z < -6.0 || z.z > 5.0;
    else
        z.flagged = std::fabs(z.z) > 5.0;
    return z;
}

} // namespace

AnthroPlusResult computeAnthroPlus(const AnthroPlusInput& in)
{
    AnthroPlusResult r;
    if (in.weightKg && in.heightCm && !std::isnan(*in.weightKg) && !std::isnan(*in.heightCm)) {
        const double h = *in.heightCm / 100.0;
        r.cbmi = *in.weightKg / (h * h);
    }
    if (!in.sex) {
        r.zhfa = r.zwfa = r.zbfa = unavailable(NoScore::SexMissing);
        return r;
    }
    if (!in.ageMonths || std::isnan(*in.ageMonths)) {
        r.zhfa = r.zwfa = r.zbfa = unavailable(NoScore::AgeMissing);
        return r;
    }
    static constexpr Spec2007 kHfa{Table::HeightForAge2007, 228.0, false, false, true, false};
    static constexpr Spec2007 kWfa{Table::WeightForAge2007, 120.0, true, true, false, true};
    static constexpr Spec2007 kBfa{Table::BmiForAge2007, 228.0, true, true, false, false};
    const double m = *in.ageMonths;
    r.zhfa = score2007(kHfa, *in.sex, m, in.heightCm, in.oedema);
    r.zwfa = score2007(kWfa, *in.sex, m, in.weightKg, in.oedema);
    r.zbfa = score2007(kBfa, *in.sex, m, r.cbmi, in.oedema);
    return r;
}

} // namespace tumbuh::growth
