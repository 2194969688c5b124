// The import's own writes of what the repositories would write (issue 14,
// item 2): a new household inserted with a prepared statement is the row and
// the audit entry HouseholdRepository::add() makes; a rejected row leaves
// neither; a new child checked without validate()'s queries still gets the
// "possible duplicate" warning those queries give.
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"
#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/messages.h"
#include "store/sqlutil.h"

#include <boost/test/unit_test.hpp>

#include <QJsonObject>

namespace tumbuh::records::test {
namespace {

Result<ImportReport> importFile(Database& db, const QString& csv)
{
    return CsvImporter(db, {}).run(csv);
}

const QByteArray kHeader = "NIK;Nama;JK;Tgl Lahir;Nama Ortu;Kab/Kota;Kec;Desa/Kel;Posyandu;RT;RW;Alamat;Tanggal Pengukuran;"
                           "Berat;Tinggi;Cara Ukur\n";

// Every column of a household but its id, uid and times, with the type
// SQLite stored (NULL and '' differ).
QStringList householdColumns(const QString& path, RowId id)
{
    return queryLines(path, QStringLiteral("SELECT posyandu_id, address, rt, rw, kelurahan, typeof(kk_number), "
                                           "typeof(father_name), father_name, typeof(father_nik), mother_name, "
                                           "typeof(mother_nik), typeof(phone), typeof(notes), deleted_at, "
                                           "created_at = updated_at FROM households_readable WHERE id = %1")
                                .arg(id));
}

QJsonObject withoutIdentity(QJsonObject o)
{
    for (const char* key : {"id", "uid", "created_at", "updated_at"})
        o.remove(QString::fromLatin1(key));
    return o;
}

} // namespace

BOOST_AUTO_TEST_SUITE(import_places_written_directly)

BOOST_AUTO_TEST_CASE(new_household_is_the_row_and_audit_entry_the_repository_writes)
{
    Folder f;
    writeText(f.path("a.csv"), kHeader
                                   + "6479014503230001;Ayu Lestari;P;05/03/2023;Sari Wulan;Kota Contoh;Sungai Contoh;"
                                     "Kelurahan Contoh;Posyandu Mawar;003;005;Jl.  Melati No. 1;05-05-2024;9,25;76,4;Terlentang\n");
    auto db = openDb(f.path("t.db"));
    auto r = importFile(*db, f.path("a.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_REQUIRE(r->householdsAdded == 1);
    HouseholdRepository households(*db);
    auto imported = households.list();
    BOOST_REQUIRE(imported.ok());
    BOOST_REQUIRE(imported->size() == 1);
    const Household h = imported->front();
    BOOST_TEST(h.address == QStringLiteral("Jl. Melati No. 1"));

    Household copy = h;
    copy.meta = RowMeta();
    auto added = households.add(copy, 0);
    BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
    db.reset();
    const QString path = f.path("t.db");
    BOOST_TEST(householdColumns(path, h.meta.id) == householdColumns(path, added->meta.id));
    BOOST_TEST(householdColumns(path, h.meta.id).size() == 1);

    auto reopened = openDb(path);
    AuditLog audit(*reopened);
    auto importedAudit = audit.forRow(QStringLiteral("households"), h.meta.uid);
    auto addedAudit = audit.forRow(QStringLiteral("households"), added->meta.uid);
    BOOST_REQUIRE(importedAudit.ok());
    BOOST_REQUIRE(addedAudit.ok());
    BOOST_REQUIRE(importedAudit->size() == 1);
    BOOST_REQUIRE(addedAudit->size() == 1);
    const AuditEntry& a = importedAudit->front();
    BOOST_TEST(static_cast<int>(a.action) == static_cast<int>(AuditAction::Insert));
    BOOST_TEST(a.before.isEmpty());
    BOOST_TEST(a.after.value(QStringLiteral("id")).toInteger() == h.meta.id);
    BOOST_TEST(a.after.value(QStringLiteral("created_at")).toString() == sql::timestampText(h.meta.createdAt));
    BOOST_TEST(withoutIdentity(a.after) == withoutIdentity(addedAudit->front().after));
    BOOST_TEST(withoutIdentity(a.after).value(QStringLiteral("address")).toString() == QStringLiteral("Jl. Melati No. 1"));
}

BOOST_AUTO_TEST_CASE(rejected_row_leaves_no_household_and_no_audit_entry)
{
    Folder f;
    // A weight of 900 kg: the measurement is refused after the household
    // was created for the new child.
    writeText(f.path("a.csv"), kHeader
                                   + "6479014503230001;Ayu Lestari;P;05/03/2023;Sari Wulan;Kota Contoh;Sungai Contoh;"
                                     "Kelurahan Contoh;Posyandu Mawar;003;005;Jl. Melati No. 1;05-05-2024;900;76,4;Terlentang\n"
                                     ";Bima Putra;L;2021-01-10;Rina Dewi;Kota Contoh;Sungai Contoh;Kelurahan Contoh;"
                                     "Posyandu Mawar;004;005;Jl. Kenanga No. 2;10/06/2024;13,4;91,2;Berdiri\n");
    auto db = openDb(f.path("t.db"));
    auto r = importFile(*db, f.path("a.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rejectedRows == 1);
    BOOST_TEST(r->householdsAdded == 1);
    db.reset();
    const QString path = f.path("t.db");
    BOOST_TEST(queryLines(path, "SELECT address, mother_name FROM households") == QStringList{"Jl. Kenanga No. 2|Rina Dewi"});
    BOOST_TEST(queryLines(path, "SELECT name FROM children") == QStringList{"Bima Putra"});
    BOOST_TEST(rows(path, "audit_log WHERE table_name = 'households'") == 1);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_CASE(new_child_like_a_live_one_the_matcher_lost_is_still_a_possible_duplicate)
{
    Folder f;
    writeText(f.path("children.csv"), "name,sex,birth_date,nik,mother_name,posyandu\n"
                                      "Citra,F,2022-02-14,6479015402220001,Dewi,Posyandu Anggrek\n");
    auto db = openDb(f.path("t.db"));
    auto first = importFile(*db, f.path("children.csv"));
    BOOST_REQUIRE_MESSAGE(first.ok(), why(first));
    BOOST_REQUIRE(first->children.added == 1);
    // A second live child with the same name, birth date and mother (saved
    // with a warning), as a merge or the register can leave.
    ChildRepository children(*db);
    auto a = children.findByNik(QStringLiteral("6479015402220001"));
    BOOST_REQUIRE(a.ok());
    BOOST_REQUIRE(a->has_value());
    Child twin = **a;
    twin.meta = RowMeta();
    twin.nik = QStringLiteral("6479015402220002");
    auto b = children.add(twin, 0);
    BOOST_REQUIRE_MESSAGE(b.ok(), why(b));
    BOOST_REQUIRE(b.warnings().size() == 1);

    // The first row renames the second child; the second row is a new child
    // without NIK named like the first: found by nobody, but both are called
    // Citra, born 14/02/2022, mother Dewi.
    writeText(f.path("more.csv"), "name,sex,birth_date,nik,mother_name,posyandu\n"
                                  "Citra Ayu,F,2022-02-14,6479015402220002,Dewi,Posyandu Anggrek\n"
                                  "Citra,F,2022-02-14,,Dewi,Posyandu Anggrek\n");
    auto more = importFile(*db, f.path("more.csv"));
    BOOST_REQUIRE_MESSAGE(more.ok(), why(more));
    BOOST_TEST(more->children.updated == 1);
    BOOST_TEST(more->children.added == 1);
    BOOST_TEST(more->warningCount == 1);
    BOOST_REQUIRE(more->warnings.size() == 1);
    BOOST_TEST(more->warnings.front().field == QStringLiteral("name"));
    BOOST_TEST(more->warnings.front().text.en
               == msg::possibleDuplicate(QStringLiteral("Citra"), QDate(2022, 2, 14), QStringLiteral("Dewi")).message);
}

BOOST_AUTO_TEST_CASE(bad_row_among_new_households_is_rejected_alone)
{
    // Five new children, each with a new household (no savepoint for those:
    // a rejected row deletes its household and never writes its audit
    // entry). The third row's weight is refused after its household went in.
    Folder f;
    QByteArray csv = kHeader;
    const char* rowsText[] = {
        "6479014503230001;Ayu Lestari;P;05/03/2023;Sari Wulan;Kota Contoh;Sungai Contoh;Kelurahan Contoh;Posyandu Mawar;001;005;Jl. Satu;05-05-2024;9,25;76,4;Terlentang\n",
        "6479014503230002;Bima Putra;L;06/03/2023;Rina Dewi;Kota Contoh;Sungai Contoh;Kelurahan Contoh;Posyandu Mawar;002;005;Jl. Dua;05-05-2024;9,5;77,0;Terlentang\n",
        "6479014503230003;Citra Ayu;P;07/03/2023;Nur \"Ani\";Kota Contoh;Sungai Contoh;Kelurahan Contoh;Posyandu Mawar;003;005;Jl. Tiga;05-05-2024;900;76,4;Terlentang\n",
        "6479014503230004;Dimas Adi;L;08/03/2023;Wati Sari;Kota Contoh;Sungai Contoh;Kelurahan Contoh;Posyandu Mawar;004;005;Jl. Empat;05-05-2024;9,75;78,1;Terlentang\n",
        "6479014503230005;Eka Putri;P;09/03/2023;Lina Marlina;Kota Contoh;Sungai Contoh;Kelurahan Contoh;Posyandu Mawar;005;005;Jl. Lima;05-05-2024;8,9;75,0;Terlentang\n"};
    for (const char* r : rowsText)
        csv += r;
    writeText(f.path("a.csv"), csv);
    auto db = openDb(f.path("t.db"));
    ImportOptions options;
    options.rejectsPath = f.path("rejects.csv");
    auto r = CsvImporter(*db, options).run(f.path("a.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rows == 5);
    BOOST_TEST(r->rejectedRows == 1);
    BOOST_REQUIRE(r->rejected.size() == 1U);
    BOOST_TEST(r->rejected.front().line == 4); // the header is line 1
    BOOST_TEST(r->householdsAdded == 4);
    BOOST_TEST(r->children.added == 4);
    BOOST_TEST(r->measurements.added == 4);
    db.reset();
    const QString path = f.path("t.db");
    // The ids follow on as after a rollback: the refused row's id is the next one's.
    BOOST_TEST(queryLines(path, "SELECT id, address FROM households ORDER BY id")
               == (QStringList{"1|Jl. Satu", "2|Jl. Dua", "3|Jl. Empat", "4|Jl. Lima"}));
    BOOST_TEST(queryLines(path, "SELECT name FROM children_readable ORDER BY id")
               == (QStringList{"Ayu Lestari", "Bima Putra", "Dimas Adi", "Eka Putri"}));
    // One entry per saved household, in the households' order, each naming its row.
    BOOST_TEST(queryLines(path, "SELECT h.id FROM audit_log_readable a JOIN households_readable h ON h.uid = a.row_uid "
                                "WHERE a.table_name = 'households' AND a.action = 'insert' "
                                "AND json_extract(a.after_json, '$.id') = h.id ORDER BY a.id")
               == (QStringList{"1", "2", "3", "4"}));
    BOOST_TEST(rows(path, "audit_log WHERE table_name = 'households'") == 4);
    const QByteArray rejects = readText(f.path("rejects.csv"));
    BOOST_TEST(rejects.contains("Citra Ayu"));
    BOOST_TEST(!rejects.contains("Dimas Adi"));
    BOOST_TEST(rejects.count('\n') == 2);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
