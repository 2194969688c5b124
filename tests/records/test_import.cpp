// CSV import: the three layouts, e-PPGBM headers, decimal comma, the date
// forms, mapping, rejected rows and their file, all-or-nothing, dry run,
// matching of existing children, re-import.
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "records/import/csvimporter.h"
#include "records/import/importvalues.h"

#include <boost/test/unit_test.hpp>

#include <QFileInfo>

namespace tumbuh::records::test {
namespace {

// An e-PPGBM "Daftar Anak Berdasarkan Status Gizi" list as a spreadsheet in
// Indonesian settings saves it: ';' between fields, decimal comma, the three
// date forms, its status columns (ignored: Tumbuh computes them).
const QByteArray kEppgbm = "NIK;Nama;JK;Tgl Lahir;BB Lahir;TB Lahir;Nama Ortu;Prov;Kab/Kota;Kec;Pukesmas;Desa/Kel;Posyandu;RT;RW;Alamat;"
                           "Usia Saat Ukur;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur;LiLA;BB/U;ZS BB/U\n"
                           "6479014503230001;Ayu Lestari;P;05/03/2023;3,1;49;Sari Wulan;Kalimantan Timur;Kota Contoh;Sungai Contoh;"
                           "Puskesmas Contoh;Kelurahan Contoh;Posyandu Mawar;003;005;Jl. Melati No. 1;1 Tahun - 2 Bulan - 0 Hari;"
                           "05-05-2024;9,25;76,4;Terlentang;14,2;Gizi Baik;-0,5\n"
                           "6479014503230001;Ayu Lestari;P;05/03/2023;3,1;49;Sari Wulan;Kalimantan Timur;Kota Contoh;Sungai Contoh;"
                           "Puskesmas Contoh;Kelurahan Contoh;Posyandu Mawar;003;005;Jl. Melati No. 1;1 Tahun - 3 Bulan - 0 Hari;"
                           "2024-06-05;9,6;77,5;Terlentang;;Gizi Baik;-0,3\n"
                           ";Bima Putra;L;2021-01-10;;;Rina Dewi;Kalimantan Timur;Kota Contoh;Sungai Contoh;Puskesmas Contoh;"
                           "Kelurahan Contoh;Posyandu Mawar;004;005;Jl. Kenanga No. 2;3 Tahun - 5 Bulan - 0 Hari;10/06/2024;13,4;91,2;"
                           "Berdiri;15;Gizi Baik;0,1\n";

Result<ImportReport> importFile(Database& db, const QString& csv, ImportOptions options = {})
{
    return CsvImporter(db, std::move(options)).run(csv);
}

bool mentions(const std::vector<ImportIssue>& issues, qint64 line, const QString& text)
{
    for (const ImportIssue& i : issues) {
        if (i.line == line && (i.text.en.contains(text) || i.text.id.contains(text)))
            return true;
    }
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_import)

BOOST_AUTO_TEST_CASE(eppgbm_list_with_decimal_comma_and_three_date_forms)
{
    Folder f;
    writeText(f.path("eppgbm.csv"), kEppgbm);
    auto db = openDb(f.path("t.db"));
    auto r = importFile(*db, f.path("eppgbm.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(static_cast<int>(r->layout) == static_cast<int>(ImportLayout::Combined));
    BOOST_TEST(r->rows == 3);
    BOOST_TEST(r->rejectedRows == 0);
    BOOST_TEST(r->committed);
    BOOST_TEST(r->children.added == 2);
    BOOST_TEST(r->measurements.added == 3);
    BOOST_TEST(r->posyanduAdded == 1);
    BOOST_TEST(r->householdsAdded == 2);
    for (const char* ignored : {"Usia Saat Ukur", "BB/U", "ZS BB/U"})
        BOOST_TEST(r->ignoredColumns.contains(QString::fromLatin1(ignored)), ignored);
    // Issue 13: e-PPGBM's "Pukesmas" is kept in the notes of the posyandu the import creates.
    BOOST_TEST(!r->ignoredColumns.contains(QStringLiteral("Pukesmas")));
    db.reset();

    const QString path = f.path("t.db");
    BOOST_TEST(queryLines(path, "SELECT nik, name, sex, birth_date, birth_weight_g, birth_length_mm, mother_name "
                                "FROM children_readable ORDER BY id")
               == QStringList({"6479014503230001|Ayu Lestari|2|2023-03-05|3100|490|Sari Wulan",
                               "<null>|Bima Putra|1|2021-01-10|<null>|<null>|Rina Dewi"}));
    BOOST_TEST(queryLines(path, "SELECT measured_on, weight_g, length_mm, length_position, muac_mm FROM measurements_readable "
                                "ORDER BY id")
               == QStringList({"2024-05-05|9250|764|1|142", "2024-06-05|9600|775|1|<null>",
                               "2024-06-10|13400|912|2|150"}));
    BOOST_TEST(queryLines(path, "SELECT name, kelurahan, kecamatan, kabupaten, province FROM posyandu")
               == QStringList({"Posyandu Mawar|Kelurahan Contoh|Sungai Contoh|Kota Contoh|Kalimantan Timur"}));
    BOOST_TEST(queryLines(path, "SELECT notes FROM posyandu") == QStringList({"Puskesmas: Puskesmas Contoh"}));
    BOOST_TEST(queryLines(path, "SELECT address, rt, rw, mother_name FROM households ORDER BY id")
               == QStringList({"Jl. Melati No. 1|003|005|Sari Wulan", "Jl. Kenanga No. 2|004|005|Rina Dewi"}));
    // Children and measurements added in bulk: one audit entry per table.
    BOOST_TEST(rows(path, "audit_log WHERE action = 'bulk_insert'") == 2);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_CASE(children_then_measurements_by_nik)
{
    Folder f;
    writeText(f.path("children.csv"), "name,sex,birth_date,nik,mother_name,posyandu\n"
                                      "Citra,F,2022-02-14,6479015402220001,Dewi,Posyandu Anggrek\n"
                                      "Dimas,1,2022-08-01,,Lina,Posyandu Anggrek\n");
    writeText(f.path("measurements.csv"), "NIK,Tanggal,BB,TB,Cara Ukur\n"
                                          "6479015402220001,2024-06-01,\"11,2\",84.5,h\n"
                                          "9999999999999999,2024-06-01,10,80,l\n");
    auto db = openDb(f.path("t.db"));
    auto children = importFile(*db, f.path("children.csv"));
    BOOST_REQUIRE_MESSAGE(children.ok(), why(children));
    BOOST_TEST(static_cast<int>(children->layout) == static_cast<int>(ImportLayout::Children));
    BOOST_TEST(children->children.added == 2);
    auto measurements = importFile(*db, f.path("measurements.csv"));
    BOOST_REQUIRE_MESSAGE(measurements.ok(), why(measurements));
    BOOST_TEST(static_cast<int>(measurements->layout) == static_cast<int>(ImportLayout::Measurements));
    BOOST_TEST(measurements->measurements.added == 1);
    BOOST_TEST(measurements->rejectedRows == 1);
    BOOST_TEST(mentions(measurements->rejected, 3, "No child in this database matches"));
    db.reset();
    BOOST_TEST(queryLines(f.path("t.db"), "SELECT c.name, m.weight_g, m.length_mm, m.length_position FROM measurements m "
                                          "JOIN children c ON c.id = m.child_id")
               == QStringList({"Citra|11200|845|2"}));
}

BOOST_AUTO_TEST_CASE(headers_and_values_in_other_spellings)
{
    Folder f;
    writeText(f.path("x.csv"), "NAMA ANAK;jenis_kelamin;TANGGAL LAHIR;nama ibu;Nama Posyandu;Tgl Ukur;Berat Badan (kg);"
                               "Panjang Badan;Posisi\n"
                               "Eko;laki-laki;1/2/2023;Ani;Posyandu Dahlia;1.6.2024;10,1;78;lying\n"
                               "Fina;Perempuan;15-01-2022;Budi;Posyandu Dahlia;01/06/2024;11;86,5;standing\n"
                               "Gilang;M;2023-07-07;Cici;Posyandu Dahlia;2024-06-02;8,8;71;l\n"
                               "Hana;2;2021-11-30;Dedi;Posyandu Dahlia;2024-06-03;12,75;90;Berdiri\n");
    auto db = openDb(f.path("t.db"));
    auto r = importFile(*db, f.path("x.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rejectedRows == 0);
    BOOST_TEST(r->measurements.added == 4);
    db.reset();
    BOOST_TEST(queryLines(f.path("t.db"), "SELECT c.name, c.sex, c.birth_date, m.measured_on, m.weight_g, m.length_mm, "
                                          "m.length_position FROM measurements_readable m JOIN children_readable c ON c.id = m.child_id "
                                          "ORDER BY m.id")
               == QStringList({"Eko|1|2023-02-01|2024-06-01|10100|780|1", "Fina|2|2022-01-15|2024-06-01|11000|865|2",
                               "Gilang|1|2023-07-07|2024-06-02|8800|710|1", "Hana|2|2021-11-30|2024-06-03|12750|900|2"}));
}

BOOST_AUTO_TEST_CASE(values_read_in_every_accepted_form)
{
    BOOST_TEST(ImportValues::date("05/03/2023") == QDate(2023, 3, 5));
    BOOST_TEST(ImportValues::date("5-3-2023") == QDate(2023, 3, 5));
    BOOST_TEST(ImportValues::date("2023-03-05") == QDate(2023, 3, 5));
    BOOST_TEST(ImportValues::date("2023-03-05 00:00:00") == QDate(2023, 3, 5));
    BOOST_TEST(!ImportValues::date("05/03/23"));
    BOOST_TEST(!ImportValues::date("31/02/2024"));
    BOOST_TEST(!ImportValues::date("2023/13/01"));
    BOOST_TEST(*ImportValues::scaled("8,25", 1000) == 8250);
    BOOST_TEST(*ImportValues::scaled("8.25", 1000) == 8250);
    BOOST_TEST(*ImportValues::scaled(" 76,4 ", 10) == 764);
    BOOST_TEST(!ImportValues::scaled("8,2,5", 1000));
    for (const char* m : {"L", "l", "Laki-laki", "1", "M", "male"})
        BOOST_TEST((ImportValues::sex(m) == growth::Sex::Male), m);
    for (const char* p : {"P", "perempuan", "2", "F", "Female"})
        BOOST_TEST((ImportValues::sex(p) == growth::Sex::Female), p);
    for (const char* l : {"Terlentang", "telentang", "l", "lying", "1"})
        BOOST_TEST((ImportValues::position(l) == growth::Measure::Lying), l);
    for (const char* h : {"Berdiri", "h", "standing", "2"})
        BOOST_TEST((ImportValues::position(h) == growth::Measure::Standing), h);
    BOOST_TEST(!ImportValues::sex("X"));
    BOOST_TEST(ImportValues::isBlank(" - "));
    BOOST_TEST(ImportValues::isBlank("NA"));
    BOOST_TEST(!ImportValues::isBlank("0"));
}

BOOST_AUTO_TEST_CASE(explicit_mapping)
{
    Folder f;
    writeText(f.path("x.csv"), "Kol A,Kol B,Kol C,Kol D,Kol E,Kol F,Kol G\n"
                               "Indah,P,2023-01-20,Posyandu Teratai,2024-06-01,9.1,x\n");
    auto db = openDb(f.path("t.db"));
    ImportOptions o;
    o.mapping = {{"Kol A", "name"}, {"kol b", "sex"}, {"Kol C", "birth_date"}, {"Kol D", "posyandu"}, {"Kol E", "measured_on"}, {"Kol F", "weight_kg"}, {"Kol G", "ignore"}};
    auto r = importFile(*db, f.path("x.csv"), o);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->measurements.added == 1);
    BOOST_TEST(r->ignoredColumns == QStringList{"Kol G"});

    o.mapping = {{"Kol Z", "name"}};
    auto missingColumn = importFile(*db, f.path("x.csv"), o);
    BOOST_REQUIRE(!missingColumn.ok());
    BOOST_TEST(missingColumn.error().message.contains("Kol Z"));
    o.mapping = {{"Kol A", "nama_lengkap"}};
    auto unknownField = importFile(*db, f.path("x.csv"), o);
    BOOST_REQUIRE(!unknownField.ok());
    BOOST_TEST(unknownField.error().message.contains("nama_lengkap"));
    // Without a mapping these columns mean nothing.
    auto unrecognised = importFile(*db, f.path("x.csv"));
    BOOST_REQUIRE(!unrecognised.ok());
    BOOST_TEST(unrecognised.error().message.contains("not recognised"));
}

namespace {

// Row 2 is good; rows 3-9 each break one rule.
const QByteArray kBadRows = "Nama,JK,Tgl Lahir,NIK,Posyandu,Tanggal Pengukuran,Berat,Tinggi,Cara Ukur\n"
                            "Joko,L,2022-05-01,,Posyandu Melati,2024-06-01,11.5,84,h\n"
                            "Kiki,P,2022-05-02,,Posyandu Melati,31/02/2024,10,80,h\n"
                            "Lala,P,2022-05-03,,Posyandu Melati,2024-06-01,95,80,h\n"
                            "Mira,P,2022-05-04,,Posyandu Melati,2024-06-01,10,80,\n"
                            "Nana,P,2022-05-05,,Posyandu Melati,2024-07-01,10,80,h\n"
                            "Oki,L,2022-05-06,,Posyandu Melati,2022-04-01,10,80,h\n"
                            "Putu,,2022-05-07,,Posyandu Baru,2024-06-01,10,80,h\n"
                            "Qori,P,2022-05-08,647901480522000,Posyandu Melati,2024-06-01,10,80,h\n";

} // namespace

BOOST_AUTO_TEST_CASE(bad_rows_are_listed_with_reasons_and_written_to_the_rejects_file)
{
    Folder f;
    writeText(f.path("bad.csv"), kBadRows);
    auto db = openDb(f.path("t.db"));
    ImportOptions o;
    o.rejectsPath = f.path("rejects.csv");
    auto r = importFile(*db, f.path("bad.csv"), o);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rows == 8);
    BOOST_TEST(r->rejectedRows == 7);
    BOOST_TEST(r->committed);
    BOOST_TEST(mentions(r->rejected, 3, "is not a date"));
    BOOST_TEST(mentions(r->rejected, 4, "between 0.5 and 60 kg"));
    BOOST_TEST(mentions(r->rejected, 5, "without how it was measured"));
    BOOST_TEST(mentions(r->rejected, 6, "in the future"));
    BOOST_TEST(mentions(r->rejected, 7, "before"));
    BOOST_TEST(mentions(r->rejected, 8, "Sex"));
    BOOST_TEST(mentions(r->rejected, 9, "16 digits"));
    db.reset();
    // The good row is saved; nothing of the rejected ones, not even the
    // posyandu that only a rejected row named.
    const QString path = f.path("t.db");
    BOOST_TEST(queryLines(path, "SELECT name FROM children") == QStringList{"Joko"});
    BOOST_TEST(rows(path, "measurements") == 1);
    BOOST_TEST(queryLines(path, "SELECT name FROM posyandu") == QStringList{"Posyandu Melati"});

    // The rejects file: the input's columns as they were, then the line and
    // the reason in Indonesian and in English.
    const QList<QByteArray> lines = readText(f.path("rejects.csv")).split('\n');
    BOOST_REQUIRE_GE(lines.size(), 8);
    BOOST_TEST(lines[0] == QByteArray("Nama,JK,Tgl Lahir,NIK,Posyandu,Tanggal Pengukuran,Berat,Tinggi,Cara Ukur,baris,alasan,reason"));
    BOOST_TEST(lines[1].startsWith("Kiki,P,2022-05-02,,Posyandu Melati,31/02/2024,10,80,h,3,"));
    BOOST_TEST(lines[2].startsWith("Lala,P,2022-05-03,,Posyandu Melati,2024-06-01,95,80,h,4,"));
    BOOST_TEST(lines[2].contains("Berat badan harus antara 0,5 dan 60 kg"));
    BOOST_TEST(lines[2].contains("Weight must be between 0.5 and 60 kg"));
    BOOST_TEST(lines[1].contains("bukan tanggal"));
    BOOST_TEST(lines[1].contains("is not a date"));
    BOOST_TEST(lines[7].startsWith("Qori,"));

    // A corrected rejects file imports as it is (baris/alasan/reason ignored).
    QByteArray fixed = readText(f.path("rejects.csv"));
    fixed.replace("31/02/2024", "28/02/2024");
    writeText(f.path("fixed.csv"), fixed);
    auto db2 = openDb(path);
    auto again = importFile(*db2, f.path("fixed.csv"));
    BOOST_REQUIRE_MESSAGE(again.ok(), why(again));
    BOOST_TEST(again->ignoredColumns == QStringList({"baris", "alasan", "reason"}));
    BOOST_TEST(again->measurements.added == 1);
    BOOST_TEST(again->rejectedRows == 6);
}

BOOST_AUTO_TEST_CASE(all_or_nothing_saves_nothing_when_a_row_is_rejected)
{
    Folder f;
    writeText(f.path("bad.csv"), kBadRows);
    const QString path = f.path("t.db");
    openDb(path).reset();
    const QByteArray before = fileHash(path);
    {
        auto db = openDb(path);
        ImportOptions o;
        o.allOrNothing = true;
        auto r = importFile(*db, f.path("bad.csv"), o);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        BOOST_TEST(r->rejectedRows == 7);
        BOOST_TEST(r->measurements.added == 1); // what would have been saved
        BOOST_TEST(!r->committed);
    }
    BOOST_TEST(rows(path, "children") == 0);
    BOOST_TEST(rows(path, "posyandu") == 0);
    BOOST_TEST(rows(path, "audit_log") == 0);
    BOOST_TEST(fileHash(path) == before);
}

BOOST_AUTO_TEST_CASE(dry_run_reports_the_same_and_changes_no_byte)
{
    Folder f;
    writeText(f.path("eppgbm.csv"), kEppgbm);
    writeText(f.path("bad.csv"), kBadRows);
    const QString path = f.path("t.db");
    makeDemo(path, 150, 6);
    const QByteArray before = fileHash(path);
    ImportReport dry;
    {
        auto db = openDb(path);
        ImportOptions o;
        o.dryRun = true;
        o.rejectsPath = f.path("dry-rejects.csv");
        auto r = importFile(*db, f.path("bad.csv"), o);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        dry = *r;
        BOOST_TEST(!dry.committed);
    }
    BOOST_TEST(fileHash(path) == before);
    BOOST_TEST(QFileInfo::exists(f.path("dry-rejects.csv")));
    auto db = openDb(path);
    auto real = importFile(*db, f.path("bad.csv"));
    BOOST_REQUIRE_MESSAGE(real.ok(), why(real));
    BOOST_TEST(real->children.added == dry.children.added);
    BOOST_TEST(real->measurements.added == dry.measurements.added);
    BOOST_TEST(real->rejectedRows == dry.rejectedRows);
    BOOST_TEST(real->posyanduAdded == dry.posyanduAdded);
}

BOOST_AUTO_TEST_CASE(existing_children_matched_by_uid_then_nik_then_name_birth_and_mother)
{
    Folder f;
    const QString path = f.path("t.db");
    auto db = openDb(path);
    writeText(f.path("base.csv"), "name,sex,birth_date,nik,mother_name,posyandu\n"
                                  "Eka,P,2022-03-03,6479014303220001,Ani,Posyandu Melati\n"
                                  "Fajar,L,2021-09-09,,Budi,Posyandu Melati\n");
    BOOST_REQUIRE(importFile(*db, f.path("base.csv")).ok());
    const QString eka = queryLines(path, "SELECT uid FROM children_readable WHERE name = 'Eka'").front();

    writeText(f.path("update.csv"),
              QStringLiteral("child_uid,name,sex,birth_date,nik,mother_name,posyandu\n"
                             "%1,Eka Putri,P,2022-03-03,,,Posyandu Melati\n"
                             ",Eka Putri,P,2022-03-03,6479014303220001,,Posyandu Melati\n"
                             ",Fajar,L,2021-09-09,6479010909210001,budi,Posyandu Melati\n"
                             ",Gita,P,2023-01-01,,Citra,Posyandu Melati\n")
                  .arg(eka)
                  .toUtf8());
    auto r = importFile(*db, f.path("update.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rejectedRows == 0);
    BOOST_TEST(r->children.added == 1);   // Gita
    BOOST_TEST(r->children.updated == 2); // Eka (by UID: name), Fajar (by name, birth, mother: NIK added)
    BOOST_TEST(r->children.unchanged == 0);
    db.reset();
    // A blank cell never erases: Eka keeps her mother's name and NIK.
    BOOST_TEST(queryLines(path, "SELECT name, nik, mother_name FROM children ORDER BY id")
               == QStringList({"Eka Putri|6479014303220001|Ani", "Fajar|6479010909210001|budi", "Gita|<null>|Citra"}));
    // Edits of existing rows are audited one by one, before and after.
    BOOST_TEST(rows(path, "audit_log WHERE action = 'update' AND table_name = 'children'") == 2);
}

BOOST_AUTO_TEST_CASE(importing_the_same_file_again_changes_nothing)
{
    Folder f;
    writeText(f.path("eppgbm.csv"), kEppgbm);
    const QString path = f.path("t.db");
    auto db = openDb(path);
    BOOST_REQUIRE(importFile(*db, f.path("eppgbm.csv")).ok());
    db.reset();
    const QByteArray content = contentHash(path, true);
    db = openDb(path);
    auto again = importFile(*db, f.path("eppgbm.csv"));
    BOOST_REQUIRE_MESSAGE(again.ok(), why(again));
    BOOST_TEST(again->children.unchanged == 2);
    BOOST_TEST(again->children.added == 0);
    BOOST_TEST(again->measurements.unchanged == 3);
    BOOST_TEST(again->measurements.added == 0);
    BOOST_TEST(again->posyanduAdded == 0);
    BOOST_TEST(again->householdsAdded == 0);
    db.reset();
    BOOST_TEST(contentHash(path, true) == content);
}

BOOST_AUTO_TEST_CASE(a_changed_value_updates_the_stored_measurement)
{
    Folder f;
    writeText(f.path("eppgbm.csv"), kEppgbm);
    QByteArray changed = kEppgbm;
    changed.replace("13,4;91,2", "13,5;91,2");
    writeText(f.path("changed.csv"), changed);
    const QString path = f.path("t.db");
    auto db = openDb(path);
    BOOST_REQUIRE(importFile(*db, f.path("eppgbm.csv")).ok());
    auto r = importFile(*db, f.path("changed.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->measurements.updated == 1);
    BOOST_TEST(r->measurements.unchanged == 2);
    db.reset();
    BOOST_TEST(queryLines(path, "SELECT weight_g FROM measurements_readable WHERE measured_on = '2024-06-10'") == QStringList{"13500"});
    BOOST_TEST(rows(path, "audit_log WHERE action = 'update' AND table_name = 'measurements'") == 1);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_CASE(the_same_measurement_twice_in_one_file_is_one_measurement)
{
    // Into an empty database (the measurement indexes are set aside then):
    // by UUID, and without a UUID by child and day.
    Folder f;
    const QString uid = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    writeText(f.path("x.csv"),
              QStringLiteral("measurement_uid,name,sex,birth_date,posyandu,measured_on,weight_kg\n"
                             "%1,Tari,P,2023-01-01,Posyandu Melati,2024-05-01,9.1\n"
                             "%1,Tari,P,2023-01-01,Posyandu Melati,2024-05-01,9.2\n"
                             ",Tari,P,2023-01-01,Posyandu Melati,2024-06-01,9.5\n"
                             ",Tari,P,2023-01-01,Posyandu Melati,2024-06-01,9.6\n")
                  .arg(uid)
                  .toUtf8());
    const QString path = f.path("t.db");
    auto db = openDb(path);
    const QString indexes = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'measurements' "
                            "ORDER BY name";
    const QStringList schemaBefore = queryLines(path, indexes);
    auto r = importFile(*db, f.path("x.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rejectedRows == 0);
    BOOST_TEST(r->measurements.added == 2);
    BOOST_TEST(r->measurements.updated == 2);
    db.reset();
    BOOST_TEST(queryLines(path, "SELECT uid = '" + uid + "', measured_on, weight_g FROM measurements_readable ORDER BY id")
               == QStringList({"1|2024-05-01|9200", "0|2024-06-01|9600"}));
    // The indexes set aside are back, as the schema has them.
    BOOST_TEST(queryLines(path, indexes) == schemaBefore);
    BOOST_TEST(integrity(path) == "ok");
}

BOOST_AUTO_TEST_CASE(messages_follow_the_language)
{
    Folder f;
    writeText(f.path("bad.csv"), kBadRows);
    auto db = openDb(f.path("t.db"));
    auto r = importFile(*db, f.path("bad.csv"));
    BOOST_REQUIRE(r.ok());
    // English is installed in these tests: the current text is the English one.
    BOOST_REQUIRE(!r->rejected.empty());
    BOOST_TEST(r->rejected.front().text.current() == r->rejected.front().text.en);
    BOOST_TEST(r->rejected.front().text.id != r->rejected.front().text.en);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
