#include "ui/common/displaytext.h"

#include "ui/common/growthinput.h"

#include <QLocale>

#include <cmath>

namespace tumbuh::ui {
namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

bool DisplayText::indonesian()
{
    return QLocale().language() == QLocale::Indonesian;
}

QString DisplayText::age(const QDate& birth, const QDate& on)
{
    const auto months = growth::completedMonths(toYmd(birth), toYmd(on));
    if (!months)
        return {};
    return ageFromMonths(*months);
}

QString DisplayText::ageFromMonths(int completedMonths)
{
    if (completedMonths < 12)
        return tr("%1 mo").arg(completedMonths);
    const int years = completedMonths / 12;
    const int months = completedMonths % 12;
    if (months == 0)
        return tr("%1 y").arg(years);
    return tr("%1 y %2 mo").arg(years).arg(months);
}

QString DisplayText::sexShort(growth::Sex sex)
{
    return sex == growth::Sex::Female ? tr("F", "sex, short") : tr("M", "sex, short");
}

QString DisplayText::sexLong(growth::Sex sex)
{
    return sex == growth::Sex::Female ? tr("Female") : tr("Male");
}

QString DisplayText::date(const QDate& d)
{
    if (!d.isValid())
        return {};
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString DisplayText::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString DisplayText::kg(std::optional<growth::Grams> w)
{
    return w ? number(w->kg(), w->value % 100 == 0 ? 1 : 2) : QString();
}

QString DisplayText::cm(std::optional<growth::Millimetres> mm)
{
    return mm ? number(mm->cm(), 1) : QString();
}

QString DisplayText::z(double roundedZ)
{
    if (!std::isfinite(roundedZ))
        return {};
    QString s = QLocale().toString(std::abs(roundedZ), 'f', 2);
    // A true minus sign reads better than a hyphen in a column of numbers.
    if (roundedZ < 0)
        return QChar(0x2212) + s;
    return (roundedZ > 0 ? QStringLiteral("+") : QString()) + s;
}

QString DisplayText::position(growth::Measure m)
{
    switch (m) {
    case growth::Measure::Lying: return tr("Lying");
    case growth::Measure::Standing: return tr("Standing");
    case growth::Measure::Unknown: break;
    }
    return {};
}

QString DisplayText::category(growth::NutritionCategory c)
{
    return fromView(indonesian() ? growth::labelId(c) : growth::labelEn(c));
}

QString DisplayText::indicatorShort(growth::Indicator i)
{
    using growth::Indicator;
    switch (i) {
    case Indicator::WeightForAge: return tr("WFA", "weight-for-age, BB/U");
    case Indicator::LengthHeightForAge: return tr("HFA", "length/height-for-age, PB/U or TB/U");
    case Indicator::WeightForLengthHeight: return tr("WFH", "weight-for-length/height, BB/PB or BB/TB");
    case Indicator::BmiForAge: return tr("BFA", "BMI-for-age, IMT/U");
    case Indicator::HeadCircumferenceForAge: return tr("HCFA", "head circumference-for-age, LK/U");
    case Indicator::ArmCircumferenceForAge: return tr("ACFA", "arm circumference-for-age, LiLA/U");
    }
    return {};
}

QString DisplayText::indicatorLong(growth::Indicator i)
{
    using growth::Indicator;
    switch (i) {
    case Indicator::WeightForAge: return tr("Weight-for-age");
    case Indicator::LengthHeightForAge: return tr("Length/height-for-age");
    case Indicator::WeightForLengthHeight: return tr("Weight-for-length/height");
    case Indicator::BmiForAge: return tr("BMI-for-age");
    case Indicator::HeadCircumferenceForAge: return tr("Head circumference-for-age");
    case Indicator::ArmCircumferenceForAge: return tr("Arm circumference-for-age");
    }
    return {};
}

QString DisplayText::weighingLetter(growth::WeighingStatus s)
{
    // The letters of the F1 form are the same in every language.
    return QString(QLatin1Char(growth::letter(s)));
}

QString DisplayText::weighingLabel(growth::WeighingStatus s)
{
    return fromView(indonesian() ? growth::labelId(s) : growth::labelEn(s));
}

QString DisplayText::weighingReason(const growth::WeighingAssessment& w)
{
    using growth::WeighingStatus;
    const QString letter = weighingLetter(w.status);
    // Grams with the language's digit grouping ("1.200 g").
    const auto grams = [](int g) { return QLocale().toString(g); };
    const int gain = w.gain ? w.gain->value : 0;
    switch (w.status) {
    case WeighingStatus::B:
        return tr("%1 — first time weighed").arg(letter);
    case WeighingStatus::O:
        if (w.monthsSincePrevious && *w.monthsSincePrevious > 1)
            return tr("%1 — not weighed last month (last weighed %n month(s) ago)", nullptr,
                      *w.monthsSincePrevious)
                .arg(letter);
        return tr("%1 — not weighed last month").arg(letter);
    case WeighingStatus::N:
        if (w.kbm)
            return tr("%1 — Gained %2 g (KBM %3 g)").arg(letter, grams(gain), grams(w.kbm->value));
        return tr("%1 — Gained %2 g").arg(letter, grams(gain));
    case WeighingStatus::T:
        break;
    }
    const QString kbm = w.kbm ? grams(w.kbm->value) : QString();
    if (gain < 0)
        return w.kbm ? tr("%1 — Did not gain: lost %2 g (KBM %3 g)").arg(letter, grams(-gain), kbm)
                     : tr("%1 — Did not gain: lost %2 g").arg(letter, grams(-gain));
    if (gain == 0)
        return tr("%1 — Did not gain: same weight as last month").arg(letter);
    return tr("%1 — Did not gain: gained %2 g, less than the KBM of %3 g").arg(letter, grams(gain), kbm);
}

QStringList DisplayText::triggers(const growth::Assessment& a)
{
    QStringList out;
    if (!a.valid)
        return out;
    // A weight an "ukur ulang?" check questions gives no N/T, 2T, BGM or
    // orange line (growth::questionedValues).
    if (!growth::weighingQuestioned(a)) {
        if (a.twoT)
            out << tr("2T: did not gain weight twice in a row");
        else if (a.weighing && a.weighing->ok() && a.weighing->status == growth::WeighingStatus::T)
            out << tr("T: did not gain weight");
        if (a.bgm)
            out << tr("BGM: below the red line (WFA below −3 SD)");
        if (a.aboveOrange)
            out << tr("Above the orange line (WFA above +1 SD)");
    }
    if (a.has(growth::CheckKind::Oedema))
        out << tr("Oedema on both feet");
    return out;
}

QString DisplayText::check(const growth::Check& c)
{
    using growth::CheckKind;
    switch (c.kind) {
    case CheckKind::LengthDecreased:
        return tr("Length/height %1 cm lower than last time: measure again?").arg(number(c.amount, 1));
    case CheckKind::WeightChangedALot:
        return tr("Weight changed by %1 % in about a month: weigh again?").arg(number(c.amount, 0));
    case CheckKind::SameAsLastTime:
        return tr("Weight and length/height exactly as last time: is that right?");
    case CheckKind::StandingUnder24Months:
        return tr("Measured standing before 24 months: counted as length (+0.7 cm)");
    case CheckKind::LyingFrom24Months:
        return tr("Measured lying from 24 months: counted as height (−0.7 cm)");
    case CheckKind::StandingUnder9Months:
        return tr("Under 9 months a child is measured lying: the standing position is ignored");
    case CheckKind::PositionMissing:
        return tr("How the length/height was measured is missing");
    case CheckKind::ImplausibleZ:
        return tr("%1 is outside WHO's plausible range: check the measurement")
            .arg(c.indicator ? indicatorShort(*c.indicator) : QString());
    case CheckKind::Oedema:
        return tr("Oedema: the weight-based z-scores are not computed");
    }
    return {};
}

} // namespace tumbuh::ui
