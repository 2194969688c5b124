#include "records/demo/demowriter.h"

#include "records/demo/demousers.h"

#include "records/nativestatement.h"
#include "store/childcolumns.h"
#include "store/database.h"
#include "store/householdcolumns.h"
#include "store/pin.h"
#include "store/sqlutil.h"
#include "store/measurementcolumns.h"
#include "store/posyanducolumns.h"
#include "store/referralcolumns.h"
#include "store/storagecodes.h"
#include "store/usercolumns.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace tumbuh::records {
namespace {

constexpr std::uint64_t kUidStream = 3;
constexpr std::int64_t kUnixEpochJd = 2440588;

// ISO-8601 texts written straight into small buffers: a city has millions
// of them, and QDate::toString would be a good part of the run time.
void put2(char* p, int v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

struct DateText {
    std::array<char, 10> text{};
    explicit DateText(int jd)
    {
        int y = 0, m = 0, d = 0;
        QDate::fromJulianDay(jd).getDate(&y, &m, &d);
        put2(text.data(), y / 100);
        put2(text.data() + 2, y % 100);
        text[4] = '-';
        put2(text.data() + 5, m);
        text[7] = '-';
        put2(text.data() + 8, d);
    }
    std::string_view view() const { return {text.data(), text.size()}; }
};

// 'YYYY-MM-DDTHH:MM:SS.mmmZ', UTC, as sqlutil writes timestamps.
struct StampText {
    std::array<char, 24> text{};
    StampText(int jd, int millisOfDay)
    {
        const DateText date(jd);
        std::copy(date.text.begin(), date.text.end(), text.begin());
        const int s = millisOfDay / 1000;
        text[10] = 'T';
        put2(text.data() + 11, s / 3600);
        text[13] = ':';
        put2(text.data() + 14, (s / 60) % 60);
        text[16] = ':';
        put2(text.data() + 17, s % 60);
        text[19] = '.';
        const int ms = millisOfDay % 1000;
        text[20] = static_cast<char>('0' + ms / 100);
        put2(text.data() + 21, ms % 100);
        text[23] = 'Z';
    }
    std::string_view view() const { return {text.data(), text.size()}; }
};

// A time-ordered UUID (RFC 9562 version 7: milliseconds since 1970, then
// random bits from the seed). Rows are written in time order, so the uid
// index grows at its end instead of being split at random places.
struct UidText {
    std::array<char, 36> text{};
    UidText(DemoRandom& rng, int jd, int millisOfDay)
    {
        const auto ms = static_cast<std::uint64_t>((jd - kUnixEpochJd) * 86400000LL + millisOfDay);
        std::array<std::uint8_t, 16> b{};
        for (int i = 0; i < 6; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (40 - 8 * i));
        const std::uint64_t r1 = rng.next();
        const std::uint64_t r2 = rng.next();
        for (int i = 6; i < 16; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>((i < 8 ? r1 : r2) >> (8 * (i % 8)));
        b[6] = static_cast<std::uint8_t>(0x70 | (b[6] & 0x0f));
        b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3f));
        static constexpr char hex[] = "0123456789abcdef";
        std::size_t o = 0;
        for (std::size_t i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                text[o++] = '-';
            text[o++] = hex[b[i] >> 4];
            text[o++] = hex[b[i] & 0x0f];
        }
    }
    std::string_view view() const { return {text.data(), text.size()}; }
};

// Posyandu days start at 08:00 WITA (UTC+8), i.e. 00:00 UTC.
constexpr int kMorningUtcMs = 30 * 60 * 1000;

void bindText(NativeStatement& s, int i, const QString& text)
{
    s.bind(i, text);
}

void bindOptional(NativeStatement& s, int i, int value)
{
    if (value == 0)
        s.bindNull(i);
    else
        s.bind(i, static_cast<std::int64_t>(value));
}

void bindOptionalDate(NativeStatement& s, int i, int jd)
{
    if (jd == 0)
        s.bindNull(i);
    else
        s.bind(i, DateText(jd).view());
}

} // namespace

DemoWriter::DemoWriter(Database& db, const DemoCity& city, std::uint64_t seed)
    : db_(db), city_(city), uids_(seed, kUidStream)
{
}

Result<void> DemoWriter::write(const std::function<bool(int)>& progress)
{
    for (auto step : {&DemoWriter::writeUsers, &DemoWriter::writePosyandu, &DemoWriter::writeUserAccess,
                      &DemoWriter::writeHouseholds, &DemoWriter::writeChildren}) {
        if (auto r = (this->*step)(); !r)
            return r;
    }
    if (auto r = writeVisits(progress); !r)
        return r;
    if (auto r = writeReferrals(); !r)
        return r;
    return writeCounselling();
}

Result<void> DemoWriter::writeUsers()
{
    // Users may exist already (the desktop program may have made one before
    // writing the demo): theirs keep their ids, and a demo user whose name is
    // taken is left out.
    auto s = NativeStatement::prepare(db_, table<User>().bulkInsertSql<&User::name, &User::role>(false));
    if (!s)
        return s.error();
    const int jd = static_cast<int>(city_.firstDay.toJulianDay()) - 400;
    for (const DemoUser& u : demoUsers()) {
        const QString name = QString::fromLatin1(u.name);
        auto taken = sql::scalar(db_, QStringLiteral("SELECT count(*) FROM users WHERE name = ? COLLATE NOCASE"), {name});
        if (!taken)
            return taken.error();
        if (taken->toLongLong() > 0)
            continue;
        const UidText uid(uids_, jd, kMorningUtcMs);
        const StampText at(jd, kMorningUtcMs);
        s->bind(1, uid.view());
        bindText(*s, 2, name);
        bindText(*s, 3, codes::roleText(u.role));
        s->bind(4, at.view());
        s->bind(5, at.view());
        if (auto r = s->run(); !r)
            return r;
        usersWritten_.emplace_back(QString::fromLatin1(uid.view().data(), static_cast<qsizetype>(uid.view().size())), u.role);
    }
    return {};
}

Result<void> DemoWriter::writeUserAccess()
{
    // The PIN (hashed with a random salt: the one value of a demo that differs
    // from run to run) and the kader's home posyandu, which exists only now.
    for (const auto& [uid, role] : usersWritten_) {
        auto hash = hashPin(QString::fromLatin1(kDemoPin));
        if (!hash)
            return hash.error();
        const QVariant posyandu = role == Role::Kader && !city_.posyandu.empty() ? QVariant(qlonglong{1}) : QVariant();
        auto q = sql::exec(db_, QStringLiteral("UPDATE users SET pin_hash = ?, posyandu_id = ? WHERE uid = ?"),
                           {*hash, posyandu, uid});
        if (!q)
            return q.error();
        (*q)->finish();
    }
    return {};
}

Result<void> DemoWriter::writePosyandu()
{
    auto s = NativeStatement::prepare(
        db_, table<Posyandu>().bulkInsertSql<&Posyandu::name, &Posyandu::rw, &Posyandu::kelurahan, &Posyandu::kecamatan, &Posyandu::kabupaten, &Posyandu::province, &Posyandu::regionCode, &Posyandu::regionCodeVersion, &Posyandu::notes>(true));
    if (!s)
        return s.error();
    std::int64_t id = 0;
    for (const DemoPosyanduPlan& p : city_.posyandu) {
        const int ms = kMorningUtcMs + static_cast<int>(id % 1000) * 1000;
        const StampText at(p.createdJd, ms);
        s->bind(1, ++id);
        s->bind(2, UidText(uids_, p.createdJd, ms).view());
        bindText(*s, 3, p.name);
        bindText(*s, 4, p.rw);
        bindText(*s, 5, p.kelurahan);
        bindText(*s, 6, p.kecamatan);
        bindText(*s, 7, city_.city);
        bindText(*s, 8, city_.province);
        bindText(*s, 9, p.regionCode);
        // The codes are invented; say so where a real list's name would be.
        bindText(*s, 10, QStringLiteral("demo"));
        bindText(*s, 11, QStringLiteral("Data demo (fiktif)"));
        s->bind(12, at.view());
        s->bind(13, at.view());
        if (auto r = s->run(); !r)
            return r;
    }
    return {};
}

Result<void> DemoWriter::writeHouseholds()
{
    auto s = NativeStatement::prepare(
        db_, table<Household>().bulkInsertSql<&Household::posyanduId, &Household::address, &Household::rt, &Household::rw, &Household::kelurahan, &Household::kkNumber, &Household::fatherName, &Household::fatherNik, &Household::motherName, &Household::motherNik, &Household::notes>(true));
    if (!s)
        return s.error();
    std::int64_t id = 0;
    for (const DemoHouseholdPlan& h : city_.households) {
        const DemoPosyanduPlan& p = city_.posyandu[static_cast<std::size_t>(h.posyandu)];
        const int ms = kMorningUtcMs + static_cast<int>(id % 3600) * 1000;
        const StampText at(h.createdJd, ms);
        s->bind(1, ++id);
        s->bind(2, UidText(uids_, h.createdJd, ms).view());
        s->bind(3, static_cast<std::int64_t>(h.posyandu + 1));
        bindText(*s, 4, h.address);
        bindText(*s, 5, h.rt);
        bindText(*s, 6, p.rw);
        bindText(*s, 7, p.kelurahan);
        bindText(*s, 8, h.kkNumber);
        bindText(*s, 9, h.fatherName);
        bindText(*s, 10, h.fatherNik);
        bindText(*s, 11, h.motherName);
        bindText(*s, 12, h.motherNik);
        bindText(*s, 13, h.notes);
        s->bind(14, at.view());
        s->bind(15, at.view());
        if (auto r = s->run(); !r)
            return r;
    }
    return {};
}

Result<void> DemoWriter::writeChildren()
{
    auto s = NativeStatement::prepare(
        db_, table<Child>().bulkInsertSql<&Child::nik, &Child::name, &Child::sex, &Child::birthDate, &Child::birthDateApproximate, &Child::birthWeight, &Child::birthLength, &Child::motherName, &Child::householdId, &Child::posyanduId, &Child::status, &Child::statusDate, &Child::notes, &Child::hasKia>(true));
    if (!s)
        return s.error();
    std::int64_t id = 0;
    for (const DemoChildPlan& c : city_.children) {
        const int ms = kMorningUtcMs + 3600 * 1000 + static_cast<int>(id % 3600) * 1000;
        s->bind(1, ++id);
        s->bind(2, UidText(uids_, c.createdJd, ms).view());
        bindText(*s, 3, c.nik);
        bindText(*s, 4, c.name);
        s->bind(5, static_cast<std::int64_t>(codes::sexCode(c.sex)));
        s->bind(6, DateText(c.birthJd).view());
        s->bind(7, std::int64_t{c.birthApproximate ? 1 : 0});
        bindOptional(*s, 8, c.birthWeightG.value_or(0));
        bindOptional(*s, 9, c.birthLengthMm.value_or(0));
        bindText(*s, 10, c.motherName);
        if (c.household >= 0)
            s->bind(11, static_cast<std::int64_t>(c.household + 1));
        else
            s->bindNull(11);
        s->bind(12, static_cast<std::int64_t>(c.posyandu + 1));
        bindText(*s, 13, codes::childStatusText(c.status));
        if (c.status == ChildStatus::Active)
            s->bindNull(14);
        else
            s->bind(14, DateText(c.statusJd).view());
        bindText(*s, 15, c.notes);
        s->bind(16, std::int64_t{c.hasKia ? 1 : 0});
        s->bind(17, StampText(c.createdJd, ms).view());
        if (c.deletedJd) {
            // A soft delete is the row's last edit, as the repositories stamp it.
            const StampText deleted(*c.deletedJd, ms + 3600 * 1000);
            s->bind(18, deleted.view());
            s->bind(19, deleted.view());
        } else {
            s->bind(18, StampText(c.updatedJd, ms).view());
            s->bindNull(19);
        }
        if (auto r = s->run(); !r)
            return r;
    }
    return {};
}

Result<void> DemoWriter::writeVisits(const std::function<bool(int)>& progress)
{
    auto s = NativeStatement::prepare(
        db_, table<Measurement>().bulkInsertSql<&Measurement::childId, &Measurement::posyanduId, &Measurement::date, &Measurement::weight, &Measurement::length, &Measurement::position, &Measurement::headCircumference, &Measurement::armCircumference, &Measurement::measuredBy>(true));
    if (!s)
        return s.error();
    // The kaders' names as UTF-8 once, not once per row.
    std::vector<std::vector<QByteArray>> kaders;
    for (const DemoPosyanduPlan& p : city_.posyandu) {
        std::vector<QByteArray> names;
        for (const QString& k : p.kaders)
            names.push_back(k.toUtf8());
        kaders.push_back(std::move(names));
    }
    const std::size_t total = city_.visits.size();
    const std::size_t step = std::max<std::size_t>(1, total / 100);
    std::int64_t id = 0;
    int sessionJd = -1;
    int sessionPosyandu = -1;
    int inSession = 0;
    for (std::size_t i = 0; i < total; ++i) {
        const DemoVisit& v = city_.visits[i];
        if (v.jd != sessionJd || v.posyandu != sessionPosyandu) {
            sessionJd = v.jd;
            sessionPosyandu = v.posyandu;
            inSession = 0;
        }
        // Entered one after another through the morning, about 90 s apart.
        const int ms = kMorningUtcMs + (inSession++) * 91 * 1000 + static_cast<int>(uids_.next() % 1000);
        const StampText created(v.jd, ms);
        s->bind(1, ++id);
        s->bind(2, UidText(uids_, v.jd, ms).view());
        s->bind(3, static_cast<std::int64_t>(v.child + 1));
        s->bind(4, static_cast<std::int64_t>(v.posyandu + 1));
        s->bind(5, DateText(v.jd).view());
        bindOptional(*s, 6, v.weightG);
        bindOptional(*s, 7, v.lengthMm);
        bindOptional(*s, 8, v.position);
        bindOptional(*s, 9, v.headMm);
        bindOptional(*s, 10, v.muacMm);
        const QByteArray& kader = kaders[v.posyandu][v.kader];
        s->bind(11, std::string_view(kader.constData(), static_cast<std::size_t>(kader.size())));
        s->bind(12, created.view());
        if (v.deleted) {
            const StampText deleted(v.jd, ms + 5 * 60 * 1000);
            s->bind(13, deleted.view());
            s->bind(14, deleted.view());
        } else {
            s->bind(13, created.view());
            s->bindNull(14);
        }
        if (auto r = s->run(); !r)
            return r;
        if (progress && i % step == 0 && !progress(static_cast<int>(i * 100 / std::max<std::size_t>(1, total)))) {
            return Error{ErrorCode::Sql, {}, QCoreApplication::translate("tumbuh::records", "Creating the demo database was cancelled."), {}, {}};
        }
    }
    return {};
}

Result<void> DemoWriter::writeReferrals()
{
    auto s = NativeStatement::prepare(
        db_, table<Referral>().bulkInsertSql<&Referral::childId, &Referral::forHousehold, &Referral::referredOn, &Referral::reasons, &Referral::consent, &Referral::destination, &Referral::referredBy, &Referral::status, &Referral::followUpOn, &Referral::arrivedOn, &Referral::closedOn>(true));
    if (!s)
        return s.error();
    auto e = NativeStatement::prepare(
        db_, table<ReferralEvent>().bulkInsertSql<&ReferralEvent::referralId, &ReferralEvent::status, &ReferralEvent::happenedOn, &ReferralEvent::note, &ReferralEvent::recordedBy>(false));
    if (!e)
        return e.error();
    // One step of the history, typed in the morning of its day.
    auto step = [&](std::int64_t referral, ReferralStatus status, int jd, const QString& note, const QString& by) {
        const int ms = kMorningUtcMs + 3 * 3600 * 1000 + static_cast<int>(referral % 600) * 1000;
        const StampText at(jd, ms);
        e->bind(1, UidText(uids_, jd, ms).view());
        e->bind(2, referral);
        bindText(*e, 3, codes::referralStatusText(status));
        e->bind(4, DateText(jd).view());
        bindText(*e, 5, note);
        bindText(*e, 6, by);
        e->bind(7, at.view());
        e->bind(8, at.view());
        e->bindNull(9);
        return e->run();
    };
    std::int64_t id = 0;
    for (const DemoReferralPlan& r : city_.referrals) {
        const int ms = kMorningUtcMs + 3 * 3600 * 1000;
        const int lastJd = std::max({r.referredJd, r.arrivedJd, r.closedJd});
        s->bind(1, ++id);
        s->bind(2, UidText(uids_, r.referredJd, ms).view());
        s->bind(3, static_cast<std::int64_t>(r.child + 1));
        s->bind(4, std::int64_t{r.forHousehold ? 1 : 0});
        s->bind(5, DateText(r.referredJd).view());
        bindText(*s, 6, Stored<QStringList>::value(r.reasons).toString());
        if (r.consent)
            s->bind(7, std::int64_t{*r.consent ? 1 : 0});
        else
            s->bindNull(7);
        bindText(*s, 8, r.destination);
        bindText(*s, 9, r.referredBy);
        bindText(*s, 10, codes::referralStatusText(r.status));
        bindOptionalDate(*s, 11, r.followUpJd);
        bindOptionalDate(*s, 12, r.arrivedJd);
        bindOptionalDate(*s, 13, r.closedJd);
        s->bind(14, StampText(r.referredJd, ms).view());
        s->bind(15, StampText(lastJd, ms).view());
        s->bindNull(16);
        if (auto q = s->run(); !q)
            return q;
        if (auto q = step(id, ReferralStatus::Referred, r.referredJd, r.referredNote, r.referredBy); !q)
            return q;
        if (r.arrivedJd) {
            if (auto q = step(id, ReferralStatus::Arrived, r.arrivedJd, {}, {}); !q)
                return q;
        }
        if (r.closedJd) {
            if (auto q = step(id, r.status, r.closedJd, r.closingNote, {}); !q)
                return q;
        }
    }
    return {};
}

Result<void> DemoWriter::writeCounselling()
{
    auto s = NativeStatement::prepare(
        db_, table<Counselling>().bulkInsertSql<&Counselling::childId, &Counselling::counselledOn, &Counselling::topic, &Counselling::counselledBy, &Counselling::notes>(false));
    if (!s)
        return s.error();
    int inDay = 0;
    int lastJd = 0;
    for (const DemoCounsellingPlan& k : city_.counselling) {
        inDay = k.jd == lastJd ? inDay + 1 : 0;
        lastJd = k.jd;
        const int ms = kMorningUtcMs + 2 * 3600 * 1000 + (inDay % 7200) * 1000;
        const StampText at(k.jd, ms);
        s->bind(1, UidText(uids_, k.jd, ms).view());
        s->bind(2, static_cast<std::int64_t>(k.child + 1));
        s->bind(3, DateText(k.jd).view());
        bindText(*s, 4, k.topic);
        bindText(*s, 5, k.by);
        bindText(*s, 6, k.notes);
        s->bind(7, at.view());
        s->bind(8, at.view());
        s->bindNull(9);
        if (auto q = s->run(); !q)
            return q;
    }
    return {};
}

} // namespace tumbuh::records
