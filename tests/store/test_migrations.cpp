// Upgrading: a fixture database of every earlier schema version (and of the
// current one) is opened and must end at the latest version, with its rows
// kept and a schema identical to a fresh database's. Add
// fixtures/v<N>.sql whenever migration N is added: the test asks for one
// fixture per version below the latest.
#include "storefixture.h"

#include "store/database.h"
#include "store/measurementrepository.h"
#include "store/sqlutil.h"

#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <chrono>
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

// `suffix` "_readable": the same through each table's view for the sqlite3
// shell (0005).
Content contentOf(const QString& path, const QString& suffix = {})
{
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    Content out;
    for (const QString& table :
         column(h, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        for (const QString& name : column(h, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table + suffix)))
            out[table][name] = column(h, QStringLiteral("SELECT quote(\"%1\") FROM \"%2\" ORDER BY id").arg(name, table + suffix));
        // Schema 6 keeps each measurer's name once (0006): the name a
        // measurement refers to, read here by its own join.
        if (suffix.isEmpty() && out[table].count(QStringLiteral("measurer_id")) == 1u) {
            out[table][QStringLiteral("measured_by")] = column(h, QStringLiteral("SELECT quote(w.name) FROM \"%1\" t LEFT JOIN measurers w ON w.id = t.measurer_id "
                                                                                 "ORDER BY t.id")
                                                                      .arg(table));
        }
    }
    sqlite3_close(h);
    return out;
}

bool isUid(const QString& column)
{
    return column == QStringLiteral("uid") || column == QStringLiteral("row_uid");
}

bool isDate(const QString& column)
{
    return column.endsWith(QStringLiteral("_on")) || column == QStringLiteral("birth_date")
        || column == QStringLiteral("status_date");
}

bool isMoment(const QString& column)
{
    return column.endsWith(QStringLiteral("_at")) || column == QStringLiteral("locked_until");
}

// Days since 1970-01-01 of 'YYYY-MM-DD', by std::chrono (not by the store,
// not by SQLite).
long long daysOf(QStringView d)
{
    using namespace std::chrono;
    const year_month_day ymd{year{d.mid(0, 4).toInt()}, month{static_cast<unsigned>(d.mid(5, 2).toInt())},
                             day{static_cast<unsigned>(d.mid(8, 2).toInt())}};
    BOOST_REQUIRE_MESSAGE(ymd.ok(), d.toString().toStdString());
    return sys_days(ymd).time_since_epoch().count();
}

// A value of schemas 1-4, as quote() writes it, in schema 5's form as
// quote() writes that: converted here independently of the migration.
QString converted(const QString& column, const QString& quoted)
{
    if (quoted == QStringLiteral("NULL") || !(isUid(column) || isDate(column) || isMoment(column)))
        return quoted;
    BOOST_REQUIRE_MESSAGE(quoted.startsWith(QLatin1Char('\'')) && quoted.endsWith(QLatin1Char('\'')),
                          column.toStdString() << " = " << quoted.toStdString());
    const QString text = quoted.mid(1, quoted.size() - 2);
    if (isUid(column))
        return QStringLiteral("X'") + QString(text).remove(QLatin1Char('-')).toUpper() + QLatin1Char('\'');
    if (isDate(column))
        return QString::number(daysOf(text));
    if (isMoment(column)) {
        // 'YYYY-MM-DDTHH:MM:SS.zzzZ'
        BOOST_REQUIRE_MESSAGE(text.size() == 24 && text.endsWith(QLatin1Char('Z')), text.toStdString());
        const QStringView t(text);
        const long long ms = daysOf(t.left(10)) * 86'400'000LL + t.mid(11, 2).toInt() * 3'600'000LL
                           + t.mid(14, 2).toInt() * 60'000LL + t.mid(17, 2).toInt() * 1'000LL + t.mid(20, 3).toInt();
        return QString::number(ms);
    }
    return quoted;
}

// Rows with the values at the edges of the conversions, added to a fixture
// of `version` before it is upgraded: a moment before 1970 and on a leap day
// with odd milliseconds, a date before 1970, an upper-case uid.
QByteArray edgeRows(int version)
{
    QByteArray sql = "INSERT INTO users (id, uid, name, role, created_at, updated_at, deleted_at) VALUES "
                     "(99, 'abcdef01-2345-4678-9ABC-DEF012345678', 'Tepi', 'admin', '1969-12-31T23:59:59.999Z', "
                     "'2024-02-29T23:59:59.001Z', '2038-01-19T03:14:08.500Z');\n"
                     "INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, oedema, measured_by, "
                     "created_at, updated_at) SELECT 'fedcba98-7654-4321-8fed-cba987654321', child_id, posyandu_id, '1969-12-31', "
                     "9000, 0, 'Tepi', '2000-02-29T12:00:00.007Z', '2000-02-29T12:00:00.070Z' FROM measurements LIMIT 1;\n";
    if (version >= 3)
        sql += "UPDATE users SET locked_until = '2024-06-15T07:30:00.042Z' WHERE id = 99;\n";
    return sql;
}

} // namespace

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(every_stored_value_survives_every_upgrade)
{
    // Each fixture's tables and columns read back, after the upgrade to the
    // latest version, value for value and type for type: uids, dates and
    // moments in schema 5's form, compared with a conversion made here
    // (converted() above), every other value as it was. The one value a
    // migration changes on purpose: 0003 makes every earlier user an admin.
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        BOOST_TEST_CONTEXT("fixture v" << version)
        {
            QFile fixture(fixturePath(version));
            BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.db"));
            rawExec(path, fixture.readAll() + (version < 5 ? edgeRows(version) : QByteArray()));
            const Content before = contentOf(path);
            BOOST_REQUIRE(before.count(QStringLiteral("measurements")) == 1u);
            BOOST_REQUIRE(!before.at(QStringLiteral("measurements")).at(QStringLiteral("uid")).isEmpty());
            {
                auto r = Database::open(path);
                BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
                BOOST_TEST(r.value()->schemaVersion() == Database::latestSchemaVersion());
            }
            const Content after = contentOf(path);
            const Content readable = contentOf(path, QStringLiteral("_readable"));
            for (const auto& [table, columns] : before) {
                BOOST_REQUIRE_MESSAGE(after.count(table) == 1u, table.toStdString());
                for (const auto& [name, values] : columns) {
                    if (table == QStringLiteral("users") && name == QStringLiteral("role") && version < 3)
                        continue;
                    const std::string where = (table + QLatin1Char('.') + name).toStdString();
                    BOOST_REQUIRE_MESSAGE(after.at(table).count(name) == 1u, where);
                    QStringList expected = values;
                    if (version < 5) {
                        for (QString& v : expected)
                            v = converted(name, v);
                    }
                    BOOST_TEST(after.at(table).at(name) == expected, where);
                    // The sqlite3 shell's view gives the old text back (a
                    // uid in lower case, as the program writes it).
                    BOOST_REQUIRE_MESSAGE(readable.count(table) == 1u, table.toStdString());
                    QStringList text = values;
                    for (QString& v : text) {
                        if (isUid(name) && v != QStringLiteral("NULL"))
                            v = v.toLower();
                    }
                    if (version < 5 || name == QStringLiteral("measured_by"))
                        BOOST_TEST(readable.at(table).at(name) == text, where);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(the_readable_views_show_what_the_program_writes)
{
    // A file made by this program: the views give uids, dates and moments
    // as text the way sql::uidText, QDate and sql::timestampText write them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = openOrFail(path);
    const QUuid uid = QUuid::createUuid();
    const QDateTime at(QDate(2024, 2, 29), QTime(23, 59, 58, 7), Qt::UTC);
    QSqlQuery q(db->connection());
    BOOST_REQUIRE(q.prepare(QStringLiteral("INSERT INTO posyandu (id, uid, name, created_at, updated_at) VALUES (7, ?, 'Mawar', ?, ?)")));
    q.addBindValue(sql::uidValue(uid));
    q.addBindValue(sql::timestampValue(at));
    q.addBindValue(sql::timestampValue(at.addMSecs(-2'000'000'000'000LL)));
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text().toStdString());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT uid, created_at, updated_at FROM posyandu_readable WHERE id = 7")) && q.next());
    BOOST_TEST(q.value(0).toString() == sql::uidText(uid));
    BOOST_TEST(q.value(1).toString() == QStringLiteral("2024-02-29T23:59:58.007Z"));
    BOOST_TEST(q.value(2).toString() == sql::timestampText(at.addMSecs(-2'000'000'000'000LL)));
    // A text uid is refused by the column's type check, not stored.
    BOOST_TEST(!q.exec(QStringLiteral("INSERT INTO posyandu (uid, name, created_at, updated_at) "
                                      "VALUES ('00000000-0000-4000-8000-000000000099', 'Melati', 1, 1)")));
    BOOST_TEST(!q.exec(QStringLiteral("INSERT INTO posyandu (uid, name, created_at, updated_at) "
                                      "VALUES (randomblob(16), 'Melati', '2024-05-01T08:00:00.000Z', 1)")));
}

BOOST_AUTO_TEST_CASE(an_upgraded_file_gives_the_old_tables_pages_back)
{
    // 0005 rebuilds every table: 20,000 measurements of text leave most of
    // the file as free pages (990 of 1,632 without the VACUUM); the upgrade
    // gives them back, and the file is smaller than before.
    QFile fixture(fixturePath(4));
    BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.db"));
    rawExec(path, fixture.readAll()
                      + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                        "INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, oedema, "
                        "measured_by, created_at, updated_at) SELECT printf('%08x-0000-4000-8000-%012x', i, i), 1, 1, "
                        "date('2020-01-01', '+' || (i % 1500) || ' days'), 8000 + i % 5000, 0, 'Kader Contoh', "
                        "'2024-05-01T08:00:00.000Z', '2024-05-01T08:00:00.000Z' FROM n;\n");
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const qint64 pagesBefore = column(h, QStringLiteral("PRAGMA page_count")).value(0).toLongLong();
    sqlite3_close(h);
    auto r = Database::open(path);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    QSqlQuery q(r.value()->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT freelist_count, page_count FROM pragma_freelist_count, pragma_page_count")) && q.next());
    BOOST_TEST(q.value(0).toLongLong() == 0);
    BOOST_TEST(q.value(1).toLongLong() < pagesBefore);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM measurements")) && q.next());
    BOOST_TEST(q.value(0).toLongLong() == 20003);
}

BOOST_AUTO_TEST_CASE(a_value_that_does_not_convert_leaves_the_file_at_version_4)
{
    // A uid that is not a UUID cannot become 16 bytes: the upgrade is
    // refused as a whole and the file keeps version 4 and its text.
    QFile fixture(fixturePath(4));
    BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.db"));
    rawExec(path, fixture.readAll() + "UPDATE measurements SET uid = 'not-a-uuid' WHERE id = 2;\n");
    const Content before = contentOf(path);
    {
        auto r = Database::open(path);
        BOOST_REQUIRE(!r.ok());
        BOOST_TEST(static_cast<int>(r.error().code) == static_cast<int>(ErrorCode::MigrationFailed));
    }
    BOOST_TEST((contentOf(path) == before));
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    BOOST_TEST(column(h, QStringLiteral("PRAGMA user_version")) == QStringList{QStringLiteral("4")});
    sqlite3_close(h);
}

BOOST_AUTO_TEST_CASE(version_6_indexes_the_roster_and_not_the_months)
{
    // 0004: the roster's subqueries are answered from
    // measurements_child_date alone, in its order; measurements_posyandu_date
    // is gone. 0006: measurements_date is gone too, and a month reads the
    // table.
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
        "AND x.measured_on < 19844 ORDER BY x.measured_on DESC, x.id DESC LIMIT 1"));
    BOOST_TEST_MESSAGE(earlier.toStdString());
    BOOST_TEST(earlier.contains(QStringLiteral("COVERING INDEX measurements_child_date")));
    BOOST_TEST(!earlier.contains(QStringLiteral("TEMP B-TREE")));
    const QString month = plan(QStringLiteral(
        "SELECT m.id FROM measurements m WHERE m.deleted_at IS NULL AND m.measured_on >= 19844 "
        "AND m.measured_on < 19875 AND m.posyandu_id = 1"));
    BOOST_TEST_MESSAGE(month.toStdString());
    BOOST_TEST(!month.contains(QStringLiteral("measurements_date")));
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                        "WHERE name IN ('measurements_posyandu_date', 'measurements_date')")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(version_6_keeps_each_measurers_name_once)
{
    // 0006: the distinct names go to measurers once each (case and inner
    // spaces as written), each measurement refers to its own, a blank name
    // becomes NULL as the program writes an empty one; the store reads the
    // names back, and a new name written through the repository adds one row.
    QFile fixture(fixturePath(5));
    BOOST_REQUIRE(fixture.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    rawExec(path, fixture.readAll()
                      + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8) "
                        "INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, oedema, "
                        "measured_by, created_at, updated_at) SELECT randomblob(16), (SELECT min(id) FROM children), "
                        "(SELECT min(id) FROM posyandu), 19800 + i, 9000 + i, 0, "
                        "CASE i % 4 WHEN 0 THEN 'Bu Sari' WHEN 1 THEN 'bu sari' WHEN 2 THEN '   ' ELSE NULL END, "
                        "1717200000000, 1717200000000 FROM n;\n");
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const QStringList before = column(h, QStringLiteral("SELECT quote(measured_by) FROM measurements ORDER BY id"));
    const QStringList distinct = column(
        h, QStringLiteral("SELECT DISTINCT measured_by FROM measurements WHERE trim(measured_by) <> '' ORDER BY 1"));
    sqlite3_close(h);
    BOOST_REQUIRE(distinct.contains(QStringLiteral("Bu Sari")));
    BOOST_REQUIRE(distinct.contains(QStringLiteral("bu sari")));

    auto r = Database::open(path);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    Database& db = *r.value();
    QSqlQuery q(db.connection());
    QStringList names;
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT name FROM measurers ORDER BY name")));
    while (q.next())
        names << q.value(0).toString();
    BOOST_TEST(names == distinct);
    QStringList expected = before;
    for (QString& v : expected) {
        if (v.mid(1, v.size() - 2).trimmed().isEmpty())
            v = QStringLiteral("NULL");
    }
    QStringList after;
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT quote(w.name) FROM measurements m LEFT JOIN measurers w "
                                        "ON w.id = m.measurer_id ORDER BY m.id")));
    while (q.next())
        after << q.value(0).toString();
    BOOST_TEST(after == expected);

    // The store reads the names back and writes a name through its id: an
    // existing one adds no row, a new one adds one.
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT min(id) FROM children")) && q.next());
    const RowId child = q.value(0).toLongLong();
    MeasurementRepository repo(db);
    auto history = repo.history(child);
    BOOST_REQUIRE_MESSAGE(history.ok(), why(history));
    QStringList read;
    for (const Measurement& m : *history)
        read << m.measuredBy;
    BOOST_TEST(read.count(QStringLiteral("Bu Sari")) == 2);
    BOOST_TEST(read.count(QStringLiteral("bu sari")) == 2);
    Measurement again = history->back();
    again.meta = {};
    again.date = again.date.addDays(1);
    again.measuredBy = QStringLiteral("Bu Sari");
    auto saved = repo.add(again, UserId{0});
    BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
    again.meta = {};
    again.date = again.date.addDays(1);
    again.measuredBy = QStringLiteral("Pak Budi");
    auto added = repo.add(again, UserId{0});
    BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM measurers")) && q.next());
    BOOST_TEST(q.value(0).toInt() == distinct.size() + 1);
    BOOST_TEST(repo.get(saved->meta.id)->measuredBy == QStringLiteral("Bu Sari"));
    BOOST_TEST(repo.get(added->meta.id)->measuredBy == QStringLiteral("Pak Budi"));
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT measured_by FROM measurements_readable WHERE id = %1").arg(added->meta.id))
                  && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("Pak Budi"));
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
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT for_household, consent IS NULL, follow_up_on, status FROM referrals_readable "
                                        "ORDER BY id")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
    BOOST_TEST(q.value(1).toInt() == 1);
    BOOST_TEST(q.value(2).toString() == QStringLiteral("2024-04-24")); // 10 April + 14 days
    BOOST_TEST(q.value(3).toString() == QStringLiteral("arrived"));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(2).toString() == QStringLiteral("2024-05-04"));

    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT r.uid, e.status, e.happened_on, coalesce(e.note, ''), e.uid "
                                        "FROM referral_events_readable e JOIN referrals_readable r ON r.id = e.referral_id "
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
