// Messages for what the machine refuses (issue 8, point 8): a full disk, a
// busy or locked file, a read-only or forbidden one — each in plain words
// with what to do, in English and Indonesian, never SQLite's English.
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"
#include "store/childrepository.h"
#include "store/i18n.h"
#include "store/messages.h"

#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>

namespace tumbuh::records::test {

namespace {

const QString kDiskFull = QStringLiteral("The disk is full: free some space on the disk, then try again. Nothing was lost; "
                                         "what was already saved is safe.");

Result<Child> addChild(Database& db, int i)
{
    Child c;
    c.name = QStringLiteral("Anak Penuh %1").arg(i);
    c.sex = growth::Sex::Male;
    c.birthDate = kToday.addMonths(-12);
    c.posyanduId = 1;
    return ChildRepository(db).add(c, 0);
}

struct Indonesian {
    Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id")); }
    ~Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")); }
};

} // namespace

BOOST_AUTO_TEST_SUITE(faults_messages)

BOOST_AUTO_TEST_CASE(a_full_disk_is_said_in_plain_words_and_nothing_saved_is_lost)
{
    Folder f;
    const QString path = f.path("kota.db");
    makeDemo(path, 5, 2);
    const qint64 children = rows(path, "children");
    auto db = openDb(path);
    {
        // The file may not grow past its size: what a full disk does.
        QSqlQuery q(db->connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    }
    int saved = 0;
    Result<Child> added = addChild(*db, 0);
    while (added.ok() && saved < 5000)
        added = addChild(*db, ++saved);
    BOOST_REQUIRE(!added.ok());
    BOOST_TEST(static_cast<int>(added.error().code) == static_cast<int>(ErrorCode::DiskFull));
    BOOST_TEST(added.error().message == kDiskFull);
    {
        Indonesian id;
        auto again = addChild(*db, 9999);
        BOOST_REQUIRE(!again.ok());
        BOOST_TEST(again.error().message.startsWith(QStringLiteral("Disk penuh: kosongkan ruang di disk")), again.error().message.toStdString());
    }
    // The import's own statements say the same.
    QByteArray csv = "Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat\n";
    for (int i = 0; i < 300; ++i)
        csv += "Anak Impor " + QByteArray::number(i) + ";P;01/02/2023;Posyandu Melati;01/06/2024;9,1\n";
    writeText(f.path("in.csv"), csv);
    CsvImporter importer(*db, ImportOptions{});
    auto imported = importer.run(f.path("in.csv"));
    BOOST_REQUIRE(!imported.ok());
    BOOST_TEST(imported.error().message == kDiskFull);
    db.reset();
    // What was saved before the disk filled is all there.
    BOOST_TEST(rows(path, "children") == children + saved);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_CASE(every_refusal_of_the_machine_has_its_own_translated_message)
{
    const QString raw = QStringLiteral("raw sqlite text");
    const int codes[] = {SQLITE_FULL, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM,
                         SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, SQLITE_BUSY_SNAPSHOT};
    QStringList english;
    for (const int code : codes) {
        const Error e = msg::sqliteError(code, raw, QStringLiteral("/media/kota.db"));
        BOOST_TEST(!e.message.contains(raw), code);
        BOOST_TEST((e.code != ErrorCode::Sql || code == SQLITE_IOERR_WRITE), code);
        english << e.message;
    }
    BOOST_TEST(english[0] == kDiskFull);
    BOOST_TEST(english[1].contains("Wait a moment"));
    BOOST_TEST(english[3].contains("read-only"));
    BOOST_TEST(english[4].contains("/media/kota.db"));
    // Something unexpected keeps SQLite's text (it is all there is to say).
    BOOST_TEST(msg::sqliteError(SQLITE_CONSTRAINT, raw).message.contains(raw));
    Indonesian id;
    for (std::size_t i = 0; i < std::size(codes); ++i) {
        const QString message = msg::sqliteError(codes[i], raw, QStringLiteral("/media/kota.db")).message;
        BOOST_TEST(message != english[static_cast<qsizetype>(i)], codes[i]);
        BOOST_TEST(!message.isEmpty());
    }
    BOOST_TEST(msg::sqliteError(SQLITE_FULL, raw).message
               == "Disk penuh: kosongkan ruang di disk lalu coba lagi. Tidak ada data yang hilang; yang sudah disimpan tetap aman.");
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
