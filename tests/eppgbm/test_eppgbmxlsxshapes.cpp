// The sheet XML of an .xlsx in every shape a writer may give it: the usual
// shape (read by XlsxSheetScanner from the bytes) and the odd ones that
// libxml2 reads (entities, CDATA, namespace prefixes, comments, attributes
// in another order, self-closing cells, cells without a reference,
// whitespace and line breaks, a very long shared string), an odd row in the
// middle of a long sheet (the rows after it read by libxml2, numbered as
// before), and sheets cut or broken inside a row (refused, nothing saved).
// Each sheet is a real .xlsx written with libzip; the cells expected are
// written out here by hand.
#include "eppgbmfiles.h"
#include "support/recordsfixture.h"

#include "records/import/csvimporter.h"
#include "records/import/xlsxsheetsource.h"
#include "records/import/xlsxworkbook.h"

#include <boost/test/unit_test.hpp>

#include <QDate>

#include <string>
#include <vector>

namespace tumbuh::records::test {
namespace {

struct SheetRow {
    qint64 line = 0;
    std::vector<std::string> cells;
    bool operator==(const SheetRow&) const = default;
};

std::ostream& operator<<(std::ostream& out, const SheetRow& r)
{
    out << r.line << ':';
    for (const std::string& c : r.cells)
        out << " [" << c << ']';
    return out;
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

QByteArray worksheet(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + kMain
         + "\"><dimension ref=\"A1:C9\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
           "<cols><col min=\"1\" max=\"3\" width=\"12\"/></cols><sheetData>"
         + rows + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\"/></worksheet>";
}

QByteArray sharedStrings(const std::vector<QByteArray>& strings)
{
    QByteArray out = "<sst xmlns=\"" + kMain + "\">";
    for (const QByteArray& s : strings)
        out += "<si><t>" + s + "</t></si>";
    return out + "</sst>";
}

void writeSheet(const QString& path, const QByteArray& sheet, const std::vector<QByteArray>& strings = {})
{
    std::vector<std::pair<QString, QByteArray>> entries{{QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!strings.empty())
        entries.emplace_back(QStringLiteral("xl/sharedStrings.xml"), sharedStrings(strings));
    eppgbm::writeZip(path, entries);
}

// Every row of the sheet; `failed` says whether reading stopped on an error.
std::vector<SheetRow> readSheet(const QString& path, bool* failed = nullptr, QString* message = nullptr)
{
    auto wb = XlsxWorkbook::open(path);
    BOOST_REQUIRE_MESSAGE(wb.ok(), why(wb));
    XlsxSheetSource s(**wb);
    s.setDateColumns({2});
    std::vector<SheetRow> rows;
    while (s.next()) {
        SheetRow r{s.line(), {}};
        for (const std::string_view c : s.fields())
            r.cells.emplace_back(c);
        rows.push_back(std::move(r));
    }
    if (failed != nullptr)
        *failed = s.failed();
    else
        BOOST_TEST(!s.failed(), s.errorMessage().toStdString());
    if (message != nullptr)
        *message = s.errorMessage();
    return rows;
}

std::vector<SheetRow> read(const Folder& f, const QByteArray& rows, const std::vector<QByteArray>& strings = {"nol", "satu"})
{
    writeSheet(f.path("sheet.xlsx"), worksheet(rows), strings);
    return readSheet(f.path("sheet.xlsx"));
}

// The rows every shape below must give: row 2 with a shared string, a
// number and a date serial (column C is a date column); row 3 empty but
// for its third cell.
const std::vector<SheetRow> kExpected{{2, {"satu", "12.5", "2024-01-01"}}, {3, {"", "", "x"}}};

// A regular row of the long sheets: "n<i>", i / 2, a date serial.
QByteArray longRow(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "<row r=\"" + n + "\" spans=\"1:3\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>n" + n + "</t></is></c><c r=\"B" + n + "\" s=\"2\"><v>"
         + QByteArray::number(i / 2.0) + "</v></c><c r=\"C" + n + "\" s=\"3\"><v>" + QByteArray::number(45292 + i % 300) + "</v></c></row>";
}

SheetRow longExpected(int i)
{
    const QDate d = QDate(2024, 1, 1).addDays(i % 300);
    return {i, {"n" + std::to_string(i), QByteArray::number(i / 2.0).toStdString(), d.toString(Qt::ISODate).toStdString()}};
}

} // namespace

BOOST_AUTO_TEST_SUITE(eppgbm_xlsx_shapes)

BOOST_AUTO_TEST_CASE(usual_shape)
{
    Folder f;
    const auto rows = read(f, "<row r=\"2\" spans=\"1:3\" x14ac:dyDescent=\"0.25\"><c r=\"A2\" s=\"1\" t=\"s\"><v>1</v></c>"
                              "<c r=\"B2\" s=\"2\"><v>12.5</v></c><c r=\"C2\" s=\"3\"><v>45292</v></c></row>"
                              "<row r=\"3\"><c r=\"C3\" t=\"str\"><f>LOWER(\"X\")</f><v>x</v></c></row>");
    BOOST_TEST(rows == kExpected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(entities)
{
    Folder f;
    const auto rows = read(f, "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>&#49;</v></c><c r=\"B2\"><v>1&#x32;.5</v></c><c r=\"C2\"><v>45292</v></c></row>"
                              "<row r=\"3\"><c r=\"A3\" t=\"str\"><v>a&amp;b &lt;c&gt; caf&#233; &#x41;&quot;&apos;</v></c>"
                              "<c r=\"B3\" t=\"inlineStr\"><is><t>R&amp;D</t></is></c></row>");
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0] == kExpected[0]);
    BOOST_TEST(rows[1] == (SheetRow{3, {"a&b <c> caf\xc3\xa9 A\"'", "R&D"}}));
}

BOOST_AUTO_TEST_CASE(cdata_and_comments)
{
    Folder f;
    const auto rows = read(f, "<!-- before --><row r=\"2\"><c r=\"A2\" t=\"s\"><v><![CDATA[1]]></v></c><!-- <c r=\"B2\"><v>9</v></c> -->"
                              "<c r=\"B2\"><v>12.5</v></c><c r=\"C2\"><?pi data?><v>45292</v></c></row>"
                              "<row r=\"3\"><c r=\"C3\" t=\"str\"><v><![CDATA[x]]></v></c></row><row r=\"4\"><c r=\"A4\" t=\"str\">"
                              "<v><![CDATA[1<2 & </v>]]></v></c></row>");
    BOOST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(rows[0] == kExpected[0]);
    BOOST_TEST(rows[1] == kExpected[1]);
    BOOST_TEST(rows[2] == (SheetRow{4, {"1<2 & </v>"}}));
}

BOOST_AUTO_TEST_CASE(namespace_prefix)
{
    Folder f;
    const QByteArray sheet = "<x:worksheet xmlns:x=\"" + kMain + "\"><x:sheetData><x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>1</x:v></x:c>"
                                                                 "<x:c r=\"B2\"><x:v>12.5</x:v></x:c><x:c r=\"C2\"><x:v>45292</x:v></x:c></x:row><x:row r=\"3\">"
                                                                 "<x:c r=\"C3\" t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>";
    writeSheet(f.path("x.xlsx"), sheet, {"nol", "satu"});
    BOOST_TEST(readSheet(f.path("x.xlsx")) == kExpected, boost::test_tools::per_element());
    // The prefix on the rows only, inside the usual worksheet.
    const auto rows = read(f, "<x:row xmlns:x=\"" + kMain + "\" r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>1</x:v></x:c><c r=\"B2\"><v>12.5</v></c>"
                                                            "<x:c r=\"C2\"><v>45292</v></x:c></x:row><row r=\"3\"><c r=\"C3\" t=\"str\"><v>x</v></c></row>");
    BOOST_TEST(rows == kExpected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(attributes_in_another_order)
{
    Folder f;
    const auto rows = read(f, "<row spans='1:3' r='2'><c t='s' s='1' r='A2'><v>1</v></c><c s=\"2\" r=\"B2\"><v>12.5</v></c>"
                              "<c s=\"3\"\n  r = \"C2\" ><v >45292</v ></c ></row ><row ht=\"15\" r=\"3\" ><c t=\"str\" r=\"C3\"><v>x</v></c></row>");
    BOOST_TEST(rows == kExpected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(self_closing_cells_and_rows)
{
    Folder f;
    const auto rows = read(f, "<row r=\"1\"/><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>12.5</v></c><c r=\"C2\"><v>45292</v></c>"
                              "<c r=\"D2\" s=\"4\"/></row><row r=\"3\"><c r=\"A3\"/><c r=\"B3\" t=\"s\"/><c r=\"C3\" t=\"str\"><f/><v/><v>x</v></c></row>");
    BOOST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(rows[0] == (SheetRow{1, {}}));
    BOOST_TEST(rows[1] == (SheetRow{2, {"satu", "12.5", "2024-01-01", ""}}));
    BOOST_TEST(rows[2] == kExpected[1]);
}

BOOST_AUTO_TEST_CASE(cells_and_rows_without_a_reference)
{
    Folder f;
    const auto rows = read(f, "<row r=\"2\"><c t=\"s\"><v>1</v></c><c><v>12.5</v></c><c><v>45292</v></c></row>"
                              "<row><c r=\"C3\" t=\"str\"><v>x</v></c></row><row><c/><c t=\"str\"><v>y</v></c></row>");
    BOOST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(rows[0] == kExpected[0]);
    BOOST_TEST(rows[1] == kExpected[1]);
    BOOST_TEST(rows[2] == (SheetRow{4, {"", "y"}}));
}

BOOST_AUTO_TEST_CASE(whitespace_between_elements)
{
    Folder f;
    const auto rows = read(f, "\r\n  <row r=\"2\">\r\n    <c r=\"A2\" t=\"s\">\n      <v> 1 </v>\n    </c>\n\t<c r=\"B2\"><v>12.5\t</v></c>"
                              "<c r=\"C2\">  <v>45292</v>  </c>\r\n  </row>\n  <row r=\"3\">\n <c r=\"C3\" t=\"inlineStr\"> <is> <t>x</t> </is> </c> </row>\r\n");
    BOOST_TEST(rows == kExpected, boost::test_tools::per_element());
    // Whitespace kept where it is the text: an inline string, a formula's text.
    const auto kept = read(f, "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a\tb\n</t></is></c>"
                              "<c r=\"B5\" t=\"str\"><v> c\r\nd </v></c></row>");
    BOOST_TEST(kept == (std::vector<SheetRow>{{5, {" a\tb\n", " c\nd "}}}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(very_long_strings)
{
    Folder f;
    // A shared string of 1 MB and an inline one of 600 kB (more than two of
    // the blocks the sheet is inflated in), both with non-ASCII letters.
    QByteArray shared;
    for (int i = 0; i < 1024 * 1024 / 8; ++i)
        shared += "Andr\xc3\xa9 ";
    QByteArray inlined;
    for (int i = 0; i < 600 * 1024 / 6; ++i)
        inlined += "Nur\xe2\x80\x99";
    const auto rows = read(f,
                           "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>" + inlined + "</t></is></c></row>"
                               + longRow(3),
                           {"nol", shared});
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].cells.size() == 2u);
    BOOST_TEST(rows[0].cells.at(0) == shared.toStdString());
    BOOST_TEST(rows[0].cells.at(1) == inlined.toStdString());
    BOOST_TEST(rows[1] == longExpected(3));
}

BOOST_AUTO_TEST_CASE(odd_row_in_the_middle_of_a_long_sheet)
{
    Folder f;
    // 6,000 usual rows (some megabytes: many blocks), an odd one, then usual
    // rows again, some without r: the same rows, numbered on.
    QByteArray rows;
    std::vector<SheetRow> expected;
    for (int i = 1; i <= 6000; ++i) {
        rows += longRow(i);
        expected.push_back(longExpected(i));
    }
    rows += "<row r=\"6001\"><c r=\"A6001\" t=\"str\"><v>a&amp;b</v></c></row>";
    expected.push_back({6001, {"a&b"}});
    for (int i = 6002; i <= 6100; ++i) {
        QByteArray row = longRow(i);
        if (i % 2 == 0)
            row.replace("<row r=\"" + QByteArray::number(i) + "\"", "<row");
        rows += row;
        expected.push_back(longExpected(i));
    }
    const auto got = read(f, rows);
    BOOST_TEST(got.size() == expected.size());
    BOOST_TEST(got == expected);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
