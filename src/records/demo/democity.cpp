#include "records/demo/democity.h"

#include "records/demo/demogrowth.h"
#include "records/demo/demonames.h"
#include "records/demo/demorandom.h"
#include "store/valuelimits.h"

#include "growth/anthro.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>

namespace tumbuh::records {
namespace {

// The invented regency: Kalimantan Timur (64) has kota codes 71-74; 79 is
// unused, so every region code and NIK of the demo is visibly not real.
const QString kRegion = QStringLiteral("6479");
const QString kRegionDotted = QStringLiteral("64.79");
constexpr int kMaxAgeDays = 1826; // a posyandu weighs children under 60 months

// Stream numbers: each part of the city draws from its own stream, so that
// changing how one part is drawn does not reshuffle the others.
constexpr std::uint64_t kPlacesStream = 1;
constexpr std::uint64_t kDuplicatesStream = 2;
constexpr std::uint64_t kChildStreamBase = 1000;
// The follow-up of child i (KIA book, referral history, counselling): a
// stream of its own, so that the rest of the city is drawn as before.
constexpr std::uint64_t kFollowUpStreamBase = std::uint64_t{1} << 40;

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString threeDigits(int n)
{
    return QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
}

// 16 digits: region (6), DDMMYY (day + 40 for women and girls), sequence (4).
// The sequence of each region-and-date prefix starts at a number drawn from
// the seed, so that two demo cities seldom share a NIK (a merge of one into
// the other would see them as the same child).
class NikMaker {
public:
    explicit NikMaker(std::uint64_t seed) : seed_(seed) { }
    QString make(int kecamatan, const QDate& date, bool female)
    {
        const QString prefix = kRegion + twoDigits(kecamatan) + twoDigits(date.day() + (female ? 40 : 0))
                             + twoDigits(date.month()) + twoDigits(date.year() % 100);
        auto it = next_.find(prefix);
        if (it == next_.end()) {
            std::uint64_t h = 1469598103934665603ULL; // FNV-1a: stable everywhere
            for (const QChar c : prefix)
                h = (h ^ c.unicode()) * 1099511628211ULL;
            DemoRandom rng(seed_, h);
            it = next_.emplace(prefix, rng.between(1, 8000)).first;
        }
        return prefix + QStringLiteral("%1").arg(it->second++, 4, 10, QLatin1Char('0'));
    }

private:
    std::uint64_t seed_;
    std::map<QString, int> next_;
};

int sessionJd(const DemoPosyanduPlan& p, const QDate& month)
{
    const QDate d(month.year(), month.month(), std::min(p.sessionDay, month.daysInMonth()));
    return static_cast<int>(d.toJulianDay());
}

QDate fromJd(int jd)
{
    return QDate::fromJulianDay(jd);
}

int roundTo(double value, int step)
{
    return static_cast<int>(std::lround(value / step)) * step;
}

// A slip of the pen that WHO's flags catch (|z| beyond the flag limits) but
// that stays within the store's plausible ranges, so it can be saved and
// the "ukur ulang?" check has something to find.
bool applyTypo(DemoRandom& rng, DemoVisit& v, growth::Sex sex, int ageDays)
{
    auto flagged = [&](int weightG, int lengthMm) {
        growth::AnthroInput in;
        in.sex = sex;
        in.age = ageDays;
        in.weightKg = weightG / 1000.0;
        if (lengthMm > 0) {
            in.lenheiCm = lengthMm / 10.0;
            in.measure = static_cast<growth::Measure>(v.position);
        }
        const auto r = growth::computeAnthro(in);
        return r.zwei.flagged || r.zlen.flagged || r.zwfl.flagged;
    };
    const int first = rng.between(0, 3);
    for (int k = 0; k < 4; ++k) {
        int weight = v.weightG;
        int length = v.lengthMm;
        switch ((first + k) % 4) {
        case 0: // the two digits of the centimetres swapped: 85.3 -> 58.3
            if (length >= 100 && length < 1000 && (length / 100) != (length / 10) % 10)
                length = ((length / 10) % 10) * 100 + (length / 100) * 10 + length % 10;
            break;
        case 1: // a leading 1 too many: 8.4 -> 18.4
            if (weight < 10000)
                weight += 10000;
            break;
        case 2: // the tens dropped: 12.3 -> 2.3
            if (weight >= 10000 && weight < 20000)
                weight -= 10000;
            break;
        case 3: // the decimal point one place off: 9.5 -> 0.95
            weight /= 10;
            break;
        }
        if (weight == v.weightG && length == v.lengthMm)
            continue;
        if (weight < limits::kWeightMinG || weight > limits::kWeightMaxG || (length != 0 && length < limits::kLengthMinMm))
            continue;
        if (flagged(weight, length)) {
            v.weightG = weight;
            v.lengthMm = static_cast<std::int16_t>(length);
            return true;
        }
    }
    return false;
}

} // namespace

DemoCity DemoCity::plan(const DemoOptions& options)
{
    DemoCity city;
    city.today = options.today.isValid() ? options.today : QDate::currentDate();
    city.firstDay = city.today.addMonths(-std::max(0, options.months));
    city.province = QStringLiteral("Kalimantan Timur");
    city.planPlaces(options);
    city.planChildren(options);
    city.consents = planDemoConsents(city, options.seed);
    return city;
}

void DemoCity::planPlaces(const DemoOptions& options)
{
    DemoRandom rng(options.seed, kPlacesStream);
    city = DemoNames::cityName(rng);
    const int count = options.posyandu > 0
                        ? options.posyandu
                        : std::max(1, static_cast<int>(std::lround(std::max(0, options.children) / 110.0)));
    // One posyandu per RW, about five RW per kelurahan, up to six kecamatan.
    const int kelurahanCount = std::max(1, (count + 4) / 5);
    const int kecamatanCount = std::min(6, kelurahanCount);
    QSet<QString> used;
    auto uniquePlace = [&] {
        QString name;
        do {
            name = DemoNames::placeName(rng);
        } while (used.contains(name));
        used.insert(name);
        return name;
    };
    std::vector<QString> kecamatan;
    for (int i = 0; i < kecamatanCount; ++i)
        kecamatan.push_back(uniquePlace());
    struct Kelurahan {
        QString name;
        QString code;
        int kecamatan;
        int posyandu = 0;
    };
    std::vector<Kelurahan> kelurahan;
    std::vector<int> perKecamatan(static_cast<std::size_t>(kecamatanCount), 0);
    for (int i = 0; i < kelurahanCount; ++i) {
        const int kec = i % kecamatanCount;
        const int n = ++perKecamatan[static_cast<std::size_t>(kec)];
        kelurahan.push_back({uniquePlace(),
                             kRegionDotted + QLatin1Char('.') + twoDigits(kec + 1) + QStringLiteral(".1")
                                 + threeDigits(n),
                             kec});
    }
    for (int i = 0; i < count; ++i) {
        Kelurahan& kel = kelurahan[static_cast<std::size_t>(i % kelurahanCount)];
        DemoPosyanduPlan p;
        p.name = DemoNames::posyanduName(i);
        p.rw = threeDigits(++kel.posyandu);
        p.kelurahan = kel.name;
        p.kecamatan = kecamatan[static_cast<std::size_t>(kel.kecamatan)];
        p.kecamatanIndex = kel.kecamatan;
        p.regionCode = kel.code;
        p.sessionDay = rng.between(3, 25);
        const double scale = rng.uniform();
        p.scaleGrams = scale < 0.6 ? 100 : (scale < 0.9 ? 50 : 10);
        const int kaders = rng.between(3, 5);
        for (int k = 0; k < kaders; ++k)
            p.kaders << DemoNames::adultName(rng, growth::Sex::Female);
        // Registered in the program before the oldest child of the history.
        p.createdJd = static_cast<int>(firstDay.addMonths(-60).toJulianDay()) - rng.between(30, 400);
        posyandu.push_back(std::move(p));
    }
}

void DemoCity::planChildren(const DemoOptions& options)
{
    const int n = std::max(0, options.children);
    const int todayJd = static_cast<int>(today.toJulianDay());
    const int firstJd = static_cast<int>(firstDay.toJulianDay());
    const int earliestBirth = static_cast<int>(firstDay.addMonths(-59).toJulianDay());
    const int posyanduCount = static_cast<int>(posyandu.size());

    // Posyandu differ in size (50 to 150 children is usual).
    std::vector<double> cumulative;
    {
        DemoRandom rng(options.seed, kPlacesStream + 100);
        double sum = 0;
        for (int i = 0; i < posyanduCount; ++i)
            cumulative.push_back(sum += rng.uniform(0.5, 1.5));
        for (double& c : cumulative)
            c /= sum;
    }
    // The month of each history month's first day, for the session dates.
    std::vector<QDate> months;
    for (QDate m(firstDay.year(), firstDay.month(), 1); m <= today; m = m.addMonths(1))
        months.push_back(m);

    NikMaker niks(options.seed);
    std::vector<int> lastHouseholdOf(static_cast<std::size_t>(posyanduCount), -1);
    std::vector<int> lastBirthInHousehold;
    std::vector<DemoChildPlan> planned;
    planned.reserve(static_cast<std::size_t>(n));
    std::vector<DemoVisit> visitsOut;
    std::vector<DemoCounsellingPlan> counsellingOut;
    visitsOut.reserve(static_cast<std::size_t>(n) * 24);

    for (int i = 0; i < n; ++i) {
        DemoRandom rng(options.seed, kChildStreamBase + static_cast<std::uint64_t>(i));
        DemoChildPlan c;
        c.sex = rng.chance(0.51) ? growth::Sex::Male : growth::Sex::Female;
        const bool female = c.sex == growth::Sex::Female;
        const int birth = rng.between(earliestBirth, todayJd - 3);
        const double where = rng.uniform();
        int home = static_cast<int>(std::lower_bound(cumulative.begin(), cumulative.end(), where) - cumulative.begin());
        home = std::min(home, posyanduCount - 1);
        DemoGrowth track(rng, c.sex);
        c.createdJd = std::min(todayJd, birth + rng.between(3, 40));
        c.updatedJd = c.createdJd;

        // Moving within the city (another posyandu from then on), moving
        // away, dying: the visits stop or change place at that day.
        int relocateJd = 0;
        int firstPosyandu = home;
        if (posyanduCount > 1 && rng.chance(0.03) && todayJd - c.createdJd > 120) {
            relocateJd = rng.between(c.createdJd + 60, todayJd - 30);
            int other = rng.between(0, posyanduCount - 2);
            if (other >= home)
                ++other;
            c.posyandu = other;
        } else {
            c.posyandu = home;
        }
        const double deathRisk = track.profile() == DemoProfile::Wasted ? 0.03 : 0.002;
        if (todayJd - c.createdJd > 60) {
            if (rng.chance(deathRisk)) {
                c.status = ChildStatus::Deceased;
                c.statusJd = rng.between(c.createdJd + 30, std::min(todayJd, birth + kMaxAgeDays));
            } else if (rng.chance(0.05)) {
                c.status = ChildStatus::MovedAway;
                c.statusJd = rng.between(c.createdJd + 30, todayJd);
            }
        }
        if (c.status != ChildStatus::Active)
            c.updatedJd = std::max(c.updatedJd, c.statusJd);
        if (relocateJd != 0)
            c.updatedJd = std::max(c.updatedJd, relocateJd);

        // Birth date as the family gave it: sometimes only roughly.
        const QDate trueBirth = fromJd(birth);
        c.birthJd = birth;
        if (rng.chance(0.04)) {
            c.birthApproximate = true;
            c.birthJd = static_cast<int>(QDate(trueBirth.year(), trueBirth.month(), trueBirth.day() >= 15 ? 15 : 1).toJulianDay());
        }
        if (rng.chance(0.85)) {
            c.birthWeightG = std::clamp(roundTo(track.birthWeightKg() * 1000.0, 50), limits::kBirthWeightMinG,
                                        limits::kBirthWeightMaxG);
            c.birthLengthMm = std::clamp(roundTo(track.birthLengthCm() * 10.0, 5), limits::kBirthLengthMinMm,
                                         limits::kBirthLengthMaxMm);
        }
        const int kecamatan = posyandu[static_cast<std::size_t>(firstPosyandu)].kecamatanIndex + 1;
        // Newborns often have no NIK yet.
        if (rng.chance(todayJd - birth < 90 ? 0.3 : 0.8)) {
            QDate nikDate = trueBirth;
            if (rng.chance(0.01)) // written with another day: the store warns
                nikDate = nikDate.day() < 28 ? nikDate.addDays(1) : nikDate.addDays(-1);
            c.nik = niks.make(kecamatan, nikDate, female);
        }
        c.name = DemoNames::childName(rng, c.sex);

        // A family: a new one, or a sibling born at least 18 months apart.
        int& last = lastHouseholdOf[static_cast<std::size_t>(c.posyandu)];
        if (last >= 0 && rng.chance(0.2) && std::abs(lastBirthInHousehold[static_cast<std::size_t>(last)] - birth) >= 548) {
            c.household = last;
        } else {
            DemoHouseholdPlan h;
            h.posyandu = c.posyandu;
            h.address = DemoNames::streetAddress(rng);
            h.rt = threeDigits(rng.between(1, 12));
            h.fatherName = DemoNames::adultName(rng, growth::Sex::Male);
            h.motherName = DemoNames::adultName(rng, growth::Sex::Female);
            if (rng.chance(0.85))
                h.kkNumber = niks.make(kecamatan, today.addDays(-rng.between(200, 4000)), false);
            if (rng.chance(0.7)) {
                h.fatherNik = niks.make(rng.between(1, 6), trueBirth.addDays(-rng.between(7000, 16000)), false);
                h.motherNik = niks.make(rng.between(1, 6), trueBirth.addDays(-rng.between(6600, 14000)), true);
            }
            QStringList notes;
            const double help = rng.uniform();
            if (help < 0.05)
                notes << QStringLiteral("Penerima PKH dan BPNT");
            else if (help < 0.17)
                notes << QStringLiteral("Penerima PKH");
            else if (help < 0.25)
                notes << QStringLiteral("Penerima BPNT");
            if (rng.chance(0.05))
                notes << QStringLiteral("Rumah kontrak");
            h.notes = notes.join(QStringLiteral("; "));
            h.createdJd = c.createdJd;
            households.push_back(std::move(h));
            lastBirthInHousehold.push_back(birth);
            c.household = static_cast<int>(households.size()) - 1;
            last = c.household;
        }
        lastBirthInHousehold[static_cast<std::size_t>(c.household)] = birth;
        c.motherName = households[static_cast<std::size_t>(c.household)].motherName;
        if (c.status == ChildStatus::MovedAway)
            c.notes = QStringLiteral("Pindah ke luar kota");

        // Visits: the posyandu day of each month, with this child's habits.
        const double attendance = rng.uniform(0.6, 0.97);
        const bool wrongPositionChild = rng.chance(0.06);
        bool missedLast = false;
        const int ownIndex = static_cast<int>(planned.size());
        std::optional<int> referralDay;
        int lastVisitDay = 0;
        const auto episode = track.episodeStart();
        for (const QDate& month : months) {
            const int at = relocateJd != 0 && sessionJd(posyandu[static_cast<std::size_t>(firstPosyandu)], month) < relocateJd
                             ? firstPosyandu
                             : c.posyandu;
            const DemoPosyanduPlan& p = posyandu[static_cast<std::size_t>(at)];
            const int day = sessionJd(p, month);
            const int age = day - birth;
            if (day < firstJd || day > todayJd || day < c.createdJd || age < 3 || age >= kMaxAgeDays)
                continue;
            if (c.status != ChildStatus::Active && day >= c.statusJd)
                continue;
            double p_attend = attendance + (age < 365 ? 0.05 : 0.0) - (age >= 1095 ? 0.12 : 0.0);
            if (missedLast)
                p_attend *= 0.55;
            if (!rng.chance(p_attend)) {
                missedLast = true;
                continue;
            }
            missedLast = false;
            const bool weighingMonth = month.month() == 2 || month.month() == 8; // Bulan Penimbangan Balita
            const DemoSizes s = track.at(age);
            DemoVisit v;
            v.jd = day;
            v.child = ownIndex;
            v.posyandu = static_cast<std::uint16_t>(at);
            v.kader = static_cast<std::uint8_t>(rng.between(0, static_cast<int>(p.kaders.size()) - 1));
            v.weightG = std::clamp(roundTo(s.weightKg * (1.0 + rng.normal(0.0, 0.012)) * 1000.0, p.scaleGrams),
                                   limits::kWeightMinG, limits::kWeightMaxG);
            if (weighingMonth || rng.chance(0.45)) {
                bool lying = age < 731;
                if (wrongPositionChild && age >= 365 && age < 1095 && rng.chance(0.5))
                    lying = !lying;
                // Standing 0.7 cm shorter than lying (WHO): what the tape shows.
                double cm = s.lengthCm + rng.normal(0.0, 0.35);
                if (lying && age >= 731)
                    cm += 0.7;
                else if (!lying && age < 731)
                    cm -= 0.7;
                v.lengthMm = static_cast<std::int16_t>(
                    std::clamp(static_cast<int>(std::lround(cm * 10.0)), limits::kLengthMinMm, limits::kLengthMaxMm));
                v.position = static_cast<std::uint8_t>(lying ? growth::Measure::Lying : growth::Measure::Standing);
            }
            if (age < 731 && rng.chance(0.3))
                v.headMm = static_cast<std::int16_t>(std::clamp(static_cast<int>(std::lround((s.headCm + rng.normal(0.0, 0.3)) * 10.0)),
                                                                limits::kHeadMinMm, limits::kHeadMaxMm));
            if (age >= 183 && s.armCm > 0 && (rng.chance(0.12) || (weighingMonth && rng.chance(0.5))))
                v.muacMm = static_cast<std::int16_t>(std::clamp(static_cast<int>(std::lround((s.armCm + rng.normal(0.0, 0.2)) * 10.0)),
                                                                limits::kMuacMinMm, limits::kMuacMaxMm));
            if (rng.chance(0.0015))
                applyTypo(rng, v, c.sex, age);
            visitsOut.push_back(v);
            lastVisitDay = day;
            if (rng.chance(0.001)) { // saved twice by mistake; the kader deleted the copy
                DemoVisit copy = v;
                copy.deleted = 1;
                visitsOut.push_back(copy);
            }
            if (!referralDay && episode && age >= *episode + 45)
                referralDay = day;
            if (!referralDay && track.profile() == DemoProfile::Stunted && weighingMonth && v.lengthMm != 0 && age >= 180)
                referralDay = day;
        }

        // Some children at risk are referred to the puskesmas.
        DemoRandom follow(options.seed, kFollowUpStreamBase + static_cast<std::uint64_t>(i));
        c.hasKia = !follow.chance(0.03);
        const DemoPosyanduPlan& place = posyandu[static_cast<std::size_t>(c.posyandu)];
        if (referralDay && rng.chance(0.4)) {
            DemoReferralPlan r;
            r.child = ownIndex;
            r.referredJd = *referralDay;
            switch (track.profile()) {
            case DemoProfile::Wasted: r.reasons << QStringLiteral("wasted"); break;
            case DemoProfile::Faltering: r.reasons << QStringLiteral("faltering") << QStringLiteral("2T"); break;
            default: r.reasons << QStringLiteral("stunted"); break;
            }
            r.destination = QStringLiteral("Puskesmas ") + place.kecamatan;
            r.referredBy = place.kaders.front();
            r.followUpJd = r.referredJd + 14;
            if (follow.chance(0.9))
                r.consent = true;
            r.referredNote = follow.chance(0.5) ? QStringLiteral("Diantar ibu ke puskesmas") : QString();
            const int since = todayJd - r.referredJd;
            const double outcome = rng.uniform();
            if (since > 30 && outcome < 0.5) {
                r.status = ReferralStatus::Completed;
                r.arrivedJd = r.referredJd + rng.between(1, std::min(10, since));
                r.closedJd = std::min(todayJd, r.arrivedJd + rng.between(14, 60));
                r.closingNote = follow.chance(0.8) ? QStringLiteral("PMT 90 hari") : QStringLiteral("rujuk RS");
            } else if (since > 10 && outcome < 0.7) {
                r.status = ReferralStatus::Arrived;
                r.arrivedJd = r.referredJd + rng.between(1, std::min(10, since));
            } else if (since > 10 && outcome < 0.8) {
                r.status = ReferralStatus::Cancelled;
                r.closedJd = r.referredJd + rng.between(1, std::min(30, since));
                r.closingNote = QStringLiteral("Keluarga menolak dirujuk");
            } else if (since > 30 && follow.chance(since > 90 ? 0.85 : 0.3)) {
                // Never came: closed by the kader at a later posyandu day.
                r.status = ReferralStatus::NoShow;
                r.closedJd = std::min(todayJd, r.followUpJd + follow.between(1, 30));
                r.closingNote = QStringLiteral("Tidak datang ke puskesmas");
            }
            // Otherwise still referred: overdue once past its follow-up day.
            referrals.push_back(r);

            // Hardship at home: the family is referred too (cross-sector).
            if (follow.chance(0.15)) {
                DemoReferralPlan h;
                h.child = ownIndex;
                h.forHousehold = true;
                h.referredJd = r.referredJd;
                h.referredBy = r.referredBy;
                h.followUpJd = h.referredJd + 14;
                h.consent = follow.chance(0.85);
                const double why = follow.uniform();
                if (why < 0.03) {
                    h.reasons << QStringLiteral("kekerasan");
                    h.destination = QStringLiteral("UPTD PPA");
                } else if (why < 0.55) {
                    h.reasons << QStringLiteral("ekonomi") << QStringLiteral("bansos");
                    h.destination = QStringLiteral("Dinas Sosial (PKH/BPNT)");
                } else {
                    h.reasons << QStringLiteral("ekonomi");
                    h.destination = QStringLiteral("Dinas Koperasi dan UMKM");
                }
                if (*h.consent && since > 40 && follow.chance(0.5)) {
                    h.status = ReferralStatus::Arrived;
                    h.arrivedJd = h.referredJd + follow.between(7, 30);
                } else if (!*h.consent && since > 10) {
                    h.status = ReferralStatus::Cancelled;
                    h.closedJd = h.referredJd + follow.between(1, std::min(10, since));
                    h.closingNote = QStringLiteral("Keluarga belum bersedia");
                }
                referrals.push_back(std::move(h));
            }
        }

        // Counselling (edukasi) at the posyandu: for children at risk, and
        // now and then for any child.
        if (lastVisitDay != 0) {
            auto counsel = [&](int day, const QString& topic) {
                DemoCounsellingPlan k;
                k.child = ownIndex;
                k.jd = day;
                k.topic = topic;
                k.by = place.kaders.back();
                counsellingOut.push_back(std::move(k));
            };
            if (referralDay) {
                switch (track.profile()) {
                case DemoProfile::Wasted: counsel(*referralDay, QStringLiteral("makanan_padat_gizi")); break;
                case DemoProfile::Faltering: counsel(*referralDay, QStringLiteral("gizi_seimbang")); break;
                default: counsel(*referralDay, QStringLiteral("cegah_stunting")); break;
                }
                if (lastVisitDay > *referralDay && follow.chance(0.5))
                    counsel(lastVisitDay, QStringLiteral("dukungan_keluarga"));
            } else if (follow.chance(0.04)) {
                counsel(lastVisitDay, follow.chance(0.5) ? QStringLiteral("timbang_rutin") : QStringLiteral("gizi_seimbang"));
            }
        }
        planned.push_back(std::move(c));
    }

    // A few children registered twice by mistake: the copy was deleted the
    // same day (a merge must carry such deletions).
    {
        DemoRandom rng(options.seed, kDuplicatesStream);
        const int duplicates = n >= 200 ? n / 500 : 0;
        for (int k = 0; k < duplicates; ++k) {
            DemoChildPlan copy = planned[static_cast<std::size_t>(rng.between(0, n - 1))];
            copy.nik.clear();
            copy.birthJd -= rng.between(1, 20); // the wrong date that made it look new
            copy.status = ChildStatus::Active;
            copy.statusJd = 0;
            copy.notes = QStringLiteral("Terdaftar dua kali");
            copy.updatedJd = copy.createdJd;
            copy.deletedJd = copy.createdJd;
            planned.push_back(std::move(copy));
        }
    }

    // A family is registered with its first child.
    for (const DemoChildPlan& c : planned) {
        DemoHouseholdPlan& h = households[static_cast<std::size_t>(c.household)];
        h.createdJd = std::min(h.createdJd, c.createdJd);
    }

    // Ids follow registration, as in a database filled over the years.
    std::vector<int> order(planned.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return planned[static_cast<std::size_t>(a)].createdJd < planned[static_cast<std::size_t>(b)].createdJd; });
    std::vector<int> newIndex(planned.size());
    children.reserve(planned.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        newIndex[static_cast<std::size_t>(order[k])] = static_cast<int>(k);
        children.push_back(std::move(planned[static_cast<std::size_t>(order[k])]));
    }
    for (DemoVisit& v : visitsOut)
        v.child = newIndex[static_cast<std::size_t>(v.child)];
    for (DemoReferralPlan& r : referrals)
        r.child = newIndex[static_cast<std::size_t>(r.child)];
    for (DemoCounsellingPlan& k : counsellingOut)
        k.child = newIndex[static_cast<std::size_t>(k.child)];
    std::sort(visitsOut.begin(), visitsOut.end(), [](const DemoVisit& a, const DemoVisit& b) {
        if (a.jd != b.jd)
            return a.jd < b.jd;
        if (a.posyandu != b.posyandu)
            return a.posyandu < b.posyandu;
        if (a.child != b.child)
            return a.child < b.child;
        return a.deleted < b.deleted;
    });
    std::stable_sort(referrals.begin(), referrals.end(),
                     [](const DemoReferralPlan& a, const DemoReferralPlan& b) { return a.referredJd < b.referredJd; });
    std::stable_sort(counsellingOut.begin(), counsellingOut.end(),
                     [](const DemoCounsellingPlan& a, const DemoCounsellingPlan& b) { return a.jd < b.jd; });
    visits = std::move(visitsOut);
    counselling = std::move(counsellingOut);
}

} // namespace tumbuh::records
