// Files the import refuses, each with a message that says what to do, and
// nothing written: the database's content (audit log included) and the
// file itself byte for byte as they were, no rejects file.
#include "eppgbmfiles.h"
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"

#include <boost/test/unit_test.hpp>

#include <QFile>

#include <xlsxwriter.h>

namespace tumbuh::records::test {
namespace {

struct Refused {
    Folder f;
    Refused()
    {
        writeText(f.path("list.csv"), eppgbm::csv());
        auto db = openDb(f.path("t.db"));
        BOOST_REQUIRE(CsvImporter(*db, {}).run(f.path("list.csv")).ok());
    }

    // Imports `file` (with a rejects file asked for) and checks the refusal.
    void check(const QString& file, const QString& words)
    {
        BOOST_TEST_CONTEXT(file.toStdString())
        {
            const QByteArray content = contentHash(f.path("t.db"), true);
            const QByteArray input = fileHash(file);
            ImportOptions options;
            options.rejectsPath = f.path("ditolak.csv");
            Result<ImportReport> r = Error{};
            {
                auto db = openDb(f.path("t.db"));
                r = CsvImporter(*db, options).run(file);
            }
            BOOST_REQUIRE(!r.ok());
            BOOST_TEST(r.error().message.contains(words), r.error().message.toStdString());
            BOOST_TEST(contentHash(f.path("t.db"), true) == content);
            BOOST_TEST(fileHash(file) == input);
            BOOST_TEST(!QFile::exists(f.path("ditolak.csv")));
        }
    }
};

// A sheet of e-PPGBM's header and its five rows 600 times over (inline
// strings, so several blocks of XML), without its end.
QByteArray longSheet()
{
    auto row = [](int r, const QStringList& cells) {
        QByteArray out = "<row r=\"" + QByteArray::number(r) + "\">";
        for (const QString& c : cells)
            out += "<c t=\"inlineStr\"><is><t>" + c.toHtmlEscaped().toUtf8() + "</t></is></c>";
        return out + "</row>";
    };
    QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                     + row(1, eppgbm::columns());
    for (int i = 0; i < 3000; ++i)
        sheet += row(i + 2, eppgbm::rows().at(static_cast<std::size_t>(i % 5)));
    return sheet;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(eppgbm_refusals, Refused)

BOOST_AUTO_TEST_CASE(truncated_xlsx)
{
    eppgbm::writeXlsx(f.path("whole.xlsx"));
    const QByteArray whole = readText(f.path("whole.xlsx"));
    writeText(f.path("cut.xlsx"), whole.left(whole.size() / 2));
    check(f.path("cut.xlsx"), QStringLiteral("damaged or incomplete"));
}

BOOST_AUTO_TEST_CASE(xlsx_with_a_damaged_sheet)
{
    // The archive is whole, the sheet's XML breaks off inside a row.
    eppgbm::writeZip(f.path("broken.xlsx"), {{QStringLiteral("xl/worksheets/sheet1.xml"),
                                              "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Nama</t></is></c>"
                                              "<c t=\"inlineStr\"><is><t>JK</t></is></c><c t=\"inlineStr\"><is><t>Tgl Lahir</t></is></c>"
                                              "</row><row r=\"2\"><c t=\"inlineStr\"><is><t>Ayu</t></is></c><c t=\"inl"}});
    check(f.path("broken.xlsx"), QStringLiteral("damaged or incomplete"));
}

BOOST_AUTO_TEST_CASE(not_a_zip_named_xlsx)
{
    writeText(f.path("list.xlsx"), eppgbm::csv());
    check(f.path("list.xlsx"), QStringLiteral("not an .xlsx workbook"));
}

BOOST_AUTO_TEST_CASE(zip_without_a_sheet)
{
    eppgbm::writeZip(f.path("empty.xlsx"), {{QStringLiteral("readme.txt"), "Bukan buku kerja."}});
    check(f.path("empty.xlsx"), QStringLiteral("without a worksheet"));
}

BOOST_AUTO_TEST_CASE(binary_excel_97_xls)
{
    QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    cfb.append(QByteArray(4096, '\0'));
    writeText(f.path("lama.xls"), cfb);
    check(f.path("lama.xls"), QStringLiteral("save it as .xlsx, or use the original e-PPGBM download"));
}

BOOST_AUTO_TEST_CASE(web_page_without_a_table)
{
    writeText(f.path("kosong.xls"), "<html><body><h3>Daftar Anak</h3><p>Tidak ada data.</p></body></html>");
    check(f.path("kosong.xls"), QStringLiteral("has no table"));
}

BOOST_AUTO_TEST_CASE(tables_without_a_header)
{
    writeText(f.path("tanpa.html"), "<table><tr><td>Periode</td><td>Juni 2024</td></tr></table>"
                                    "<table><tr><th>Nama</th><th>Umur</th></tr><tr><td>Ayu</td><td>2</td></tr></table>");
    check(f.path("tanpa.html"), QStringLiteral("No table in"));
}

BOOST_AUTO_TEST_CASE(sheet_without_a_header)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(f.path("tanpa.xlsx")).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
    for (lxw_row_t r = 0; r < 40; ++r)
        worksheet_write_string(ws, r, 0, "Catatan", nullptr);
    worksheet_write_string(ws, 35, 1, "Nama", nullptr); // too far down to be the header
    worksheet_write_string(ws, 35, 2, "JK", nullptr);
    worksheet_write_string(ws, 35, 3, "Tgl Lahir", nullptr);
    BOOST_REQUIRE_EQUAL(workbook_close(wb), LXW_NO_ERROR);
    check(f.path("tanpa.xlsx"), QStringLiteral("None of the first 30 rows"));
}

BOOST_AUTO_TEST_CASE(long_sheet_cut_inside_an_element)
{
    // Cut inside a <c> start tag, far from the first rows: the rows read
    // before the cut are not saved either.
    QByteArray sheet = longSheet();
    sheet.truncate(sheet.lastIndexOf("<c t=\"inl") + 8);
    eppgbm::writeZip(f.path("cut.xlsx"), {{QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
    check(f.path("cut.xlsx"), QStringLiteral("reading stopped after row 3001: the sheet ends too early"));
}

BOOST_AUTO_TEST_CASE(long_sheet_broken_inside_a_row)
{
    // Well-formed up to row 2500, whose end tag does not match.
    QByteArray sheet = longSheet() + "</sheetData></worksheet>";
    const qsizetype at = sheet.indexOf("<row r=\"2500\">");
    BOOST_REQUIRE(at > 0);
    sheet.replace(sheet.indexOf("</t></is></c>", at), 13, "</t></is></v>");
    eppgbm::writeZip(f.path("broken.xlsx"), {{QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
    check(f.path("broken.xlsx"), QStringLiteral("reading stopped after row 2500"));
    check(f.path("broken.xlsx"), QStringLiteral("damaged or incomplete"));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
