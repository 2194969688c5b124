#include "attentionfixture.h"

#include "store/child.h"
#include "store/childrepository.h"
#include "store/household.h"
#include "store/householdrepository.h"
#include "store/measurement.h"
#include "store/measurementrepository.h"
#include "store/posyandu.h"
#include "store/posyandurepository.h"
#include "store/referral.h"
#include "store/sqlutil.h"
#include "store/signin.h"
#include "store/referralrepository.h"
#include "store/user.h"
#include "store/userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <boost/test/unit_test.hpp>

#include <cmath>

namespace tumbuh::attention::test {

Families::Families()
{
    BOOST_REQUIRE(dir.isValid());
    auto opened = store::Database::open(path());
    BOOST_REQUIRE_MESSAGE(opened, why(opened));
    db = std::move(*opened);
    db->setToday(kToday);

    store::User u;
    u.name = QStringLiteral("Kader Uji");
    auto user = store::UserRepository(*db).add(u, 0);
    BOOST_REQUIRE_MESSAGE(user, why(user));
    kader = user->meta.id;
    // The admin runCli signs in as (tumbuh-cli --user admin, TUMBUH_PIN=123456).
    store::User a;
    a.name = QStringLiteral("admin");
    a.role = store::Role::Admin;
    auto admin = store::UserRepository(*db).add(a, 0);
    BOOST_REQUIRE_MESSAGE(admin, why(admin));
    auto pin = store::SignIn(*db).setPin(admin->meta.id, QStringLiteral("123456"), admin->meta.id);
    BOOST_REQUIRE_MESSAGE(pin, why(pin));

    store::PosyanduRepository places(*db);
    store::Posyandu p;
    p.name = QStringLiteral("Posyandu Mawar");
    auto m = places.add(p, kader);
    BOOST_REQUIRE_MESSAGE(m, why(m));
    mawar = m->meta.id;
    p.name = QStringLiteral("Posyandu Melati");
    auto l = places.add(p, kader);
    BOOST_REQUIRE_MESSAGE(l, why(l));
    melati = l->meta.id;

    siti = addHousehold(QStringLiteral("Siti Aminah"), QStringLiteral("001"), QStringLiteral("002"), mawar);
    rina = addHousehold(QStringLiteral("Rina Wati"), QStringLiteral("004"), QStringLiteral("002"), mawar);

    using growth::Measure;
    using growth::Sex;
    citra = addChild(QStringLiteral("Citra Dewi"), Sex::Female, QDate(2023, 6, 20), siti, mawar);
    measure(citra, QDate(2026, 2, 10), 10.4, 77.8, Measure::Standing);
    measure(citra, QDate(2026, 3, 10), 10.5, 78.0, Measure::Standing);
    // The mother's name only on the household: the list takes it from there.
    dodi = addChild(QStringLiteral("Dodi Pratama"), Sex::Male, QDate(2025, 8, 5), siti, mawar);
    measure(dodi, QDate(2026, 1, 10), 7.0, 63.0, Measure::Lying);
    measure(dodi, QDate(2026, 2, 10), 7.6, 65.5, Measure::Lying);
    measure(dodi, QDate(2026, 3, 10), 8.1, 68.0, Measure::Lying);
    gita = addChild(QStringLiteral("Gita Ayu"), Sex::Female, QDate(2020, 1, 15), siti, mawar);

    budi = addChild(QStringLiteral("Budi Santoso"), Sex::Male, QDate(2025, 1, 10), rina, mawar,
                    QStringLiteral("Rina Wati"));
    measure(budi, QDate(2026, 1, 12), 8.0, 73.0, Measure::Lying);
    measure(budi, QDate(2026, 2, 12), 7.9, 73.5, Measure::Lying);
    measure(budi, QDate(2026, 3, 12), 7.8, 74.0, Measure::Lying);

    fajar = addChild(QStringLiteral("Fajar Nugroho"), Sex::Male, QDate(2025, 6, 1), std::nullopt, melati,
                     QStringLiteral("Wulan Sari"));
    eka = addChild(QStringLiteral("Eka Putri"), Sex::Female, QDate(2024, 7, 1), std::nullopt, melati,
                   QStringLiteral("Yuni Astuti"));
    measure(eka, QDate(2026, 2, 2), 10.0, 80.5, Measure::Lying);
    measure(eka, QDate(2026, 3, 1), 10.3, 81.0, Measure::Lying);

    hadi = addChild(QStringLiteral("Hadi Saputra"), Sex::Male, QDate(2024, 7, 1), std::nullopt, mawar,
                    QStringLiteral("Lina Marlina"));
    measure(hadi, QDate(2026, 1, 20), 9.0, 70.0, Measure::Lying);
    measure(hadi, QDate(2026, 2, 5), 9.1, 70.2, Measure::Lying);
    {
        store::ChildRepository children(*db);
        auto h = children.get(hadi);
        BOOST_REQUIRE_MESSAGE(h, why(h));
        h->status = store::ChildStatus::MovedAway;
        h->statusDate = QDate(2026, 2, 20);
        auto saved = children.update(*h, kader);
        BOOST_REQUIRE_MESSAGE(saved, why(saved));
    }

    store::ReferralRepository referrals(*db);
    store::Referral done;
    done.childId = budi;
    done.referredOn = QDate(2026, 1, 15);
    done.reasons = {QStringLiteral("T")};
    done.destination = QStringLiteral("bidan_desa");
    done.status = store::ReferralStatus::Completed;
    done.followUpOn = QDate(2026, 1, 29);
    done.closedOn = QDate(2026, 1, 25);
    auto d = referrals.add(done, kader);
    BOOST_REQUIRE_MESSAGE(d, why(d));
    store::Referral open;
    open.childId = budi;
    open.referredOn = QDate(2026, 2, 20);
    open.reasons = {QStringLiteral("2T"), QStringLiteral("underweight")};
    open.destination = QStringLiteral("puskesmas_tpg");
    open.followUpOn = QDate(2026, 3, 6);
    auto o = referrals.add(open, kader);
    BOOST_REQUIRE_MESSAGE(o, why(o));
    budiReferral = o->meta.id;
    store::Referral secret;
    secret.childId = citra;
    secret.forHousehold = true;
    secret.referredOn = QDate(2026, 3, 11);
    secret.reasons = {QStringLiteral("severely_stunted"), QStringLiteral("kekerasan")};
    secret.destination = QStringLiteral("uptd_ppa");
    secret.status = store::ReferralStatus::Arrived;
    secret.arrivedOn = QDate(2026, 3, 12);
    secret.followUpOn = QDate(2026, 3, 13);
    auto s = referrals.add(secret, kader);
    BOOST_REQUIRE_MESSAGE(s, why(s));
    citraReferral = s->meta.id;

    counsel(dodi, QDate(2026, 3, 12));
    counsel(budi, QDate(2026, 2, 10));
}

store::RowId Families::addHousehold(const QString& mother, const QString& rt, const QString& rw,
                                    store::RowId posyandu)
{
    store::Household h;
    h.posyanduId = posyandu;
    h.motherName = mother;
    h.rt = rt;
    h.rw = rw;
    auto saved = store::HouseholdRepository(*db).add(h, kader);
    BOOST_REQUIRE_MESSAGE(saved, why(saved));
    return saved->meta.id;
}

store::RowId Families::addChild(const QString& name, growth::Sex sex, const QDate& birth,
                                std::optional<store::RowId> household, store::RowId posyandu, const QString& mother)
{
    store::Child c;
    c.name = name;
    c.sex = sex;
    c.birthDate = birth;
    c.motherName = mother;
    c.householdId = household;
    c.posyanduId = posyandu;
    auto saved = store::ChildRepository(*db).add(c, kader);
    BOOST_REQUIRE_MESSAGE(saved, why(saved));
    return saved->meta.id;
}

void Families::measure(store::RowId child, const QDate& date, double kg, double cm, growth::Measure how)
{
    store::Measurement m;
    m.childId = child;
    m.date = date;
    m.weight = growth::Grams{static_cast<std::int32_t>(std::lround(kg * 1000))};
    m.length = growth::Millimetres{static_cast<std::int32_t>(std::lround(cm * 10))};
    m.position = how;
    auto saved = store::MeasurementRepository(*db).add(m, kader);
    BOOST_REQUIRE_MESSAGE(saved, why(saved));
}

void Families::counsel(store::RowId child, const QDate& date)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO counselling (uid, child_id, counselled_on, topic, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'gizi_seimbang', 1773532800000, 1773532800000)")); // 2026-03-15T00:00Z
    q.addBindValue(store::sql::uidValue(QUuid::createUuid()));
    q.addBindValue(static_cast<qlonglong>(child));
    q.addBindValue(store::sql::dateOrNull(date));
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text().toStdString());
}

} // namespace tumbuh::attention::test
