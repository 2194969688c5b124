#include "records/demo/demowriter.h"

#include "records/demo/demousers.h"

#include "records/nativestatement.h"
#include "store/childcolumns.h"
#include "store/consentcolumns.h"
#include "store/database.h"
#include "store/householdcolumns.h"
#include "store/pin.h"
#include "store/sqlutil.h"
#include "store/measurementcolumns.h"
#include "store/nameids.h"
#include "store/posyanducolumns.h"
#include "store/referralcolumns.h"
#include "store/storagecodes.h"
#include "store/usercolumns.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QUuid>

#include <sqlite3.h>

#include <array>

namespace tumbuh::records {
namespace {

constexpr std::uint64_t kUidStream = 3;
constexpr std::int64_t kUnixEpochJd = 2440588;

// Dates and moments as schema 5 stores them (src/store/README.md, "Storage
// conventions"): days and milliseconds since 1970-01-01.
std::int64_t dayOf(int jd)
{
    return jd - kUnixEpochJd;
}

std::int64_t stampOf(int jd, int millisOfDay)
{
    return (jd - kUnixEpochJd) * 86400000LL + millisOfDay;
}

// A time-ordered UUID (RFC 9562 version 7: milliseconds since 1970, then
// random bits from the seed), as its 16 bytes. Rows are written in time
// order, so the uid index grows at its end instead of being split at random
// places.
struct DemoUid {
    std::array<std::uint8_t, 16> b{};
    DemoUid(DemoRandom& rng, int jd, int millisOfDay)
    {
        const auto ms = static_cast<std::uint64_t>(stampOf(jd, millisOfDay));
        for (int i = 0; i < 6; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (40 - 8 * i));
        const std::uint64_t r1 = rng.next();
        const std::uint64_t r2 = rng.next();
        for (int i = 6; i < 16; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>((i < 8 ? r1 : r2) >> (8 * (i % 8)));
        b[6] = static_cast<std::uint8_t>(0x70 | (b[6] & 0x0f));
        b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3f));
    }
    QUuid uuid() const
    {
        return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b.data()), 16));
    }
};

void bindUid(NativeStatement& s, int i, const DemoUid& uid)
{
    sqlite3_bind_blob(s.handle(), i, uid.b.data(), 16, SQLITE_TRANSIENT);
}

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
        s.bind(i, dayOf(jd));
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
    if (auto r = writeCounselling(); !r)
        return r;
    return writeConsents();
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
        const DemoUid uid(uids_, jd, kMorningUtcMs);
        const std::int64_t at = stampOf(jd, kMorningUtcMs);
        bindUid(*s, 1, uid);
        bindText(*s, 2, name);
        bindText(*s, 3, codes::roleText(u.role));
        s->bind(4, at);
        s->bind(5, at);
        if (auto r = s->run(); !r)
            return r;
        usersWritten_.emplace_back(uid.uuid(), u.role);
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
                           {*hash, posyandu, sql::uidValue(uid)});
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
        const std::int64_t at = stampOf(p.createdJd, ms);
        s->bind(1, ++id);
        bindUid(*s, 2, DemoUid(uids_, p.createdJd, ms));
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
        s->bind(12, at);
        s->bind(13, at);
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
        const std::int64_t at = stampOf(h.createdJd, ms);
        s->bind(1, ++id);
        bindUid(*s, 2, DemoUid(uids_, h.createdJd, ms));
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
        s->bind(14, at);
        s->bind(15, at);
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
        bindUid(*s, 2, DemoUid(uids_, c.createdJd, ms));
        bindText(*s, 3, c.nik);
        bindText(*s, 4, c.name);
        s->bind(5, static_cast<std::int64_t>(codes::sexCode(c.sex)));
        s->bind(6, dayOf(c.birthJd));
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
            s->bind(14, dayOf(c.statusJd));
        bindText(*s, 15, c.notes);
        s->bind(16, std::int64_t{c.hasKia ? 1 : 0});
        s->bind(17, stampOf(c.createdJd, ms));
        if (c.deletedJd) {
            // A soft delete is the row's last edit, as the repositories stamp it.
            const std::int64_t deleted = stampOf(*c.deletedJd, ms + 3600 * 1000);
            s->bind(18, deleted);
            s->bind(19, deleted);
        } else {
            s->bind(18, stampOf(c.updatedJd, ms));
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
    // The kaders' names, each kept once in measurers: their ids, not once per row.
    NameIds measurers(db_, table<Measurement>().namesOf<&Measurement::measuredBy>());
    std::vector<std::vector<std::int64_t>> kaders;
    for (const DemoPosyanduPlan& p : city_.posyandu) {
        std::vector<std::int64_t> ids;
        for (const QString& k : p.kaders) {
            auto id = measurers.idOf(k);
            if (!id)
                return id.error();
            ids.push_back(id->toLongLong());
        }
        kaders.push_back(std::move(ids));
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
        const std::int64_t created = stampOf(v.jd, ms);
        s->bind(1, ++id);
        bindUid(*s, 2, DemoUid(uids_, v.jd, ms));
        s->bind(3, static_cast<std::int64_t>(v.child + 1));
        s->bind(4, static_cast<std::int64_t>(v.posyandu + 1));
        s->bind(5, dayOf(v.jd));
        bindOptional(*s, 6, v.weightG);
        bindOptional(*s, 7, v.lengthMm);
        bindOptional(*s, 8, v.position);
        bindOptional(*s, 9, v.headMm);
        bindOptional(*s, 10, v.muacMm);
        s->bind(11, kaders[v.posyandu][v.kader]);
        s->bind(12, created);
        if (v.deleted) {
            const std::int64_t deleted = stampOf(v.jd, ms + 5 * 60 * 1000);
            s->bind(13, deleted);
            s->bind(14, deleted);
        } else {
            s->bind(13, created);
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
        const std::int64_t at = stampOf(jd, ms);
        bindUid(*e, 1, DemoUid(uids_, jd, ms));
        e->bind(2, referral);
        bindText(*e, 3, codes::referralStatusText(status));
        e->bind(4, dayOf(jd));
        bindText(*e, 5, note);
        bindText(*e, 6, by);
        e->bind(7, at);
        e->bind(8, at);
        e->bindNull(9);
        return e->run();
    };
    std::int64_t id = 0;
    for (const DemoReferralPlan& r : city_.referrals) {
        const int ms = kMorningUtcMs + 3 * 3600 * 1000;
        const int lastJd = std::max({r.referredJd, r.arrivedJd, r.closedJd});
        s->bind(1, ++id);
        bindUid(*s, 2, DemoUid(uids_, r.referredJd, ms));
        s->bind(3, static_cast<std::int64_t>(r.child + 1));
        s->bind(4, std::int64_t{r.forHousehold ? 1 : 0});
        s->bind(5, dayOf(r.referredJd));
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
        s->bind(14, stampOf(r.referredJd, ms));
        s->bind(15, stampOf(lastJd, ms));
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
        const std::int64_t at = stampOf(k.jd, ms);
        bindUid(*s, 1, DemoUid(uids_, k.jd, ms));
        s->bind(2, static_cast<std::int64_t>(k.child + 1));
        s->bind(3, dayOf(k.jd));
        bindText(*s, 4, k.topic);
        bindText(*s, 5, k.by);
        bindText(*s, 6, k.notes);
        s->bind(7, at);
        s->bind(8, at);
        s->bindNull(9);
        if (auto q = s->run(); !q)
            return q;
    }
    return {};
}

Result<void> DemoWriter::writeConsents()
{
    auto s = NativeStatement::prepare(
        db_, table<Consent>().bulkInsertSql<&Consent::childId, &Consent::givenOn, &Consent::guardianName, &Consent::relation, &Consent::forMonitoring, &Consent::forReporting, &Consent::forReferral, &Consent::withdrawal, &Consent::recordedBy, &Consent::notes>(false));
    if (!s)
        return s.error();
    int inDay = 0;
    int lastJd = 0;
    for (const DemoConsentPlan& k : city_.consents) {
        inDay = k.jd == lastJd ? inDay + 1 : 0;
        lastJd = k.jd;
        const int ms = kMorningUtcMs + 3 * 3600 * 1000 + (inDay % 7200) * 1000;
        const std::int64_t at = stampOf(k.jd, ms);
        bindUid(*s, 1, DemoUid(uids_, k.jd, ms));
        s->bind(2, static_cast<std::int64_t>(k.child + 1));
        s->bind(3, dayOf(k.jd));
        bindText(*s, 4, k.guardianName);
        bindText(*s, 5, codes::guardianRelationText(k.relation));
        s->bind(6, std::int64_t{k.forMonitoring ? 1 : 0});
        s->bind(7, std::int64_t{k.forReporting ? 1 : 0});
        s->bind(8, std::int64_t{k.forReferral ? 1 : 0});
        s->bind(9, std::int64_t{k.withdrawal ? 1 : 0});
        bindText(*s, 10, k.recordedBy);
        s->bindNull(11);
        s->bind(12, at);
        s->bind(13, at);
        s->bindNull(14);
        if (auto q = s->run(); !q)
            return q;
    }
    return {};
}

} // namespace tumbuh::records
