#include "records/followup/slipdata.h"

#include "growth/assessment.h"
#include "growth/cadre.h"
#include "growth/permenkes.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <utility>
#include <vector>

namespace tumbuh::records {
namespace {

std::chrono::year_month_day toYmd(const QDate& date)
{
    // An invalid QDate becomes an invalid year_month_day, which the engine
    // reports instead of computing with it.
    if (!date.isValid())
        return std::chrono::year{0} / std::chrono::month{0} / std::chrono::day{0};
    return std::chrono::year{date.year()} / std::chrono::month{static_cast<unsigned>(date.month())}
         / std::chrono::day{static_cast<unsigned>(date.day())};
}

growth::Visit toVisit(const Measurement& m)
{
    growth::Visit v;
    v.date = toYmd(m.date);
    v.weight = m.weight;
    v.lengthHeight = m.length;
    v.measure = m.position;
    v.headCircumference = m.headCircumference;
    v.armCircumference = m.armCircumference;
    v.oedema = m.oedema;
    return v;
}

report::SlipIndex slipIndex(const growth::IndicatorResult& r)
{
    report::SlipIndex i;
    if (!r.z.ok())
        return i;
    i.z = r.z.z;
    if (r.category)
        i.label = QString::fromUtf8(growth::labelId(*r.category));
    i.flagged = r.z.flagged;
    return i;
}

report::SlipMeasurement slipMeasurement(const Measurement& m, const growth::Assessment& a)
{
    report::SlipMeasurement s;
    s.date = m.date;
    if (a.valid)
        s.ageMonths = a.completedMonths;
    if (m.weight)
        s.weightKg = m.weight->value / 1000.0;
    if (m.length)
        s.lengthCm = m.length->value / 10.0;
    s.standing = m.position == growth::Measure::Standing;
    if (m.armCircumference)
        s.muacCm = m.armCircumference->value / 10.0;
    s.oedema = m.oedema;
    s.weightForAge = slipIndex(a.weightForAge);
    s.lengthForAge = slipIndex(a.lengthForAge);
    s.weightForLength = slipIndex(a.weightForLength);
    return s;
}

Error notFound(const QUuid& uid)
{
    return Error{ErrorCode::NotFound,
                 {},
                 QCoreApplication::translate("tumbuh::records", "There is no referral with the UID %1 in this database.")
                     .arg(uid.toString(QUuid::WithoutBraces)),
                 {},
                 {}};
}

} // namespace

// The slip's own words: a full sentence for the destination's reader, where
// the rules file's words (growth/attention.h) are a short list label or a
// template with the child's numbers. A test checks that every code of the
// rules layer has words here.
QString reasonWords(const QString& code)
{
    static const std::pair<const char*, const char*> kWords[] = {
        {"severely_stunted", "Sangat pendek (PB/U atau TB/U di bawah -3 SD)"},
        {"stunted", "Pendek (PB/U atau TB/U di bawah -2 SD)"},
        {"severely_wasted", "Gizi buruk (BB/PB atau BB/TB di bawah -3 SD)"},
        {"wasted", "Gizi kurang (BB/PB atau BB/TB di bawah -2 SD)"},
        {"severely_underweight", "Berat badan sangat kurang (BB/U di bawah -3 SD)"},
        {"underweight", "Berat badan kurang (BB/U di bawah -2 SD)"},
        {"obese", "Obesitas (BB/PB atau BB/TB di atas +3 SD)"},
        {"overweight", "Gizi lebih (BB/PB atau BB/TB di atas +2 SD)"},
        {"risk_overweight", "Berisiko gizi lebih (BB/PB atau BB/TB di atas +1 SD)"},
        {"muac_severe", "LiLA kurang dari 11,5 cm"},
        {"muac_moderate", "LiLA 11,5 cm sampai kurang dari 12,5 cm"},
        {"oedema", "Bengkak (edema) pada kedua kaki"},
        {"T", "Berat badan tidak naik (T)"},
        {"2T", "Berat badan tidak naik 2 kali berturut-turut (2T)"},
        {"BGM", "Berat badan di bawah garis merah (BGM)"},
        {"faltering", "Kenaikan berat badan terlalu sedikit (pertumbuhan melambat)"},
        {"not_weighed", "Tidak ditimbang 2 bulan terakhir"},
        {"implausible", "Hasil ukur tidak wajar: perlu diukur ulang"},
        {"sibling_at_risk", "Saudara kandung pendek atau gizi kurang"},
        {"ekonomi", "Keluarga kesulitan ekonomi atau pekerjaan"},
        {"bansos", "Keluarga membutuhkan bantuan sosial (PKH, BPNT)"},
        {"kekerasan", "Kekerasan atau penelantaran anak"},
    };
    const QString key = code.trimmed();
    for (const auto& [c, words] : kWords) {
        if (key == QLatin1String(c))
            return QString::fromUtf8(words);
    }
    return key;
}

Result<report::SlipInput> referralSlipInput(Database& db, const QUuid& referralUid)
{
    auto found = ReferralRepository(db).findByUid(referralUid);
    if (!found)
        return found.error();
    if (!*found || (*found)->meta.isDeleted())
        return notFound(referralUid);
    const Referral& referral = **found;
    auto child = ChildRepository(db).get(referral.childId);
    if (!child)
        return child.error();

    report::SlipInput s;
    s.referredOn = referral.referredOn;
    s.senderName = referral.referredBy;
    s.destination = referral.destination;
    s.followUpOn = referral.followUpOn;
    s.forHousehold = referral.forHousehold;
    s.confidential = isConfidential(referral);
    for (const QString& code : referral.reasons)
        s.reasons << reasonWords(code);
    s.printedOn = db.today();

    s.childName = child->name;
    s.sex = child->sex;
    s.birthDate = child->birthDate;
    s.ageMonths = growth::completedMonths(toYmd(child->birthDate), toYmd(referral.referredOn));
    s.nik = child->nik;
    s.motherName = child->motherName;

    if (auto p = PosyanduRepository(db).get(child->posyanduId)) {
        s.posyanduName = p->name;
        s.posyanduRw = p->rw;
        s.posyanduKelurahan = p->kelurahan;
    }
    if (child->householdId) {
        if (auto h = HouseholdRepository(db).get(*child->householdId)) {
            if (s.motherName.isEmpty())
                s.motherName = h->motherName;
            s.fatherName = h->fatherName;
            s.address = h->address;
            s.rt = h->rt;
            s.rw = h->rw;
            s.kelurahan = h->kelurahan;
        }
    }

    // The last two visits up to the referral day, each assessed against the
    // child's whole history (N/T and the checks look back).
    auto history = MeasurementRepository(db).history(child->meta.id);
    if (!history)
        return history.error();
    std::vector<growth::Visit> visits;
    visits.reserve(history->size());
    for (const Measurement& m : *history)
        visits.push_back(toVisit(m));
    const growth::ChildFacts facts{child->sex, toYmd(child->birthDate)};
    for (std::size_t i = history->size(); i-- > 0 && s.measurements.size() < 2;) {
        const Measurement& m = (*history)[i];
        if (referral.referredOn.isValid() && m.date > referral.referredOn)
            continue;
        s.measurements.push_back(slipMeasurement(m, growth::assessVisit(facts, visits[i], visits)));
    }
    return s;
}

} // namespace tumbuh::records
