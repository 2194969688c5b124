// The notice shown while a file of an earlier schema is upgraded in place
// (ui/start/upgradenotice.h): a city's file takes tens of seconds, and
// without it the user saw nothing at all and started the program again.
#include "store/database.h"
#include "store/fileheader.h"
#include "ui/start/upgradenotice.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

using namespace tumbuh;

namespace {

// An SQLite file with the given user_version and about `megabytes` of data.
QString sqliteFile(const QTemporaryDir& dir, const QString& name, int version, int megabytes)
{
    const QString path = dir.filePath(name);
    sqlite3* h = nullptr;
    BOOST_REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &h) == SQLITE_OK);
    const QByteArray sql = QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(version)
                         + QByteArrayLiteral("; CREATE TABLE t (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                             "SELECT i + 1 FROM n WHERE i < ")
                         + QByteArray::number(megabytes) + QByteArrayLiteral(") INSERT INTO t SELECT randomblob(1048576) FROM n;");
    char* error = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &error);
    BOOST_REQUIRE_MESSAGE(rc == SQLITE_OK, (error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(h);
    return path;
}

} // namespace

BOOST_AUTO_TEST_SUITE(upgrade_notice)

BOOST_AUTO_TEST_CASE(a_big_file_of_an_earlier_schema_is_announced)
{
    QTemporaryDir dir;
    const int latest = store::Database::latestSchemaVersion();
    const QString old = sqliteFile(dir, QStringLiteral("kota.db"), latest - 1, 9);
    BOOST_TEST(store::schemaVersionInHeader(old).value_or(-1) == latest - 1);
    const auto notice = ui::UpgradeNotice::showIfNeeded(old);
    BOOST_TEST_REQUIRE(notice != nullptr);
    BOOST_TEST(notice->isVisible());
    BOOST_TEST(notice->text().contains(QStringLiteral("kota.db")));
}

BOOST_AUTO_TEST_CASE(nothing_is_said_when_nothing_takes_long)
{
    QTemporaryDir dir;
    const int latest = store::Database::latestSchemaVersion();
    // Current: nothing to upgrade.
    const QString current = sqliteFile(dir, QStringLiteral("baru.db"), latest, 9);
    BOOST_TEST(store::schemaVersionInHeader(current).value_or(-1) == latest);
    BOOST_TEST(ui::UpgradeNotice::showIfNeeded(current) == nullptr);
    // A posyandu's small file upgrades in well under a second.
    const QString small = sqliteFile(dir, QStringLiteral("kecil.db"), latest - 1, 1);
    BOOST_TEST(ui::UpgradeNotice::showIfNeeded(small) == nullptr);
    // Not an SQLite file, or no file: no version, no notice (the store says
    // what is wrong when it opens it).
    QFile text(dir.filePath(QStringLiteral("catatan.db")));
    BOOST_REQUIRE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(200, 'x'));
    text.close();
    BOOST_TEST(!store::schemaVersionInHeader(text.fileName()).has_value());
    BOOST_TEST(ui::UpgradeNotice::showIfNeeded(text.fileName()) == nullptr);
    BOOST_TEST(!store::schemaVersionInHeader(dir.filePath(QStringLiteral("tidak-ada.db"))).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
