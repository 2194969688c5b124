#include "uifixture.h"

#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/signin.h"
#include "store/userrepository.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

namespace tumbuh::ui::test {

Posyandu::Posyandu()
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
    store::User nutritionist;
    nutritionist.name = QStringLiteral("Gizi Uji");
    nutritionist.role = store::Role::Nutritionist;
    auto g = store::UserRepository(*db).add(nutritionist, 0);
    BOOST_REQUIRE_MESSAGE(g, why(g));
    gizi = g->meta.id;

    store::PosyanduRepository places(*db);
    store::Posyandu p;
    p.name = QStringLiteral("Posyandu Mawar");
    p.kelurahan = QStringLiteral("Sukamaju");
    auto m = places.add(p, kader);
    BOOST_REQUIRE_MESSAGE(m, why(m));
    mawar = m->meta.id;
    p.name = QStringLiteral("Posyandu Melati");
    auto l = places.add(p, kader);
    BOOST_REQUIRE_MESSAGE(l, why(l));
    melati = l->meta.id;

    siti = addHousehold(QStringLiteral("Siti Aminah"), QStringLiteral("001"), QStringLiteral("002"));
    dewi = addHousehold(QStringLiteral("Dewi Lestari"), QStringLiteral("003"), QStringLiteral("002"));
    rina = addHousehold(QStringLiteral("Rina Wati"), QStringLiteral("001"), QStringLiteral("005"));

    using growth::Measure;
    using growth::Sex;
    ani = addChild(QStringLiteral("Ani Lestari"), Sex::Female, QDate(2025, 12, 1), QStringLiteral("Dewi Lestari"),
                   dewi, mawar);
    measure(ani, QDate(2026, 1, 5), 4.2, 53.5, Measure::Lying);
    measure(ani, QDate(2026, 2, 5), 5.1, 57.0, Measure::Lying);
    measure(ani, QDate(2026, 3, 5), 6.0, 60.0, Measure::Lying);

    budi = addChild(QStringLiteral("Budi Santoso"), Sex::Male, QDate(2025, 1, 10), QStringLiteral("Siti Aminah"),
                    siti, mawar, QStringLiteral("6471051001250001"));
    measure(budi, QDate(2026, 1, 12), 8.0, 73.0, Measure::Lying);
    measure(budi, QDate(2026, 2, 12), 7.9, 73.5, Measure::Lying);
    measure(budi, QDate(2026, 3, 12), 7.8, 74.0, Measure::Lying);

    citra = addChild(QStringLiteral("Citra Dewi"), Sex::Female, QDate(2023, 6, 20), QStringLiteral("Rina Wati"),
                     rina, mawar);
    measure(citra, QDate(2026, 3, 10), 10.5, 78.0, Measure::Standing);

    dodi = addChild(QStringLiteral("Dodi Pratama"), Sex::Male, QDate(2025, 8, 5), QStringLiteral("Siti Aminah"),
                    siti, mawar);

    eka = addChild(QStringLiteral("Eka Putri"), Sex::Female, QDate(2024, 7, 1), QStringLiteral("Wulan Sari"), 0,
                   melati);
    measure(eka, QDate(2026, 3, 1), 10.2, 81.0, Measure::Lying);
}

store::RowId Posyandu::addHousehold(const QString& mother, const QString& rt, const QString& rw)
{
    store::Household h;
    h.posyanduId = mawar;
    h.motherName = mother;
    h.rt = rt;
    h.rw = rw;
    h.address = QStringLiteral("Jl. Kenanga %1").arg(rt);
    auto saved = store::HouseholdRepository(*db).add(h, kader);
    BOOST_REQUIRE_MESSAGE(saved, why(saved));
    return saved->meta.id;
}

store::RowId Posyandu::addChild(const QString& name, growth::Sex sex, const QDate& birth, const QString& mother,
                                store::RowId household, store::RowId posyandu, const QString& nik)
{
    store::Child c;
    c.name = name;
    c.sex = sex;
    c.birthDate = birth;
    c.motherName = mother;
    if (household != 0)
        c.householdId = household;
    c.posyanduId = posyandu;
    c.nik = nik;
    auto saved = store::ChildRepository(*db).add(c, kader);
    BOOST_REQUIRE_MESSAGE(saved, why(saved));
    return saved->meta.id;
}

store::RowId Posyandu::measure(store::RowId child, const QDate& date, double kg, std::optional<double> cm,
                               growth::Measure how)
{
    store::Measurement m;
    m.childId = child;
    m.date = date;
    m.weight = growth::Grams{static_cast<std::int32_t>(std::lround(kg * 1000))};
    if (cm) {
        m.length = growth::Millimetres{static_cast<std::int32_t>(std::lround(*cm * 10))};
        m.position = how;
    }
    auto saved = store::MeasurementRepository(*db).add(m, kader);
    BOOST_REQUIRE_MESSAGE(saved, why(saved));
    return saved->meta.id;
}

qint64 Posyandu::auditCount() const
{
    auto n = store::AuditLog(*db).count();
    BOOST_REQUIRE(n);
    return *n;
}

QString userWithPin(store::Database& db)
{
    store::SignIn signIn(db);
    auto users = signIn.activeUsers();
    BOOST_REQUIRE_MESSAGE(users, why(users));
    BOOST_REQUIRE(!users->empty());
    const store::User* chosen = &users->front();
    for (const auto& u : *users)
        if (u.role == store::Role::Admin && chosen->role != store::Role::Admin)
            chosen = &u;
    for (const auto& u : *users)
        if (u.name == QStringLiteral("admin"))
            chosen = &u;
    auto has = signIn.hasPin(chosen->meta.id);
    BOOST_REQUIRE_MESSAGE(has, why(has));
    if (!*has) {
        auto set = signIn.setPin(chosen->meta.id, kPin, chosen->meta.id);
        BOOST_REQUIRE_MESSAGE(set, why(set));
    }
    return chosen->name;
}

} // namespace tumbuh::ui::test
