// .xlsx lists imported: written with libxlsxwriter (shared strings, date
// serials, a date typed as text, a title block, an empty row, a totals row,
// the list on the second sheet) and by hand with libzip (inline strings,
// rich text, a formula's cached text, booleans, cells without a reference
// or left out, the 1904 date system): the same children and measurements as
// the CSV, rejects with the sheet's row numbers, a dry run that leaves the
// file as it was, and a monthly report's workbook written by the report
// layer (libxlsxwriter) in the same process as an .xlsx import (libzip).
#include "eppgbmfiles.h"
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"
#include "records/import/xlsxsheetsource.h"
#include "records/import/xlsxworkbook.h"
#include "records/monthly/monthlyloader.h"

#include "report/monthly/monthlyreport.h"
#include "report/monthly/monthlyxlsx.h"

#include <boost/test/unit_test.hpp>

#include <chrono>

namespace tumbuh::records::test {
namespace {

Result<ImportReport> importFile(const QString& db, const QString& file, ImportOptions options = {})
{
    auto d = openDb(db);
    return CsvImporter(*d, std::move(options)).run(file);
}

QStringList csvRegister(const Folder& f)
{
    writeText(f.path("list.csv"), eppgbm::csv());
    auto r = importFile(f.path("csv.db"), f.path("list.csv"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rejectedRows == 1);
    return eppgbm::registerContent(f.path("csv.db"));
}

} // namespace

BOOST_AUTO_TEST_SUITE(eppgbm_xlsx)

BOOST_AUTO_TEST_CASE(libxlsxwriter_workbook_saves_what_the_csv_saves)
{
    Folder f;
    const QStringList expected = csvRegister(f);
    BOOST_TEST(expected.size() == 12);
    eppgbm::writeXlsx(f.path("daftar.xlsx"));
    ImportOptions options;
    options.rejectsPath = f.path("ditolak.csv");
    auto r = importFile(f.path("x.db"), f.path("daftar.xlsx"), options);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->committed);
    BOOST_TEST(r->rows == 5);
    BOOST_TEST(r->ignoredRows == 1); // "Total"
    BOOST_TEST(r->children.added == 3);
    BOOST_TEST(r->measurements.added == 4);
    BOOST_REQUIRE(r->rejectedRows == 1);
    BOOST_TEST(r->rejected.at(0).line == eppgbm::kXlsxRejectedRow);
    BOOST_TEST(eppgbm::registerContent(f.path("x.db")) == expected);
    const QByteArray rejects = readText(f.path("ditolak.csv"));
    BOOST_TEST(rejects.startsWith("NIK,Nama,JK,Tgl Lahir,"));
    // The rejected row's dates as the sheet holds them (serials read as dates).
    BOOST_TEST(rejects.contains("6479011207220003,Andr\xc3\xa9 Putra,L,2022-07-12,3.4,50,"));
    BOOST_TEST(rejects.contains(",sepuluh,81,Berdiri,"));
    BOOST_TEST(rejects.contains(",7,"));
}

BOOST_AUTO_TEST_CASE(handmade_inline_strings_and_1904_dates)
{
    Folder f;
    const QStringList expected = csvRegister(f);
    eppgbm::writeInlineXlsx(f.path("inline.xlsx"));
    auto wb = XlsxWorkbook::open(f.path("inline.xlsx"));
    BOOST_REQUIRE_MESSAGE(wb.ok(), why(wb));
    BOOST_TEST((*wb)->date1904());
    BOOST_TEST((*wb)->sheetName() == QStringLiteral("Data"));
    BOOST_TEST((*wb)->sheetPart() == QStringLiteral("xl/worksheets/data.xml"));
    BOOST_TEST((*wb)->sharedStringCount() == 0u);
    auto r = importFile(f.path("i.db"), f.path("inline.xlsx"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->rows == 5);
    BOOST_REQUIRE(r->rejectedRows == 1);
    BOOST_TEST(r->rejected.at(0).line == eppgbm::kInlineRejectedRow);
    BOOST_TEST(eppgbm::registerContent(f.path("i.db")) == expected);
}

BOOST_AUTO_TEST_CASE(sheet_cells_by_reference_type_and_date_system)
{
    Folder f;
    const QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                             "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"D3\"><v>45292</v></c><c><v>6.479014503230001E+15</v></c>"
                             "<c r=\"F3\" t=\"b\"><v>1</v></c><c r=\"G3\" t=\"e\"><v>#N/A</v></c><c r=\"H3\" t=\"d\"><v>2024-05-01T00:00:00</v></c>"
                             "<c r=\"I3\" t=\"str\"><f>A1&amp;B1</f><v>a&amp;b</v></c><c r=\"J3\"><v>60</v></c><c r=\"K3\"><v>61.75</v></c></row>"
                             "<row><c r=\"A4\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>";
    const QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>nol</t></si>"
                               "<si><r><t>sa</t></r><r><t xml:space=\"preserve\">tu </t></r><rPh><t>SATU</t></rPh></si></sst>";
    eppgbm::writeZip(f.path("cells.xlsx"), {{QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
                                            {QStringLiteral("xl/sharedStrings.xml"), strings}});
    auto wb = XlsxWorkbook::open(f.path("cells.xlsx"));
    BOOST_REQUIRE_MESSAGE(wb.ok(), why(wb));
    BOOST_TEST(!(*wb)->date1904());
    XlsxSheetSource s(**wb);
    s.setDateColumns({3, 9, 10});
    BOOST_REQUIRE(s.next());
    BOOST_TEST(s.line() == 3);
    const auto c = s.fields();
    BOOST_REQUIRE(c.size() == 11u);
    BOOST_TEST(c[0] == "");
    BOOST_TEST(c[1] == "satu "); // runs joined, the phonetic reading left out
    BOOST_TEST(c[2] == "");
    BOOST_TEST(c[3] == "2024-01-01"); // serial 45292 in a date column
    BOOST_TEST(c[4] == "6479014503230001");
    BOOST_TEST(c[5] == "1");
    BOOST_TEST(c[6] == "#N/A");
    BOOST_TEST(c[7] == "2024-05-01");
    BOOST_TEST(c[8] == "a&b");
    BOOST_TEST(c[9] == "60");          // 1900-02-29, a day that never was: left as the number
    BOOST_TEST(c[10] == "1900-03-01"); // 61, its time of day dropped
    BOOST_REQUIRE(s.next());
    BOOST_TEST(s.line() == 4); // no r: the row after the last
    BOOST_TEST(s.fields().size() == 1u);
    BOOST_TEST(s.fields()[0] == "nol");
    BOOST_TEST(!s.next());
    BOOST_TEST(!s.failed());
}

BOOST_AUTO_TEST_CASE(dry_run_leaves_the_database_as_it_was)
{
    Folder f;
    writeText(f.path("list.csv"), eppgbm::csv());
    BOOST_REQUIRE(importFile(f.path("t.db"), f.path("list.csv")).ok());
    eppgbm::writeXlsx(f.path("daftar.xlsx"));
    QByteArray page = eppgbm::html(false, true);
    page.replace("9.25", "9.5"); // one weighing differs: would be changed
    writeText(f.path("daftar.xls"), page);
    for (const char* file : {"daftar.xlsx", "daftar.xls"}) {
        const QByteArray before = fileHash(f.path("t.db"));
        ImportOptions options;
        options.dryRun = true;
        auto r = importFile(f.path("t.db"), f.path(file), options);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        BOOST_TEST(!r->committed);
        BOOST_TEST(r->rejectedRows == 1);
        BOOST_TEST(r->measurements.unchanged + r->measurements.updated == 4);
        BOOST_TEST(fileHash(f.path("t.db")) == before);
    }
}

BOOST_AUTO_TEST_CASE(report_workbook_and_xlsx_import_in_one_process)
{
    Folder f;
    // The report layer writes a workbook with libxlsxwriter...
    makeDemo(f.path("demo.db"), 40, 6);
    {
        auto db = openDb(f.path("demo.db"));
        const NamedPolicy policy = adminPolicy(*db);
        auto input = MonthlyLoader(*db, policy).load(std::chrono::year{2024} / std::chrono::June, {});
        BOOST_REQUIRE_MESSAGE(input.ok(), why(input));
        const report::MonthlyReport monthly = report::computeMonthlyReport(*input);
        QString error;
        BOOST_REQUIRE_MESSAGE(report::writeMonthlyXlsx(monthly, f.path("laporan.xlsx"), &error), error.toStdString());
    }
    // ...which the import's reader (libzip) opens in the same process...
    auto wb = XlsxWorkbook::open(f.path("laporan.xlsx"));
    BOOST_REQUIRE_MESSAGE(wb.ok(), why(wb));
    BOOST_TEST((*wb)->sharedStringCount() > 0u);
    XlsxSheetSource sheet(**wb);
    int cells = 0;
    while (sheet.next())
        cells += static_cast<int>(sheet.fields().size());
    BOOST_TEST(!sheet.failed());
    BOOST_TEST(cells > 0);
    // ...and an e-PPGBM .xlsx written here too imports as it should.
    eppgbm::writeXlsx(f.path("daftar.xlsx"));
    auto r = importFile(f.path("demo.db"), f.path("daftar.xlsx"));
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    BOOST_TEST(r->children.added == 3);
    BOOST_TEST(r->measurements.added == 4);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
