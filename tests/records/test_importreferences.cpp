// An import runs with SQLite's foreign-key enforcement off
// (records/import/foreignkeysoff.h) and checks the references of the rows it
// wrote once at its end (records/import/referencecheck.h): the check finds a
// row that refers to nothing, among the added rows and the edited ones, and
// the connection enforces the foreign keys again afterwards.
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"
#include "records/import/foreignkeysoff.h"
#include "records/import/referencecheck.h"
#include "records/nativestatement.h"
#include "store/transaction.h"

#include <boost/test/unit_test.hpp>

namespace tumbuh::records::test {
namespace {

void exec(Database& db, const QString& sql)
{
    auto r = NativeStatement::exec(db, sql.toUtf8().constData());
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
}

qint64 scalar(Database& db, const QString& sql)
{
    auto q = NativeStatement::prepare(db, sql);
    BOOST_REQUIRE_MESSAGE(q.ok(), why(q));
    auto row = q->step();
    BOOST_REQUIRE(row.ok() && *row);
    return q->int64(0);
}

} // namespace

BOOST_AUTO_TEST_SUITE(import_references)

BOOST_AUTO_TEST_CASE(the_connection_enforces_foreign_keys_again_after_an_import)
{
    Folder f;
    writeText(f.path("m.csv"), "name,sex,birth_date,mother_name,posyandu,measured_on,weight_kg\n"
                               "Citra,P,2022-02-14,Dewi,Posyandu Anggrek,2024-06-01,\"11,2\"\n"
                               "Dimas,L,2022-08-01,Lina,Posyandu Anggrek,2024-06-01,x\n");
    auto db = openDb(f.path("t.db"));
    BOOST_REQUIRE(ForeignKeysOff::enforced(*db));
    for (const bool dryRun : {false, true}) {
        ImportOptions options;
        options.dryRun = dryRun;
        auto r = CsvImporter(*db, options).run(f.path("m.csv"));
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        BOOST_TEST(r->rejectedRows == 1);
        BOOST_TEST(ForeignKeysOff::enforced(*db));
    }
    // And SQLite refuses a measurement of a child that does not exist.
    const auto orphan = NativeStatement::exec(*db, "INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, "
                                                   "created_at, updated_at) VALUES (randomblob(16), 999, 1, 19875, 0, 0)");
    BOOST_TEST_REQUIRE(!orphan.ok());
    BOOST_TEST(orphan.error().message.contains(QStringLiteral("FOREIGN KEY")), orphan.error().message.toStdString());
}

BOOST_AUTO_TEST_CASE(inside_a_transaction_the_scope_leaves_enforcement_on)
{
    Folder f;
    auto db = openDb(f.path("t.db"));
    auto tx = Transaction::begin(*db);
    BOOST_REQUIRE_MESSAGE(tx.ok(), why(tx));
    const ForeignKeysOff off(*db);
    BOOST_TEST(!off.off());
    BOOST_TEST(ForeignKeysOff::enforced(*db));
}

BOOST_AUTO_TEST_CASE(an_added_row_that_refers_to_nothing_is_found)
{
    Folder f;
    makeDemo(f.path("d.db"), 20, 6);
    auto db = openDb(f.path("d.db"));
    const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM measurements"));
    {
        const ForeignKeysOff off(*db);
        BOOST_REQUIRE(off.off());
        auto tx = Transaction::begin(*db);
        BOOST_REQUIRE_MESSAGE(tx.ok(), why(tx));
        auto check = ReferenceCheck::start(*db);
        BOOST_REQUIRE_MESSAGE(check.ok(), why(check));
        // A good row passes.
        exec(*db, QStringLiteral("INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, created_at, updated_at) "
                                 "SELECT randomblob(16), id, posyandu_id, 19875, 0, 0 FROM children ORDER BY id LIMIT 1"));
        auto good = check->verify(*db, {});
        BOOST_TEST(good.ok(), why(good));
        // A child that does not exist: SQLite lets it in now, the check does not.
        exec(*db, QStringLiteral("INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, created_at, updated_at) "
                                 "SELECT randomblob(16), 987654, posyandu_id, 19876, 0, 0 FROM children ORDER BY id LIMIT 1"));
        auto bad = check->verify(*db, {});
        BOOST_REQUIRE(!bad.ok());
        BOOST_TEST(bad.error().message.contains(QStringLiteral("987654")));
        BOOST_TEST(bad.error().message.contains(QStringLiteral("measurements")));
        BOOST_TEST(bad.error().message.contains(QStringLiteral("children")));
    } // rolled back
    BOOST_TEST(scalar(*db, QStringLiteral("SELECT count(*) FROM measurements")) == before);
}

BOOST_AUTO_TEST_CASE(an_edited_row_is_checked_when_named)
{
    Folder f;
    makeDemo(f.path("d.db"), 20, 6);
    auto db = openDb(f.path("d.db"));
    const ForeignKeysOff off(*db);
    BOOST_REQUIRE(off.off());
    auto tx = Transaction::begin(*db);
    BOOST_REQUIRE_MESSAGE(tx.ok(), why(tx));
    auto check = ReferenceCheck::start(*db);
    BOOST_REQUIRE_MESSAGE(check.ok(), why(check));
    const RowId child = scalar(*db, QStringLiteral("SELECT min(id) FROM children"));
    exec(*db, QStringLiteral("UPDATE children SET posyandu_id = 424242 WHERE id = %1").arg(child));
    // Not among the added rows: found only when the edit is named.
    BOOST_TEST(check->verify(*db, {}).ok());
    auto named = check->verify(*db, {{QStringLiteral("children"), {child}}});
    BOOST_REQUIRE(!named.ok());
    BOOST_TEST(named.error().message.contains(QStringLiteral("424242")));
    BOOST_TEST(named.error().message.contains(QStringLiteral("posyandu")));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
