// Opening files: a fresh database, pragmas, connections, and every kind of
// file the store must refuse without touching it.
#include "storefixture.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "store/posyandurepository.h"
#include "store/transaction.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

namespace {

QVariant pragma(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    BOOST_REQUIRE(q.exec(sql));
    BOOST_REQUIRE(q.next());
    return q.value(0);
}

// A closed database with some rows, so that it spans many pages.
QString makeDatabase(QTemporaryDir& dir, const QString& name = QStringLiteral("city.db"))
{
    const QString path = dir.filePath(name);
    {
        auto db = openOrFail(path);
        Posyandu p;
        p.name = QStringLiteral("Posyandu Anggrek");
        auto posyandu = PosyanduRepository(*db).add(p, 0);
        BOOST_REQUIRE(posyandu.ok());
        auto tx = Transaction::begin(*db);
        BOOST_REQUIRE(tx.ok());
        for (int i = 0; i < 300; ++i) {
            Child c;
            c.name = QStringLiteral("Anak Contoh %1").arg(i);
            c.birthDate = QDate(2021, 1, 1).addDays(i);
            c.posyanduId = posyandu->meta.id;
            c.notes = QString(200, QLatin1Char('x'));
            BOOST_REQUIRE(ChildRepository(*db).add(c, 0).ok());
        }
        BOOST_REQUIRE(tx->commit().ok());
    }
    BOOST_REQUIRE(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    return path;
}

void expectRefused(const QString& path, ErrorCode code, const QString& backupDir = {})
{
    const QByteArray before = fileHash(path);
    OpenOptions options;
    options.backupDir = backupDir;
    auto r = Database::open(path, options);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(static_cast<int>(r.error().code) == static_cast<int>(code));
    BOOST_TEST(!r.error().message.isEmpty());
    BOOST_TEST(fileHash(path) == before, "the refused file was changed");
}

} // namespace

BOOST_AUTO_TEST_SUITE(database)

BOOST_AUTO_TEST_CASE(fresh_database_has_the_latest_schema_and_the_pragmas)
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("new.db")));
    BOOST_TEST(db->schemaVersion() == Database::latestSchemaVersion());
    BOOST_TEST(Database::latestSchemaVersion() >= 1);
    BOOST_TEST(pragma(*db, QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
    BOOST_TEST(pragma(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    BOOST_TEST(pragma(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    BOOST_TEST(pragma(*db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    BOOST_TEST(pragma(*db, QStringLiteral("PRAGMA application_id")).toLongLong() == 1414876482);
    BOOST_TEST(!db->isReadOnly());
    auto check = db->integrityCheck();
    BOOST_REQUIRE(check.ok());
    BOOST_TEST(*check == QStringLiteral("ok"));
}

BOOST_AUTO_TEST_CASE(every_table_has_the_common_columns)
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("new.db")));
    for (const char* table : {"users", "posyandu", "households", "children", "measurements", "referrals"}) {
        QSqlQuery q(db->connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table))));
        QStringList columns;
        while (q.next())
            columns << q.value(0).toString();
        for (const char* c : {"id", "uid", "created_at", "updated_at", "deleted_at"})
            BOOST_TEST(columns.contains(QLatin1String(c)), table << " lacks " << c);
    }
}

BOOST_AUTO_TEST_CASE(two_databases_have_their_own_connections)
{
    QTemporaryDir dir;
    auto a = openOrFail(dir.filePath(QStringLiteral("a.db")));
    auto b = openOrFail(dir.filePath(QStringLiteral("b.db")));
    BOOST_TEST(a->connectionName() != b->connectionName());
    Posyandu p;
    p.name = QStringLiteral("Posyandu Mawar");
    BOOST_REQUIRE(PosyanduRepository(*a).add(p, 0).ok());
    BOOST_TEST(PosyanduRepository(*a).list()->size() == 1u);
    BOOST_TEST(PosyanduRepository(*b).list()->size() == 0u);
    const QString name = a->connectionName();
    a.reset();
    BOOST_TEST(!QSqlDatabase::contains(name));
}

BOOST_AUTO_TEST_CASE(reopening_keeps_the_data)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto db = openOrFail(path);
    BOOST_TEST(ChildRepository(*db).listWithLastMeasurement().value().size() == 300u);
}

BOOST_AUTO_TEST_CASE(missing_file_without_create_is_refused)
{
    QTemporaryDir dir;
    OpenOptions options;
    options.createIfMissing = false;
    auto r = Database::open(dir.filePath(QStringLiteral("none.db")), options);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(static_cast<int>(r.error().code) == static_cast<int>(ErrorCode::FileNotFound));
    BOOST_TEST(!QFile::exists(dir.filePath(QStringLiteral("none.db"))));
}

BOOST_AUTO_TEST_CASE(empty_file_is_set_up_as_new)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = openOrFail(path);
    BOOST_TEST(db->schemaVersion() == Database::latestSchemaVersion());
}

BOOST_AUTO_TEST_CASE(garbage_file_is_refused_untouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray bytes(64 * 1024, '\0');
    QRandomGenerator rng(42);
    for (auto& b : bytes)
        b = static_cast<char>(rng.bounded(256));
    f.write(bytes);
    f.close();
    expectRefused(path, ErrorCode::NotADatabase);

    const QString text = dir.filePath(QStringLiteral("notes.db"));
    QFile t(text);
    BOOST_REQUIRE(t.open(QIODevice::WriteOnly));
    t.write("nama,berat\nAnak,12.5\n");
    t.close();
    expectRefused(text, ErrorCode::NotADatabase);
}

BOOST_AUTO_TEST_CASE(truncated_file_is_refused_untouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const qint64 size = QFileInfo(path).size();
    BOOST_REQUIRE(size > 16 * 4096);
    // At a page boundary, in the middle of a page, and inside the header.
    for (qint64 cut : {size / 2 / 4096 * 4096, size - 1000, qint64(60)}) {
        const QString copy = dir.filePath(QStringLiteral("cut-%1.db").arg(cut));
        BOOST_REQUIRE(QFile::copy(path, copy));
        BOOST_REQUIRE(QFile::resize(copy, cut));
        expectRefused(copy, ErrorCode::Corrupt);
    }
}

BOOST_AUTO_TEST_CASE(damaged_pages_are_refused_untouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
    // Overwrite the middle of the file (b-tree pages), keep the header.
    f.seek(f.size() / 2 / 4096 * 4096);
    f.write(QByteArray(4096 * 3, '\x5a'));
    f.close();
    expectRefused(path, ErrorCode::Corrupt);
}

BOOST_AUTO_TEST_CASE(newer_schema_is_refused_untouched)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    rawExec(path, QByteArray("PRAGMA user_version = ") + QByteArray::number(Database::latestSchemaVersion() + 1));
    expectRefused(path, ErrorCode::NewerSchema);
    auto r = Database::open(path);
    BOOST_TEST(r.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
}

BOOST_AUTO_TEST_CASE(another_programs_database_is_refused_untouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawExec(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('x');");
    expectRefused(path, ErrorCode::NotADatabase);
}

BOOST_AUTO_TEST_CASE(read_only_file_opens_read_only_and_refuses_writes)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    BOOST_REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    {
        auto r = Database::open(path);
        BOOST_REQUIRE(r.ok());
        BOOST_REQUIRE(r.warnings().size() == 1u);
        BOOST_TEST(static_cast<int>(r.warnings()[0].code) == static_cast<int>(WarningCode::OpenedReadOnly));
        auto& db = *r.value();
        BOOST_TEST(db.isReadOnly());
        BOOST_TEST(PosyanduRepository(db).list()->size() == 1u);
        Posyandu p;
        p.name = QStringLiteral("Posyandu Baru");
        auto added = PosyanduRepository(db).add(p, 0);
        BOOST_REQUIRE(!added.ok());
        BOOST_TEST(static_cast<int>(added.error().code) == static_cast<int>(ErrorCode::ReadOnly));
        BOOST_TEST(added.error().message.contains(QStringLiteral("read-only")));
        BOOST_TEST(!Transaction::begin(db).ok());
    }
    BOOST_TEST(fileHash(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

BOOST_AUTO_TEST_CASE(refusal_names_the_newest_backup)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QString backups = dir.filePath(QStringLiteral("backups"));
    BOOST_REQUIRE(QDir().mkpath(backups));
    BOOST_REQUIRE(QFile::copy(path, backups + QStringLiteral("/city-20240101-080000.db")));
    BOOST_REQUIRE(QFile::copy(path, backups + QStringLiteral("/city-20240301-080000.db")));
    BOOST_REQUIRE(QFile::copy(path, backups + QStringLiteral("/other-20240401-080000.db")));
    BOOST_REQUIRE(QFile::resize(path, 3 * 4096 + 17));
    const QByteArray before = fileHash(path);
    OpenOptions options;
    options.backupDir = backups;
    auto r = Database::open(path, options);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().backupPath.endsWith(QStringLiteral("city-20240301-080000.db")));
    BOOST_TEST(r.error().message.contains(QStringLiteral("city-20240301-080000.db")));
    BOOST_TEST(fileHash(path) == before);
    // Without a backup folder nothing is offered.
    auto plain = Database::open(path);
    BOOST_TEST(plain.error().backupPath.isEmpty());
}

BOOST_AUTO_TEST_CASE(refusals_are_translated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'z'));
    f.close();
    Language id(QStringLiteral("id"));
    auto r = Database::open(path);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("bukan basis data Tumbuh")));
}

BOOST_AUTO_TEST_SUITE_END()
