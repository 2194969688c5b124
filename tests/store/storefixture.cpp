#include "storefixture.h"

#include "store/childrepository.h"
#include "store/i18n.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/userrepository.h"

#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tumbuh::store::test {

std::unique_ptr<Database> openOrFail(const QString& path)
{
    auto r = Database::open(path);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    auto db = std::move(r).value();
    db->setToday(kToday);
    return db;
}

TempStore::TempStore()
{
    BOOST_REQUIRE(dir.isValid());
    db = openOrFail(path());
    auto user = UserRepository(*db).add(User{{}, QStringLiteral("Kader Satu"), Role::Kader, true, std::nullopt}, 0);
    BOOST_REQUIRE(user.ok());
    kader = user->meta.id;
    posyandu = addPosyandu(QStringLiteral("Posyandu Melati"));
}

RowId TempStore::addPosyandu(const QString& name)
{
    Posyandu p;
    p.name = name;
    p.rw = QStringLiteral("018");
    p.kelurahan = QStringLiteral("Kelurahan Contoh");
    p.regionCode = QStringLiteral("64.71.05.1002");
    auto r = PosyanduRepository(*db).add(p, kader);
    BOOST_REQUIRE(r.ok());
    return r->meta.id;
}

Child TempStore::child(const QString& name, const QDate& birth, growth::Sex sex) const
{
    Child c;
    c.name = name;
    c.sex = sex;
    c.birthDate = birth;
    c.motherName = QStringLiteral("Ibu ") + name;
    c.posyanduId = posyandu;
    return c;
}

RowId TempStore::addChild(const QString& name, const QDate& birth, growth::Sex sex, RowId posyanduId)
{
    Child c = child(name, birth, sex);
    if (posyanduId != 0)
        c.posyanduId = posyanduId;
    auto r = ChildRepository(*db).add(c, kader);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return r->meta.id;
}

Measurement TempStore::weighing(RowId childId, const QDate& date, int grams) const
{
    Measurement m;
    m.childId = childId;
    m.date = date;
    m.weight = growth::Grams{grams};
    m.measuredBy = QStringLiteral("Kader Satu");
    return m;
}

RowId TempStore::addWeighing(RowId childId, const QDate& date, int grams)
{
    auto r = MeasurementRepository(*db).add(weighing(childId, date, grams), kader);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return r->meta.id;
}

qint64 TempStore::count(const QString& table) const
{
    QSqlQuery q(db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    BOOST_REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString& path, const QByteArray& sql)
{
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(h);
    BOOST_REQUIRE_MESSAGE(rc == SQLITE_OK, message);
}

Language::Language(const QString& lang)
{
    installTranslator(*QCoreApplication::instance(), lang);
}

Language::~Language()
{
    installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace tumbuh::store::test
