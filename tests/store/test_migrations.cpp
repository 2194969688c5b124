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
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>

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

// Every value of every table, read without the store: table -> column -> the
// rows' values in id order, as SQLite's quote() writes them (so that the
// text '2024-05-01' and a number, or a text uid and a blob, differ).
using Content = std::map<QString, std::map<QString, QStringList>>;

QStringList column(sqlite3* h, const QString& sql)
{
    sqlite3_stmt* st = nullptr;
    BOOST_REQUIRE_MESSAGE(sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK,
                          sqlite3_errmsg(h));
    QStringList out;
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

Content contentOf(const QString& path)
{
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    Content out;
    for (const QString& table :
         column(h, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        for (const QString& name : column(h, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            out[table][name] = column(h, QStringLiteral("SELECT quote(\"%1\") FROM \"%2\" ORDER BY id").arg(name, table));
    }
    sqlite3_close(h);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(every_stored_value_survives_every_upgrade)
{
    // Each fixture's tables and columns read back, after the upgrade to the
    // latest version, value for value and type for type (dates stay ISO text,
    // uids text, timestamps keep their milliseconds). The one value a
    // migration changes on purpose: 0003 makes every earlier user an admin.
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        BOOST_TEST_CONTEXT("fixture v" << version)
        {
            QFile fixture(fixturePath(version));
            BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.db"));
            rawExec(path, fixture.readAll());
            const Content before = contentOf(path);
            BOOST_REQUIRE(before.count(QStringLiteral("measurements")) == 1u);
            BOOST_REQUIRE(!before.at(QStringLiteral("measurements")).at(QStringLiteral("uid")).isEmpty());
            {
                auto r = Database::open(path);
                BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
                BOOST_TEST(r.value()->schemaVersion() == Database::latestSchemaVersion());
            }
            const Content after = contentOf(path);
            for (const auto& [table, columns] : before) {
                BOOST_REQUIRE_MESSAGE(after.count(table) == 1u, table.toStdString());
                for (const auto& [name, values] : columns) {
                    if (table == QStringLiteral("users") && name == QStringLiteral("role") && version < 3)
                        continue;
                    BOOST_REQUIRE_MESSAGE(after.at(table).count(name) == 1u, (table + QLatin1Char('.') + name).toStdString());
                    BOOST_TEST(after.at(table).at(name) == values, (table + QLatin1Char('.') + name).toStdString());
                }
            }
            // A few values as the program reads them.
            const QStringList dates = after.at(QStringLiteral("measurements")).at(QStringLiteral("measured_on"));
            static const QRegularExpression isoDate(QStringLiteral("^'\\d{4}-\\d{2}-\\d{2}'$"));
            static const QRegularExpression isoTime(QStringLiteral("^'\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z'$"));
            for (const QString& d : dates)
                BOOST_TEST(isoDate.match(d).hasMatch(), d.toStdString());
            for (const QString& t : after.at(QStringLiteral("measurements")).at(QStringLiteral("created_at")))
                BOOST_TEST(isoTime.match(t).hasMatch(), t.toStdString());
        }
    }
}

BOOST_AUTO_TEST_CASE(version_4_indexes_the_roster_and_not_each_posyandu_month)
{
    // 0004: the roster's subqueries are answered from
    // measurements_child_date alone, in its order; measurements_posyandu_date
    // is gone and one posyandu's month reads measurements_date.
    QFile fixture(fixturePath(3));
    BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    rawExec(path, fixture.readAll());
    auto r = Database::open(path);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    QSqlQuery q(r.value()->connection());
    const auto plan = [&](const QString& sql) {
        BOOST_REQUIRE_MESSAGE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), sql.toStdString());
        QStringList lines;
        while (q.next())
            lines << q.value(3).toString();
        return lines.join(QLatin1Char('\n'));
    };
    const QString last = plan(QStringLiteral(
        "SELECT x.id FROM measurements x WHERE x.child_id = 1 AND x.deleted_at IS NULL "
        "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1"));
    BOOST_TEST_MESSAGE(last.toStdString());
    BOOST_TEST(last.contains(QStringLiteral("COVERING INDEX measurements_child_date")));
    BOOST_TEST(!last.contains(QStringLiteral("TEMP B-TREE")));
    const QString earlier = plan(QStringLiteral(
        "SELECT x.id FROM measurements x WHERE x.child_id = 1 AND x.deleted_at IS NULL AND x.weight_g IS NOT NULL "
        "AND x.measured_on < '2024-05' ORDER BY x.measured_on DESC, x.id DESC LIMIT 1"));
    BOOST_TEST_MESSAGE(earlier.toStdString());
    BOOST_TEST(earlier.contains(QStringLiteral("COVERING INDEX measurements_child_date")));
    BOOST_TEST(!earlier.contains(QStringLiteral("TEMP B-TREE")));
    const QString month = plan(QStringLiteral(
        "SELECT m.id FROM measurements m WHERE m.deleted_at IS NULL AND m.measured_on >= '2024-05-01' "
        "AND m.measured_on < '2024-06-01' AND m.posyandu_id = 1"));
    BOOST_TEST(month.contains(QStringLiteral("measurements_date")));
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'measurements_posyandu_date'")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
}

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

BOOST_AUTO_TEST_CASE(version_1_referrals_get_their_history_and_follow_up)
{
    // An old file made from the version 1 fixture (0001_initial.sql and rows),
    // with one more referral, completed with its outcome, before opening.
    QFile fixture(fixturePath(1));
    BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    rawExec(path, fixture.readAll()
                      + "INSERT INTO referrals VALUES(2,'00000000-0000-4000-8000-000000000011',1,'2024-04-20',"
                        "'[\"BGM\"]','Puskesmas Contoh',NULL,'completed','2024-04-22','2024-05-02','PMT 90 hari',"
                        "'2024-04-20T08:00:00.000Z','2024-05-02T08:00:00.000Z',NULL);\n");

    auto r = Database::open(path);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    Database& db = *r.value();
    QSqlQuery q(db.connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT for_household, consent IS NULL, follow_up_on, status FROM referrals "
                                        "ORDER BY id")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
    BOOST_TEST(q.value(1).toInt() == 1);
    BOOST_TEST(q.value(2).toString() == QStringLiteral("2024-04-24")); // 10 April + 14 days
    BOOST_TEST(q.value(3).toString() == QStringLiteral("arrived"));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(2).toString() == QStringLiteral("2024-05-04"));

    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT r.uid, e.status, e.happened_on, coalesce(e.note, ''), e.uid "
                                        "FROM referral_events e JOIN referrals r ON r.id = e.referral_id "
                                        "ORDER BY r.id, e.happened_on")));
    QStringList steps;
    QStringList uids;
    while (q.next()) {
        steps << q.value(0).toString().right(2) + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                     + q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString();
        uids << q.value(4).toString();
    }
    BOOST_TEST(steps.join(QLatin1Char('|')).toStdString()
               == "10 referred 2024-04-10 |10 arrived 2024-04-12 |"
                  "11 referred 2024-04-20 |11 arrived 2024-04-22 |11 completed 2024-05-02 PMT 90 hari");
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const QString& u : uids)
        BOOST_TEST(uuid.match(u).hasMatch(), u.toStdString());
    BOOST_TEST(QSet<QString>(uids.begin(), uids.end()).size() == uids.size());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM children WHERE has_kia = 1")) && q.next());
    BOOST_TEST(q.value(0).toLongLong() == count(db, QStringLiteral("children")));
}

BOOST_AUTO_TEST_SUITE_END()
