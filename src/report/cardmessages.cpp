#include "report/cardmessages.h"

#include "growth/cadre.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace tumbuh::report {
namespace {

using growth::NutritionCategory;
using C = NutritionCategory;
using S = CardStatus;
using A = CardAgeGroup;

// Plain words a mother understands, after the Buku KIA's own advice: ASI
// only to 6 months, ASI to 2 years with varied MP-ASI, animal-source food
// every day, more frequent meals when weight does not go up, and the health
// worker for anything that needs more than food.
constexpr std::array<EducationMessage, 16> kMessages = {{
    {S::SevereWasting, A::Any,
     "Anak sangat kurus dan perlu segera diperiksa. Bawa anak ke puskesmas hari ini atau besok. "
     "Tetap beri ASI dan makanan sedikit-sedikit tapi sering.",
     "Your child is very thin and needs to be seen soon. Take the child to the puskesmas today or "
     "tomorrow. Keep breastfeeding and give small meals often."},
    {S::Wasting, A::Under6Months,
     "Anak kurus. Susui lebih sering, siang dan malam, paling sedikit 8 kali sehari. "
     "Bawa anak ke bidan atau puskesmas minggu ini.",
     "Your child is thin. Breastfeed more often, day and night, at least 8 times a day. "
     "Take the child to the midwife or puskesmas this week."},
    {S::Wasting, A::Any,
     "Anak kurus. Beri makan lebih sering: 3 kali makan dan 2 kali selingan, dengan lauk hewani "
     "(telur, ikan, ayam, hati) setiap kali makan. Teruskan ASI. Bawa anak ke puskesmas untuk "
     "diperiksa dan mendapat makanan tambahan.",
     "Your child is thin. Feed more often: 3 meals and 2 snacks, with animal-source food (egg, "
     "fish, chicken, liver) at every meal. Keep breastfeeding. Take the child to the puskesmas "
     "for a check and supplementary food."},
    {S::Underweight, A::Under6Months,
     "Berat anak kurang untuk umurnya. Susui lebih sering, siang dan malam. Bawa anak ke bidan "
     "atau puskesmas untuk diperiksa.",
     "Your child's weight is low for age. Breastfeed more often, day and night. Take the child to "
     "the midwife or puskesmas for a check."},
    {S::Underweight, A::Any,
     "Berat anak kurang untuk umurnya. Beri makanan yang padat gizi: nasi atau bubur kental dengan "
     "lauk hewani, tambah sedikit minyak atau santan, dan beri selingan sehat di antara waktu "
     "makan. Bawa anak ke puskesmas untuk diperiksa.",
     "Your child's weight is low for age. Give energy-rich food: rice or thick porridge with "
     "animal-source food, a little oil or coconut milk, and healthy snacks between meals. Take the "
     "child to the puskesmas for a check."},
    {S::NotGaining, A::Under6Months,
     "Berat badan tidak naik. Susui lebih sering, paling sedikit 8 kali sehari, siang dan malam. "
     "Bila anak sakit atau malas menyusu, bawa ke bidan atau puskesmas.",
     "Weight did not go up. Breastfeed more often, at least 8 times a day, day and night. If the "
     "child is ill or feeds poorly, see the midwife or puskesmas."},
    {S::NotGaining, A::Any,
     "Berat badan tidak naik. Beri makan lebih sering: 3 kali makan dan 1-2 kali selingan, dengan "
     "lauk hewani setiap kali makan. Bila anak sakit (diare, batuk, demam), tetap beri makan dan "
     "minum, dan bawa ke bidan atau puskesmas.",
     "Weight did not go up. Feed more often: 3 meals and 1-2 snacks, with animal-source food at "
     "every meal. If the child is ill (diarrhoea, cough, fever), keep feeding and giving drinks, "
     "and see the midwife or puskesmas."},
    {S::Stunting, A::Under6Months,
     "Panjang anak kurang untuk umurnya. Beri ASI saja sampai 6 bulan, sesering anak mau. "
     "Tanyakan ke bidan atau puskesmas cara membantu anak mengejar pertumbuhannya.",
     "Your child's length is low for age. Give only breast milk until 6 months, as often as the "
     "child wants. Ask the midwife or puskesmas how to help the child catch up."},
    {S::Stunting, A::From6To23Months,
     "Panjang anak kurang untuk umurnya (pendek). Beri lauk hewani setiap hari (telur, ikan, ayam, "
     "daging, hati), teruskan ASI sampai 2 tahun, minum air yang dimasak dan cuci tangan pakai "
     "sabun. Tanyakan ke puskesmas cara membantu anak mengejar pertumbuhannya.",
     "Your child's length is low for age (stunted). Give animal-source food every day (egg, fish, "
     "chicken, meat, liver), keep breastfeeding to 2 years, drink boiled water and wash hands with "
     "soap. Ask the puskesmas how to help the child catch up."},
    {S::Stunting, A::Any,
     "Tinggi anak kurang untuk umurnya (pendek). Beri lauk hewani setiap hari (telur, ikan, ayam, "
     "daging, hati), sayur dan buah, minum air yang dimasak dan cuci tangan pakai sabun. "
     "Konsultasikan ke puskesmas.",
     "Your child's height is low for age (stunted). Give animal-source food every day (egg, fish, "
     "chicken, meat, liver), vegetables and fruit, drink boiled water and wash hands with soap. "
     "Ask the puskesmas for advice."},
    {S::Overweight, A::Under6Months,
     "Berat anak berlebih. Teruskan ASI saja; jangan beri susu formula, air gula atau makanan lain "
     "sebelum 6 bulan tanpa saran bidan.",
     "Your child's weight is high. Keep to breast milk only; do not give formula, sugar water or "
     "other food before 6 months unless the midwife advises it."},
    {S::Overweight, A::Any,
     "Berat anak berlebih untuk tinggi badannya. Kurangi minuman manis, makanan ringan kemasan dan "
     "gorengan; beri sayur dan buah; ajak anak aktif bermain setiap hari. Konsultasikan ke "
     "puskesmas.",
     "Your child's weight is high for their height. Cut down on sweet drinks, packaged snacks and "
     "fried food; give vegetables and fruit; let the child play actively every day. Ask the "
     "puskesmas for advice."},
    {S::Normal, A::Under6Months,
     "Anak tumbuh baik. Beri ASI saja sampai umur 6 bulan, sesering anak mau, siang dan malam. "
     "Datang ke posyandu setiap bulan.",
     "Your child is growing well. Give only breast milk until 6 months, as often as the child "
     "wants, day and night. Come to the posyandu every month."},
    {S::Normal, A::From6To23Months,
     "Anak tumbuh baik. Teruskan ASI sampai 2 tahun dan beri MP-ASI yang beragam: nasi atau bubur, "
     "lauk hewani (telur, ikan, ayam, hati), kacang-kacangan, sayur dan buah. Datang ke posyandu "
     "setiap bulan.",
     "Your child is growing well. Keep breastfeeding to 2 years and give varied complementary "
     "food: rice or porridge, animal-source food (egg, fish, chicken, liver), beans, vegetables "
     "and fruit. Come to the posyandu every month."},
    {S::Normal, A::Any,
     "Anak tumbuh baik. Beri makanan keluarga yang beragam 3 kali sehari dan 1-2 kali selingan "
     "sehat, dengan lauk hewani setiap hari. Datang ke posyandu setiap bulan.",
     "Your child is growing well. Give varied family food 3 times a day and 1-2 healthy snacks, "
     "with animal-source food every day. Come to the posyandu every month."},
    {S::SevereWasting, A::Under6Months,
     "Anak sangat kurus dan perlu segera diperiksa. Bawa anak ke puskesmas hari ini atau besok. "
     "Susui sesering mungkin.",
     "Your child is very thin and needs to be seen soon. Take the child to the puskesmas today or "
     "tomorrow. Breastfeed as often as possible."},
}};

QString pick(LabelLanguage language, const char* id, const char* en)
{
    return QString::fromUtf8(language == LabelLanguage::Indonesian ? id : en);
}

// A category only counts when its z-score is plausible: a flagged value is
// probably an error and must not choose the advice.
std::optional<C> plausible(const IndexStatus& s)
{
    return s.flagged ? std::nullopt : s.category;
}

bool is(const std::optional<C>& c, std::initializer_list<C> any)
{
    if (!c)
        return false;
    for (const C x : any)
        if (*c == x)
            return true;
    return false;
}

} // namespace

std::span<const EducationMessage> educationMessages() { return kMessages; }

CardAgeGroup ageGroupOf(int ageDays)
{
    const double months = ageDays / growth::kDaysPerMonth;
    return months < 6.0 ? A::Under6Months : months < 24.0 ? A::From6To23Months
                                                          : A::From24Months;
}

QList<CardStatus> cardStatuses(const LatestResult& r)
{
    const auto wfl = plausible(r.weightForLength);
    const auto bmi = plausible(r.bmiForAge);
    const auto wfa = plausible(r.weightForAge);
    const auto lfa = plausible(r.lengthForAge);
    QList<CardStatus> out;
    if (r.oedema || is(wfl, {C::SeverelyWasted}) || is(bmi, {C::SevereThinness}))
        out.push_back(S::SevereWasting);
    else if (is(wfl, {C::Wasted}) || is(bmi, {C::Thinness}))
        out.push_back(S::Wasting);
    if (is(wfa, {C::SeverelyUnderweight, C::Underweight}))
        out.push_back(S::Underweight);
    if (r.weighing == growth::WeighingStatus::T)
        out.push_back(S::NotGaining);
    if (is(lfa, {C::SeverelyStunted, C::Stunted}))
        out.push_back(S::Stunting);
    if (is(wfl, {C::PossibleRiskOfOverweight, C::Overweight, C::Obese})
        || is(bmi, {C::Overweight5To18, C::Obese5To18})
        || (!wfl && !bmi && is(wfa, {C::RiskOfOverweight})))
        out.push_back(S::Overweight);
    if (out.isEmpty())
        out.push_back(S::Normal);
    return out;
}

QStringList educationFor(const LatestResult& latest, LabelLanguage language)
{
    const CardAgeGroup group = ageGroupOf(latest.ageDays);
    auto message = [&](CardStatus s) -> QString {
        const EducationMessage* fallback = nullptr;
        for (const EducationMessage& m : kMessages) {
            if (m.status != s)
                continue;
            if (m.ages == group)
                return pick(language, m.id, m.en);
            if (m.ages == A::Any)
                fallback = &m;
        }
        return fallback ? pick(language, fallback->id, fallback->en) : QString();
    };
    const QList<CardStatus> statuses = cardStatuses(latest);
    QStringList out{message(statuses.front())};
    if (statuses.front() != S::Stunting && statuses.contains(S::Stunting))
        out.push_back(message(S::Stunting));
    return out;
}

bool needsReferral(const LatestResult& r)
{
    const auto wfl = plausible(r.weightForLength);
    const auto lfa = plausible(r.lengthForAge);
    const bool weightLine = !r.weightForAge.flagged && (r.bgm || r.aboveOrange);
    return r.oedema || r.weighing == growth::WeighingStatus::T || weightLine
        || is(lfa, {C::SeverelyStunted, C::Stunted})
        || is(wfl, {C::SeverelyWasted, C::Wasted, C::Overweight, C::Obese})
        || is(plausible(r.bmiForAge), {C::SevereThinness, C::Thinness, C::Obese5To18});
}

namespace {

// One plain sentence per Permenkes category, for the card's result box.
struct Sentence {
    C category;
    const char* id;
    const char* en;
};

constexpr Sentence kWeightForAgeSentences[] = {
    {C::SeverelyUnderweight, "Berat badan sangat kurang untuk umurnya.", "Weight is far too low for age."},
    {C::Underweight, "Berat badan kurang untuk umurnya.", "Weight is too low for age."},
    {C::NormalWeight, "Berat badan sesuai umur.", "Weight is right for age."},
    {C::RiskOfOverweight, "Berat badan lebih dari umurnya.", "Weight is above the normal range for age."},
};

// %1 is "Panjang badan" (under 24 months) or "Tinggi badan".
constexpr Sentence kLengthForAgeSentences[] = {
    {C::SeverelyStunted, "%1 sangat kurang untuk umurnya (sangat pendek).",
     "%1 is far too low for age (severely stunted)."},
    {C::Stunted, "%1 kurang untuk umurnya (pendek).", "%1 is too low for age (stunted)."},
    {C::NormalHeight, "%1 sesuai umur.", "%1 is right for age."},
    {C::Tall, "%1 di atas rata-rata umurnya.", "%1 is above average for age."},
};

// Weight-for-length/height, or BMI-for-age from 5 years; the normal band
// says nothing (the weight and height sentences already did).
constexpr Sentence kThinnessSentences[] = {
    {C::SeverelyWasted, "Anak sangat kurus untuk tinggi badannya (gizi buruk).",
     "The child is very thin for their height (severely wasted)."},
    {C::Wasted, "Anak kurus untuk tinggi badannya (gizi kurang).", "The child is thin for their height (wasted)."},
    {C::PossibleRiskOfOverweight, "Berat badan mulai berlebih untuk tinggi badannya.",
     "Weight is starting to be high for height."},
    {C::Overweight, "Berat badan berlebih untuk tinggi badannya (gizi lebih).",
     "Weight is too high for height (overweight)."},
    {C::Obese, "Anak terlalu gemuk untuk tinggi badannya (obesitas).",
     "The child is far too heavy for their height (obese)."},
    {C::SevereThinness, "Anak sangat kurus untuk umurnya (gizi buruk).",
     "The child is very thin for age (severe thinness)."},
    {C::Thinness, "Anak kurus untuk umurnya (gizi kurang).", "The child is thin for age (thinness)."},
    {C::Overweight5To18, "Berat badan berlebih (gizi lebih).", "The child is overweight."},
    {C::Obese5To18, "Anak terlalu gemuk (obesitas).", "The child is obese."},
};

template <std::size_t N>
const Sentence* sentenceFor(const Sentence (&table)[N], const std::optional<C>& c)
{
    if (!c)
        return nullptr;
    for (const Sentence& s : table)
        if (s.category == *c)
            return &s;
    return nullptr;
}

QString weighingSentence(const LatestResult& r, LabelLanguage lang)
{
    const QString grams = r.gainGrams ? QString::number(std::abs(*r.gainGrams)) : QString();
    switch (*r.weighing) {
    case growth::WeighingStatus::N:
        return pick(lang, "Berat badan naik %1 gram.", "Weight went up by %1 g.").arg(grams);
    case growth::WeighingStatus::T:
        if (r.gainGrams && *r.gainGrams < 0)
            return pick(lang, "Berat badan turun %1 gram.", "Weight went down by %1 g.").arg(grams);
        if (r.gainGrams && *r.gainGrams > 0)
            return pick(lang, "Berat badan naik %1 gram, kurang dari kenaikan minimal.",
                        "Weight went up by %1 g, less than the minimum gain.")
                .arg(grams);
        return pick(lang, "Berat badan tidak naik.", "Weight did not go up.");
    case growth::WeighingStatus::O:
        return pick(lang, "Bulan lalu anak tidak ditimbang.", "The child was not weighed last month.");
    case growth::WeighingStatus::B:
        return pick(lang, "Ini penimbangan pertama anak.", "This is the child's first weighing.");
    }
    return {};
}

} // namespace

QStringList resultSentences(const LatestResult& r, LabelLanguage lang)
{
    QStringList out;
    auto say = [&](const char* id, const char* en) { out.push_back(pick(lang, id, en)); };
    if (r.weighing) {
        out.push_back(weighingSentence(r, lang));
        if (r.weighing == growth::WeighingStatus::T && r.twoT)
            say("Sudah dua kali berturut-turut tidak naik.", "Two weighings in a row without gain.");
    }
    if (const Sentence* s = sentenceFor(kWeightForAgeSentences, plausible(r.weightForAge)))
        say(s->id, s->en);
    if (const Sentence* s = sentenceFor(kLengthForAgeSentences, plausible(r.lengthForAge))) {
        const bool lying = r.ageDays <= 730;
        const QString what = pick(lang, lying ? "Panjang badan" : "Tinggi badan", lying ? "Length" : "Height");
        out.push_back(pick(lang, s->id, s->en).arg(what));
    }
    const auto thin = plausible(r.weightForLength) ? plausible(r.weightForLength) : plausible(r.bmiForAge);
    if (const Sentence* s = sentenceFor(kThinnessSentences, thin))
        say(s->id, s->en);
    if (r.oedema)
        say("Ada bengkak di kedua kaki.", "Both feet are swollen.");
    if (r.anyFlag)
        say("Ada hasil ukur yang tidak wajar; mohon diukur ulang.", "A measurement looks wrong; please measure again.");
    if (needsReferral(r))
        say("Bawa anak ke bidan atau puskesmas untuk diperiksa.",
            "Take the child to the midwife or puskesmas for a check.");
    return out;
}

} // namespace tumbuh::report
