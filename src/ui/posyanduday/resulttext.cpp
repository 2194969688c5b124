#include "ui/posyanduday/resulttext.h"

#include "ui/common/displaytext.h"

#include <QLocale>

#include <cmath>

namespace tumbuh::ui {
namespace {

QString cm(double value)
{
    return DisplayText::number(value, 1);
}

} // namespace

QString ResultText::indicatorName(growth::Indicator i, bool countedAsLength)
{
    using growth::Indicator;
    switch (i) {
    case Indicator::WeightForAge: return tr("WFA", "BB/U");
    case Indicator::LengthHeightForAge: return countedAsLength ? tr("LFA", "PB/U") : tr("HFA", "TB/U");
    case Indicator::WeightForLengthHeight: return countedAsLength ? tr("WFL", "BB/PB") : tr("WFH", "BB/TB");
    case Indicator::BmiForAge: return tr("BFA", "IMT/U");
    case Indicator::HeadCircumferenceForAge: return tr("HCFA", "LK/U");
    case Indicator::ArmCircumferenceForAge: return tr("ACFA", "LiLA/U");
    }
    return {};
}

QString ResultText::indicatorLongName(growth::Indicator i)
{
    return DisplayText::indicatorLong(i);
}

QString ResultText::noScore(growth::NoScore why)
{
    using growth::NoScore;
    switch (why) {
    case NoScore::None: return {};
    case NoScore::MeasurementMissing: return tr("not entered");
    case NoScore::Oedema: return tr("not computed: oedema");
    case NoScore::MeasurementOutOfRange: return tr("outside the WHO table");
    case NoScore::AgeOutOfRange: return tr("not for this age");
    case NoScore::SexMissing:
    case NoScore::AgeMissing: return tr("not computed");
    }
    return {};
}

QString ResultText::severityWord(growth::Severity s)
{
    switch (s) {
    case growth::Severity::Normal: return tr("✓ good");
    case growth::Severity::Attention: return tr("! watch");
    case growth::Severity::Moderate: return tr("!! problem");
    case growth::Severity::Severe: return tr("!!! severe");
    }
    return {};
}

QColor ResultText::severityColour(growth::Severity s)
{
    switch (s) {
    case growth::Severity::Normal: return {0x2e, 0x7d, 0x32};    // green
    case growth::Severity::Attention: return {0xf9, 0xa8, 0x25}; // amber
    case growth::Severity::Moderate: return {0xef, 0x6c, 0x00};  // orange
    case growth::Severity::Severe: return {0xc6, 0x28, 0x28};    // red
    }
    return Qt::gray;
}

QColor ResultText::severityTextColour(growth::Severity s)
{
    // Amber is too light for white text.
    return s == growth::Severity::Attention ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

QString ResultText::positionRule(growth::CheckKind kind, std::optional<double> measuredCm,
                                 std::optional<double> countedCm)
{
    const QString values = measuredCm && countedCm
                             ? QStringLiteral(" (%1 → %2 cm)").arg(cm(*measuredCm), cm(*countedCm))
                             : QString();
    switch (kind) {
    case growth::CheckKind::StandingUnder24Months:
        return tr("Measured standing before 24 months: counted as length + 0.7 cm%1").arg(values);
    case growth::CheckKind::LyingFrom24Months:
        return tr("Measured lying from 24 months: counted as height − 0.7 cm%1").arg(values);
    case growth::CheckKind::StandingUnder9Months:
        return tr("Under 9 months a child is measured lying down: measure again lying?");
    default:
        return {};
    }
}

QString ResultText::positionNote(std::optional<growth::CheckKind> conflict, bool countedAsLength,
                                 std::optional<double> measuredCm, std::optional<double> countedCm)
{
    if (conflict)
        return positionRule(*conflict, measuredCm, countedCm);
    return countedAsLength ? tr("Right for the age: lying under 24 months")
                           : tr("Right for the age: standing from 24 months");
}

QString ResultText::check(const growth::Check& c, bool countedAsLength, std::optional<double> measuredCm,
                          std::optional<double> countedCm)
{
    using growth::CheckKind;
    switch (c.kind) {
    case CheckKind::LengthDecreased:
        return countedAsLength
                 ? tr("Length fell by %1 cm since the last measurement — measure again?").arg(cm(c.amount))
                 : tr("Height fell by %1 cm since the last measurement — measure again?").arg(cm(c.amount));
    case CheckKind::WeightChangedALot: {
        const QString pct = (c.amount > 0 ? QStringLiteral("+") : QString(QChar(0x2212)))
                          + QLocale().toString(std::abs(c.amount), 'f', 0);
        return tr("Weight changed by more than 20% in a month (%1%) — weigh again?").arg(pct);
    }
    case CheckKind::SameAsLastTime:
        return tr("Exactly the same as last month (weight and length/height) — measured again?");
    case CheckKind::StandingUnder24Months:
    case CheckKind::LyingFrom24Months:
    case CheckKind::StandingUnder9Months:
        return positionRule(c.kind, measuredCm, countedCm);
    case CheckKind::PositionMissing:
        return tr("Choose how the length/height was measured: lying or standing");
    case CheckKind::ImplausibleZ:
        return tr("%1 %2: implausible value — measure again?")
            .arg(c.indicator ? indicatorName(*c.indicator, countedAsLength) : QString(), DisplayText::z(c.amount));
    case CheckKind::Oedema:
        return tr("Oedema: weight-based z-scores are not computed");
    }
    return {};
}

QStringList ResultText::referralReasons(const growth::Assessment& a, bool countedAsLength)
{
    QStringList out = DisplayText::triggers(a);
    const growth::QuestionedValues questioned = growth::questionedValues(a);
    for (const growth::IndicatorResult* r : {&a.weightForAge, &a.lengthForAge, &a.weightForLength, &a.bmiForAge}) {
        if (!r->category || !r->z.ok() || growth::isQuestioned(questioned, r->indicator))
            continue;
        const auto s = growth::severity(*r->category);
        if (s == growth::Severity::Moderate || s == growth::Severity::Severe)
            out << tr("%1 (%2 %3)")
                       .arg(DisplayText::category(*r->category), indicatorName(r->indicator, countedAsLength),
                            DisplayText::z(r->z.z));
    }
    return out;
}

bool ResultText::questionsAValue(const growth::Check& c)
{
    using growth::CheckKind;
    return c.kind == CheckKind::ImplausibleZ || c.kind == CheckKind::LengthDecreased
        || c.kind == CheckKind::WeightChangedALot;
}

} // namespace tumbuh::ui
