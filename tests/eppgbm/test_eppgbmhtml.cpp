// e-PPGBM's ".xls" (a web page with a table) imported: the same children and
// measurements as the equivalent CSV, whatever the page's encoding; title
// block, extra table, reordered and extra columns, entities, <br>, empty
// and unclosed cells, an empty row and a totals row; rejects with the
// table's row numbers; the posyandu created with its region and puskesmas.
#include "eppgbmfiles.h"
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"
#include "records/import/htmltablesource.h"

#include "csv/csvreader.h"

#include <boost/test/unit_test.hpp>

namespace tumbuh::records::test {
namespace {

Result<ImportReport> importFile(const QString& db, const QString& file, ImportOptions options = {})
{
    auto d = openDb(db);
    return CsvImporter(*d, std::move(options)).run(file);
}

// The baseline: the same list as a CSV.
QStringList csvRegister(const Folder& f)
{
    writeText(f.path("list.csv"), eppgbm::csv());
    auto r = importFile(f.path("csv.db"), f.path("list.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rejectedRows == 1);
    BOOST_TEST(r->rejected.at(0).line == 4);
    return eppgbm::registerContent(f.path("csv.db"));
}

} // namespace

BOOST_AUTO_TEST_SUITE(eppgbm_html_table)

BOOST_AUTO_TEST_CASE(html_list_saves_what_the_csv_saves)
{
    Folder f;
    const QStringList expected = csvRegister(f);
    // What the CSV itself saved, checked field by field once.
    for (const char* line : {"child|6479014503230001|Ayu Lestari|2|2023-03-05|3100|490|Sari Wulan|Posyandu Mawar",
                             "child|<null>|Nur\u2019aini|2|2021-01-10|<null>|<null>|Rina Dewi|Posyandu Mawar",
                             "child|6479011207220003|Andr\u00e9 Putra|1|2022-07-12|3400|500|Lina Marlina|Posyandu Melati",
                             "measurement|Ayu Lestari|2024-05-05|9250|764|1|142|Posyandu Mawar",
                             "measurement|Ayu Lestari|2024-06-05|9600|775|1|<null>|Posyandu Mawar",
                             "measurement|Andr\u00e9 Putra|2024-06-01|10100|805|1|<null>|Posyandu Melati",
                             "measurement|Nur\u2019aini|2024-06-10|13400|912|2|150|Posyandu Mawar",
                             "posyandu|Posyandu Mawar|Kelurahan Contoh|Sungai Contoh|Kota Contoh|Kalimantan Timur|Puskesmas: Puskesmas Contoh",
                             "posyandu|Posyandu Melati|Desa Lain|Sungai Lain|Kota Contoh|Kalimantan Timur|Puskesmas: Puskesmas Lain",
                             "household|Jl. Kenanga No. 2|004|005|Kelurahan Contoh|Rina Dewi|Posyandu Mawar",
                             "household|Gg. Damai 7|001|002|Desa Lain|Lina Marlina|Posyandu Melati",
                             "household|Jl. Mawar & Melati No. 1|003|005|Kelurahan Contoh|Sari Wulan|Posyandu Mawar"}) {
        BOOST_TEST(expected.contains(QString::fromUtf8(line)), line);
    }
    BOOST_TEST(expected.size() == 12);

    writeText(f.path("daftar.xls"), eppgbm::html(false, true));
    ImportOptions options;
    options.rejectsPath = f.path("ditolak.csv");
    auto r = importFile(f.path("html.db"), f.path("daftar.xls"), options);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->committed);
    BOOST_TEST(static_cast<int>(r->layout) == static_cast<int>(ImportLayout::Combined));
    BOOST_TEST(r->rows == 5); // the empty row is not a row; the totals row is ignored
    BOOST_TEST(r->ignoredRows == 1);
    BOOST_TEST(r->children.added == 3);
    BOOST_TEST(r->measurements.added == 4);
    BOOST_TEST(r->posyanduAdded == 2);
    BOOST_REQUIRE(r->rejectedRows == 1);
    BOOST_TEST(r->rejected.at(0).line == eppgbm::kHtmlRejectedRow);
    BOOST_TEST(r->rejected.at(0).text.en.contains(QStringLiteral("sepuluh")));
    BOOST_TEST(r->ignoredColumns.contains(QStringLiteral("Kolom Tambahan")));
    BOOST_TEST(r->ignoredColumns.contains(QStringLiteral("No")));
    BOOST_TEST(eppgbm::registerContent(f.path("html.db")) == expected);

    // The rejects file: a CSV with the table's header, the row's cells as
    // the page has them, and "baris" = the table's row.
    const QByteArray rejects = readText(f.path("ditolak.csv"));
    auto reader = csv::CsvReader::fromText(std::string_view(rejects.constData(), static_cast<std::size_t>(rejects.size())));
    BOOST_REQUIRE(reader.next());
    std::vector<std::string> header(reader.fields().begin(), reader.fields().end());
    BOOST_TEST(header.front() == "No");
    BOOST_TEST(header.at(header.size() - 3) == "baris");
    const auto at = [&](const char* name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), std::string(name)) - header.begin());
    };
    BOOST_REQUIRE(reader.next());
    BOOST_TEST(std::string(reader[at("baris")]) == "7");
    BOOST_TEST(std::string(reader[at("Berat")]) == "sepuluh");
    BOOST_TEST(std::string(reader[at("Nama")]) == "Andr\u00e9 Putra");
    BOOST_TEST(std::string(reader[at("alasan")]).find("sepuluh") != std::string::npos);
    BOOST_TEST(!reader.next());
}

BOOST_AUTO_TEST_CASE(encodings_with_and_without_meta)
{
    Folder f;
    const QStringList expected = csvRegister(f);
    struct Case {
        bool windows1252;
        bool meta;
        const char* encoding;
    };
    int n = 0;
    for (const Case c : {Case{true, false, "windows-1252"}, Case{true, true, "windows-1252"}, Case{false, false, "UTF-8"},
                         Case{false, true, "utf-8"}}) {
        BOOST_TEST_CONTEXT("windows1252 " << c.windows1252 << " meta " << c.meta)
        {
            const QString page = f.path(QStringLiteral("p%1.html").arg(n));
            const QString db = f.path(QStringLiteral("p%1.db").arg(n++));
            writeText(page, eppgbm::html(c.windows1252, c.meta));
            auto source = HtmlTableSource::open(page);
            BOOST_REQUIRE(source.ok());
            BOOST_TEST((*source)->encoding() == QString::fromLatin1(c.encoding));
            BOOST_TEST((*source)->tableCount() == 2);
            auto r = importFile(db, page);
            BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
            BOOST_TEST(eppgbm::registerContent(db) == expected);
        }
    }
}

BOOST_AUTO_TEST_CASE(cells_as_a_browser_shows_them)
{
    Folder f;
    writeText(f.path("cells.htm"), "<table><tr><th>A</th><th colspan=\"2\">B</th><th>C</th></tr>"
                                   "<tr><td> Jl.&nbsp;Kenanga<br>No.&#160;2 </td><td>&amp;&#39;&lt;</td><td></td>"
                                   "<td>Satu\n   dua<p>tiga</p></td></tr></table>");
    auto source = HtmlTableSource::open(f.path("cells.htm"));
    BOOST_REQUIRE(source.ok());
    HtmlTableSource& s = **source;
    BOOST_REQUIRE(s.tableCount() == 1);
    s.selectTable(0);
    BOOST_REQUIRE(s.next());
    BOOST_TEST(s.line() == 1);
    BOOST_TEST(s.fields().size() == 4u); // colspan="2": B and an empty cell
    BOOST_REQUIRE(s.next());
    BOOST_TEST(s.line() == 2);
    BOOST_REQUIRE(s.fields().size() == 4u);
    BOOST_TEST(s.fields()[0] == "Jl. Kenanga No. 2");
    BOOST_TEST(s.fields()[1] == "&'<");
    BOOST_TEST(s.fields()[2] == "");
    BOOST_TEST(s.fields()[3] == "Satu dua tiga");
    BOOST_TEST(!s.next());
}

BOOST_AUTO_TEST_CASE(a_column_named_with_a_mapping)
{
    Folder f;
    const QStringList expected = csvRegister(f);
    QByteArray page = eppgbm::html(false, true);
    page.replace("<th>Berat</th>", "<th>Berat Timbang</th>");
    writeText(f.path("map.xls"), page);
    auto without = importFile(f.path("no.db"), f.path("map.xls"));
    BOOST_REQUIRE_MESSAGE(without.ok(), why(without));
    BOOST_TEST(without->ignoredColumns.contains(QStringLiteral("Berat Timbang")));
    ImportOptions options;
    options.mapping = {{QStringLiteral("Berat Timbang"), QStringLiteral("weight_kg")}};
    auto with = importFile(f.path("map.db"), f.path("map.xls"), options);
    BOOST_REQUIRE_MESSAGE(with.ok(), why(with));
    BOOST_TEST(eppgbm::registerContent(f.path("map.db")) == expected);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
