// Upgrading: a fixture database of every earlier schema version (and of the
// current one) is opened and must end at the latest version, with its rows
// kept and a schema identical to a fresh database's. Add
// fixtures/v<N>.sql whenever migration N is added: the test asks for one
// fixture per version below the latest.
#include "storefixture.h"

#include "store/database.h"

#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(TUMBUH_STORE_FIXTURES "/v%1.sql").arg(version);
}

// Everything the schema consists of, comparable between two files.
QStringList schemaOf(Database& db)
{
    QSqlQuery q(db.connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList out;
    while (q.next()) {
        // Whitespace differs between a table created by CREATE and one
        // rebuilt by a migration; compare the words.
        out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString().simplified()}
                   .join(QLatin1Char('|'));
    }
    return out;
}

qint64 count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    BOOST_REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void upgradeFrom(int version)
{
    BOOST_TEST_CONTEXT("fixture v" << version)
    {
        QFile fixture(fixturePath(version));
        BOOST_REQUIRE_MESSAGE(fixture.open(QIODevice::ReadOnly),
                              "missing fixture for schema version " << version << ": " << fixturePath(version).toStdString());
        const QByteArray sql = fixture.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        rawExec(path, sql);

        auto r = Database::open(path);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        Database& db = *r.value();
        BOOST_TEST(db.schemaVersion() == Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        BOOST_TEST(q.value(0).toInt() == Database::latestSchemaVersion());
        BOOST_TEST(db.integrityCheck().value() == QStringLiteral("ok"));
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        BOOST_TEST(!q.next());

        // "-- expect: <table> <rows>" lines in the fixture: the rows survive.
        static const QRegularExpression expect(QStringLiteral("^-- expect: (\\w+) (\\d+)$"),
                                               QRegularExpression::MultilineOption);
        auto it = expect.globalMatch(QString::fromUtf8(sql));
        while (it.hasNext()) {
            const auto m = it.next();
            BOOST_TEST(count(db, m.captured(1)) == m.captured(2).toLongLong(), m.captured(1).toStdString());
        }

        QTemporaryDir freshDir;
        auto fresh = openOrFail(freshDir.filePath(QStringLiteral("fresh.db")));
        BOOST_TEST(schemaOf(db) == schemaOf(*fresh));
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(upgrades_from_every_earlier_version)
{
    for (int version = 0; version < Database::latestSchemaVersion(); ++version)
        upgradeFrom(version);
}

BOOST_AUTO_TEST_CASE(opens_the_current_version_unchanged)
{
    // The fixture of the latest version is the one the next migration will
    // upgrade; it must open as it is now.
    upgradeFrom(Database::latestSchemaVersion());
}

BOOST_AUTO_TEST_SUITE_END()
