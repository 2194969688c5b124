// CSV export, and the round trip: export -> import into an empty database ->
// export again gives byte-identical files and field-by-field equal rows.
#include "support/recordsfixture.h"

#include "records/csvexporter.h"
#include "records/import/csvimporter.h"

#include <boost/test/unit_test.hpp>

namespace tumbuh::records::test {
namespace {

// Every child of the file given consent for reporting first (a by-name
// export lists only those; the consent rule has its own tests below).
void exportBoth(const QString& dbPath, const QString& children, const QString& measurements)
{
    giveConsent(dbPath);
    auto db = openDb(dbPath);
    CsvExporter exporter(*db);
    NamedPolicy policy = adminPolicy(*db);
    auto c = exporter.write(ExportWhat::Children, children, policy);
    BOOST_REQUIRE_MESSAGE(c.ok(), why(c));
    auto m = exporter.write(ExportWhat::Measurements, measurements, policy);
    BOOST_REQUIRE_MESSAGE(m.ok(), why(m));
}

// The rows export carries, read straight from each database.
const char* const kChildRows = "SELECT c.uid, c.nik, c.name, c.sex, c.birth_date, c.birth_date_approximate, c.birth_weight_g, "
                               "c.birth_length_mm, c.mother_name, c.status, c.status_date, c.notes, p.uid, p.name, h.uid, h.address, h.rt, "
                               "h.rw, h.kelurahan, h.father_name "
                               "FROM children_readable c JOIN posyandu_readable p ON p.id = c.posyandu_id LEFT JOIN households_readable h ON h.id = c.household_id "
                               "WHERE c.deleted_at IS NULL ORDER BY c.uid";
const char* const kMeasurementRows = "SELECT m.uid, c.uid, p.uid, m.measured_on, m.weight_g, m.length_mm, m.length_position, m.head_mm, m.muac_mm, "
                                     "m.oedema, m.measured_by, m.notes FROM measurements_readable m JOIN children_readable c ON c.id = m.child_id "
                                     "JOIN posyandu_readable p ON p.id = m.posyandu_id WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY m.uid";

} // namespace

BOOST_AUTO_TEST_SUITE(csv_export)

BOOST_AUTO_TEST_CASE(round_trip_through_an_empty_database_is_byte_identical)
{
    Folder f;
    const QString original = f.path("original.db");
    makeDemo(original, 300, 12);
    exportBoth(original, f.path("children.csv"), f.path("measurements.csv"));

    const QString copy = f.path("copy.db");
    {
        auto db = openDb(copy);
        for (const char* file : {"children.csv", "measurements.csv"}) {
            auto r = CsvImporter(*db, {}).run(f.path(QString::fromLatin1(file)));
            BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
            BOOST_TEST(r->rejectedRows == 0, file);
            BOOST_TEST(r->committed);
        }
    }
    exportBoth(copy, f.path("children2.csv"), f.path("measurements2.csv"));
    BOOST_TEST(fileHash(f.path("children.csv")) == fileHash(f.path("children2.csv")));
    BOOST_TEST(fileHash(f.path("measurements.csv")) == fileHash(f.path("measurements2.csv")));

    // Field by field, not only through the exporter.
    const QStringList childrenBefore = queryLines(original, QString::fromLatin1(kChildRows));
    BOOST_TEST(childrenBefore.size() == rows(original, "children", true));
    BOOST_TEST(queryLines(copy, QString::fromLatin1(kChildRows)) == childrenBefore);
    const QStringList measurementsBefore = queryLines(original, QString::fromLatin1(kMeasurementRows));
    BOOST_TEST(measurementsBefore.size() > 1000);
    BOOST_TEST(queryLines(copy, QString::fromLatin1(kMeasurementRows)) == measurementsBefore);
    BOOST_TEST(integrity(copy) == "ok");
}

BOOST_AUTO_TEST_CASE(measurements_alone_round_trip_too)
{
    Folder f;
    const QString original = f.path("original.db");
    makeDemo(original, 120, 6, 11);
    exportBoth(original, f.path("c.csv"), f.path("m.csv"));
    const QString copy = f.path("copy.db");
    {
        auto db = openDb(copy);
        auto r = CsvImporter(*db, {}).run(f.path("m.csv"));
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        BOOST_TEST(r->rejectedRows == 0);
    }
    exportBoth(copy, f.path("c2.csv"), f.path("m2.csv"));
    BOOST_TEST(fileHash(f.path("m.csv")) == fileHash(f.path("m2.csv")));
}

BOOST_AUTO_TEST_CASE(units_are_written_exactly_without_trailing_zeros)
{
    Folder f;
    writeText(f.path("in.csv"), "Nama,JK,Tgl Lahir,Posyandu,Tanggal Pengukuran,Berat,Tinggi,Cara Ukur,LiLA,Catatan\n"
                                "Rani,P,2022-01-01,Posyandu Melati,2024-06-01,\"8,25\",\"85,3\",Berdiri,15,\"ukur ulang, timbangan baru\"\n"
                                "Sandi,L,2022-02-02,Posyandu Melati,2024-06-01,10,85,Berdiri,,\n");
    const QString path = f.path("t.db");
    {
        auto db = openDb(path);
        BOOST_REQUIRE(CsvImporter(*db, {}).run(f.path("in.csv")).ok());
    }
    exportBoth(path, f.path("c.csv"), f.path("m.csv"));
    const QList<QByteArray> lines = readText(f.path("m.csv")).split('\n');
    BOOST_REQUIRE_GE(lines.size(), 3);
    BOOST_TEST(lines[0] == QByteArray("child_uid,nik,name,sex,birth_date,posyandu_uid,posyandu,measurement_uid,measured_on,"
                                      "weight_kg,length_cm,position,head_cm,muac_cm,oedema,measured_by,notes"));
    BOOST_TEST(lines[1].contains(",2024-06-01,8.25,85.3,standing,,15,0,,\"ukur ulang, timbangan baru\""));
    BOOST_TEST(lines[2].contains(",2024-06-01,10,85,standing,,,0,,"));
    BOOST_TEST(lines[1].contains(",Rani,P,2022-01-01,"));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
