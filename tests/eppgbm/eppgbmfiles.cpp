#include "eppgbmfiles.h"

#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

#include <QDate>
#include <QFile>
#include <QStringEncoder>

#include <xlsxwriter.h>
#include <zip.h>

#include <algorithm>
#include <memory>

namespace tumbuh::records::test::eppgbm {
namespace {

// "Nur’aini" (U+2019) and "André" (U+00E9), written with escapes so that
// this source stays ASCII.
const QString kNuraini = QStringLiteral("Nur\u2019aini");
const QString kAndre = QStringLiteral("Andr\u00e9 Putra");

int col(const char* header)
{
    const int i = static_cast<int>(columns().indexOf(QString::fromLatin1(header)));
    BOOST_REQUIRE_MESSAGE(i >= 0, header);
    return i;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

bool isDateColumn(int c)
{
    return c == col("Tgl Lahir") || c == col("Tanggal Pengukuran");
}

bool isNumberColumn(int c)
{
    for (const char* h : {"BB Lahir", "TB Lahir", "Berat", "Tinggi", "LiLA", "ZS BB/U", "ZS TB/U", "ZS BB/TB", "PMT Diterima (kg)", "Jml Vit A"}) {
        if (c == col(h))
            return true;
    }
    return false;
}

QDate csvDate(const QString& text)
{
    return QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
}

} // namespace

const QStringList& columns()
{
    static const QStringList c{
        QStringLiteral("NIK"), QStringLiteral("Nama"), QStringLiteral("JK"), QStringLiteral("Tgl Lahir"),
        QStringLiteral("BB Lahir"), QStringLiteral("TB Lahir"), QStringLiteral("Nama Ortu"), QStringLiteral("Prov"),
        QStringLiteral("Kab/Kota"), QStringLiteral("Kec"), QStringLiteral("Pukesmas"), QStringLiteral("Desa/Kel"),
        QStringLiteral("Posyandu"), QStringLiteral("RT"), QStringLiteral("RW"), QStringLiteral("Alamat"),
        QStringLiteral("Usia Saat Ukur"), QStringLiteral("Tanggal Pengukuran"), QStringLiteral("Bulan Pengukuran"),
        QStringLiteral("Berat"), QStringLiteral("Tinggi"), QStringLiteral("Cara Ukur"), QStringLiteral("LiLA"),
        QStringLiteral("BB/U"), QStringLiteral("ZS BB/U"), QStringLiteral("TB/U"), QStringLiteral("ZS TB/U"),
        QStringLiteral("BB/TB"), QStringLiteral("ZS BB/TB"), QStringLiteral("Naik Berat Badan"),
        QStringLiteral("PMT Diterima (kg)"), QStringLiteral("Jml Vit A"), QStringLiteral("KPSP"), QStringLiteral("KIA"),
        QStringLiteral("Detail")};
    return c;
}

const std::vector<QStringList>& rows()
{
    auto row = [](std::initializer_list<const char*> first, const QString& name, std::initializer_list<const char*> rest) {
        QStringList r;
        for (const char* c : first)
            r << QString::fromUtf8(c);
        r << name;
        for (const char* c : rest)
            r << QString::fromUtf8(c);
        return r;
    };
    static const std::vector<QStringList> r{
        row({"6479014503230001"}, QStringLiteral("Ayu Lestari"),
            {"P", "05/03/2023", "3,1", "49", "Sari Wulan", "Kalimantan Timur", "Kota Contoh", "Sungai Contoh", "Puskesmas Contoh",
             "Kelurahan Contoh", "Posyandu Mawar", "003", "005", "Jl. Mawar & Melati No. 1", "1 Tahun - 2 Bulan - 0 Hari",
             "05/05/2024", "Mei", "9,25", "76,4", "Terlentang", "14,2", "Gizi Baik", "-0,5", "Normal", "-0,2", "Gizi Baik", "-0,6",
             "B", "0", "1", "Sesuai", "Ya", "Lihat"}),
        row({"6479014503230001"}, QStringLiteral("Ayu Lestari"),
            {"P", "05/03/2023", "3,1", "49", "Sari Wulan", "Kalimantan Timur", "Kota Contoh", "Sungai Contoh", "Puskesmas Contoh",
             "Kelurahan Contoh", "Posyandu Mawar", "003", "005", "Jl. Mawar & Melati No. 1", "1 Tahun - 3 Bulan - 0 Hari",
             "05/06/2024", "Juni", "9,6", "77,5", "Terlentang", "", "Gizi Baik", "-0,3", "Normal", "-0,1", "Gizi Baik", "-0,4", "N",
             "0", "", "", "Ya", "Lihat"}),
        row({"6479011207220003"}, kAndre,
            {"L", "12/07/2022", "3,4", "50", "Lina Marlina", "Kalimantan Timur", "Kota Contoh", "Sungai Lain", "Puskesmas Lain",
             "Desa Lain", "Posyandu Melati", "001", "002", "Gg. Damai 7", "1 Tahun - 11 Bulan - 19 Hari", "01/07/2024", "Juli",
             "sepuluh", "81", "Berdiri", "", "", "", "", "", "", "", "", "", "", "", "", "Lihat"}),
        row({""}, kNuraini,
            {"P", "10/01/2021", "", "", "Rina Dewi", "Kalimantan Timur", "Kota Contoh", "Sungai Contoh", "Puskesmas Contoh",
             "Kelurahan Contoh", "Posyandu Mawar", "004", "005", "Jl. Kenanga No. 2", "3 Tahun - 5 Bulan - 0 Hari", "10/06/2024",
             "Juni", "13,4", "91,2", "Berdiri", "15", "Gizi Baik", "0,1", "Normal", "-0,8", "Gizi Baik", "0,6", "N", "", "2", "",
             "Tidak", "Lihat"}),
        row({"6479011207220003"}, kAndre,
            {"L", "12/07/2022", "3,4", "50", "Lina Marlina", "Kalimantan Timur", "Kota Contoh", "Sungai Lain", "Puskesmas Lain",
             "Desa Lain", "Posyandu Melati", "001", "002", "Gg. Damai 7", "1 Tahun - 10 Bulan - 20 Hari", "01/06/2024", "Juni",
             "10,1", "80,5", "Terlentang", "", "Gizi Baik", "-0,9", "Pendek", "-2,1", "Gizi Baik", "0,3", "B", "", "", "", "Ya",
             "Lihat"}),
    };
    return r;
}

QByteArray csv()
{
    QStringList lines{columns().join(QLatin1Char(';'))};
    for (const QStringList& r : rows())
        lines << r.join(QLatin1Char(';'));
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray html(bool windows1252, bool meta)
{
    // The table's columns: "No" first, some moved forward, "Kolom Tambahan"
    // in the middle (not an import column), the rest in e-PPGBM's order.
    QList<int> order{col("Nama"), col("NIK"), col("JK"), col("Tgl Lahir"), col("Posyandu"), col("Tanggal Pengukuran")};
    for (int c = 0; c < columns().size(); ++c) {
        if (!order.contains(c))
            order << c;
    }
    const qsizetype extraAt = order.indexOf(col("Prov"));
    QString page;
    page += QStringLiteral("<html><head>");
    if (meta)
        page += windows1252 ? QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                            : QStringLiteral("<meta charset=\"utf-8\">");
    page += QStringLiteral("<title>e-PPGBM</title></head><body>\n<h3>Daftar Anak Berdasarkan Status Gizi</h3>\n"
                           "<table><tr><td>Kabupaten/Kota</td><td>Kota Contoh</td></tr><tr><td>Periode</td><td>Juni 2024</td></tr></table>\n"
                           "<table border=\"1\">\n");
    const int width = static_cast<int>(columns().size()) + 2;
    page += QStringLiteral("<tr><td colspan=\"%1\"><b>DAFTAR ANAK BERDASARKAN STATUS GIZI</b></td></tr>\n").arg(width);
    page += QStringLiteral("<tr><td colspan=\"%1\">Puskesmas Contoh &ndash; Juni 2024</td></tr>\n").arg(width);
    page += QStringLiteral("<tr></tr>\n<thead><tr><th>No</th>");
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i == extraAt)
            page += QStringLiteral("<th>Kolom Tambahan</th>");
        page += QStringLiteral("<th>") + escaped(columns()[order[i]]) + QStringLiteral("</th>");
    }
    page += QStringLiteral("</tr></thead>\n<tbody>\n");
    int number = 0;
    for (const QStringList& r : rows()) {
        if (number == 3) // an empty row between the data
            page += QStringLiteral("<tr><td></td><td>&nbsp;</td><td> </td></tr>\n");
        ++number;
        const bool unclosed = number == 2; // this row's cells are never closed
        page += QStringLiteral("<tr><td>%1</td>").arg(number);
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (i == extraAt)
                page += QStringLiteral("<td>x%1</td>").arg(number);
            const int c = order[i];
            QString v = escaped(r[c]);
            if (c == col("Nama"))
                v.replace(QChar(0x2019), windows1252 ? QString(QChar(0x2019)) : QStringLiteral("&#8217;"));
            if (c == col("Alamat"))
                v.replace(QStringLiteral("Kenanga No"), QStringLiteral("Kenanga<br>\n  No"));
            if (c == col("RT"))
                v = QStringLiteral("&nbsp;") + v + QStringLiteral("&nbsp;");
            if (c == col("Berat") && number == 1)
                v.replace(QLatin1Char(','), QLatin1Char('.')); // a decimal point here, commas elsewhere
            if (c == col("Tanggal Pengukuran") && number == 4)
                v = QStringLiteral("2024-06-10"); // ISO in this row
            if (v.isEmpty() && c == col("LiLA"))
                v = QStringLiteral("&nbsp;");
            page += unclosed ? QStringLiteral("<td>") + v : QStringLiteral("<td>") + v + QStringLiteral("</td>");
        }
        page += unclosed ? QStringLiteral("\n") : QStringLiteral("</tr>\n");
    }
    page += QStringLiteral("<tr><td colspan=\"3\">Jumlah</td><td></td><td></td><td></td><td>5</td></tr>\n");
    page += QStringLiteral("</tbody></table>\n<p>Dicetak dari e-PPGBM</p></body></html>\n");
    if (!windows1252)
        return page.toUtf8();
    QStringEncoder cp1252("windows-1252");
    const QByteArray bytes = cp1252.encode(page);
    BOOST_REQUIRE(!cp1252.hasError());
    BOOST_REQUIRE(bytes.contains('\x92') && bytes.contains('\xE9'));
    return bytes;
}

void writeXlsx(const QString& path)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    BOOST_REQUIRE(wb);
    lxw_worksheet* notes = workbook_add_worksheet(wb, "Petunjuk");
    worksheet_write_string(notes, 0, 0, "Unduhan e-PPGBM, disimpan ulang sebagai .xlsx", nullptr);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Daftar Anak Status Gizi");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    const auto width = static_cast<lxw_col_t>(columns().size() - 1);
    worksheet_merge_range(ws, 0, 0, 0, width, "DAFTAR ANAK BERDASARKAN STATUS GIZI", nullptr);
    worksheet_write_string(ws, 1, 0, "Puskesmas Contoh - Juni 2024", nullptr);
    for (int c = 0; c < columns().size(); ++c)
        worksheet_write_string(ws, 3, static_cast<lxw_col_t>(c), columns()[c].toUtf8().constData(), nullptr);
    lxw_row_t row = 4;
    int index = 0;
    for (const QStringList& r : rows()) {
        if (index == 3)
            ++row; // row 8 stays empty
        for (int c = 0; c < r.size(); ++c) {
            const QString& v = r[c];
            const auto cc = static_cast<lxw_col_t>(c);
            if (v.isEmpty())
                continue;
            bool number = false;
            const double n = QString(v).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&number);
            if (isDateColumn(c) && !(index == 1 && c == col("Tanggal Pengukuran"))) {
                const QDate d = csvDate(v);
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(ws, row, cc, &dt, date);
            } else if (isDateColumn(c)) {
                worksheet_write_string(ws, row, cc, "05-06-2024", nullptr); // a date typed as text
            } else if (isNumberColumn(c) && number) {
                worksheet_write_number(ws, row, cc, n, nullptr);
            } else {
                worksheet_write_string(ws, row, cc, v.toUtf8().constData(), nullptr);
            }
        }
        ++row;
        ++index;
    }
    worksheet_write_string(ws, row, 0, "Total", nullptr);
    worksheet_write_formula_num(ws, row, static_cast<lxw_col_t>(col("Berat")), "=SUM(T5:T10)", nullptr, 42.35);
    BOOST_REQUIRE_EQUAL(workbook_close(wb), LXW_NO_ERROR);
}

void writeZip(const QString& path, const std::vector<std::pair<QString, QByteArray>>& entries)
{
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    BOOST_REQUIRE(z);
    // libzip reads the sources at zip_close: the bytes must live until then.
    std::vector<std::unique_ptr<QByteArray>> kept;
    for (const auto& [name, bytes] : entries) {
        kept.push_back(std::make_unique<QByteArray>(bytes));
        zip_source_t* s = zip_source_buffer(z, kept.back()->constData(), static_cast<zip_uint64_t>(kept.back()->size()), 0);
        BOOST_REQUIRE(s);
        BOOST_REQUIRE(zip_file_add(z, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    BOOST_REQUIRE_EQUAL(zip_close(z), 0);
}

void writeInlineXlsx(const QString& path)
{
    auto letters = [](int c) {
        QString s;
        for (int n = c + 1; n > 0; n = (n - 1) / 26)
            s.prepend(QChar(u'A' + (n - 1) % 26));
        return s;
    };
    auto inlineCell = [](const QString& ref, const QString& text) {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>").arg(ref, text.toHtmlEscaped());
    };
    QString sheet = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    sheet += QStringLiteral("<row r=\"1\">");
    for (int c = 0; c < columns().size(); ++c)
        sheet += inlineCell(letters(c) + QLatin1Char('1'), columns()[c]);
    sheet += QStringLiteral("</row>");
    int r = 2;
    for (const QStringList& cells : rows()) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(r);
        for (int c = 0; c < cells.size(); ++c) {
            const QString ref = letters(c) + QString::number(r);
            const QString& v = cells[c];
            if (v.isEmpty())
                continue; // left out: an empty cell
            bool number = false;
            const double n = QString(v).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&number);
            if (c == col("Tgl Lahir")) {
                // A serial of the 1904 system, no reference (the next column).
                sheet += QStringLiteral("<c><v>%1</v></c>").arg(QDate(1904, 1, 1).daysTo(csvDate(v)));
            } else if (c == col("Tanggal Pengukuran")) {
                sheet += inlineCell(ref, csvDate(v).toString(Qt::ISODate));
            } else if (c == col("Nama")) {
                const qsizetype space = v.indexOf(QLatin1Char(' '));
                const QString a = space < 0 ? v : v.left(space + 1);
                const QString b = space < 0 ? QString() : v.mid(space + 1);
                sheet += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t xml:space=\"preserve\">%2</t></r>"
                                        "<r><t>%3</t></r></is></c>")
                             .arg(ref, a.toHtmlEscaped(), b.toHtmlEscaped());
            } else if (c == col("Posyandu")) {
                sheet += QStringLiteral("<c r=\"%1\" t=\"str\"><f>\"%2\"</f><v>%2</v></c>").arg(ref, v.toHtmlEscaped());
            } else if (c == col("KIA")) {
                sheet += QStringLiteral("<c r=\"%1\" t=\"b\"><v>%2</v></c>").arg(ref, v == u"Ya" ? QStringLiteral("1") : QStringLiteral("0"));
            } else if (isNumberColumn(c) && number) {
                sheet += QStringLiteral("<c r=\"%1\" t=\"n\"><v>%2</v></c>").arg(ref).arg(n, 0, 'g', 17);
            } else {
                sheet += inlineCell(ref, v);
            }
        }
        sheet += QStringLiteral("</row>");
        ++r;
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    writeZip(path, {
                       {QStringLiteral("[Content_Types].xml"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        "<Override PartName=\"/xl/worksheets/data.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        "</Types>"},
                       {QStringLiteral("_rels/.rels"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        "</Relationships>"},
                       {QStringLiteral("xl/workbook.xml"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr date1904=\"1\"/>"
                        "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"},
                       {QStringLiteral("xl/_rels/workbook.xml.rels"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
                        "</Relationships>"},
                       {QStringLiteral("xl/worksheets/data.xml"), sheet.toUtf8()},
                   });
}

QStringList registerContent(const QString& dbPath)
{
    QStringList lines;
    lines << queryLines(dbPath, QStringLiteral("SELECT 'child', c.nik, c.name, c.sex, c.birth_date, c.birth_weight_g, c.birth_length_mm, "
                                               "c.mother_name, p.name FROM children_readable c LEFT JOIN posyandu_readable p ON p.id = c.posyandu_id "
                                               "ORDER BY c.name"));
    lines << queryLines(dbPath, QStringLiteral("SELECT 'measurement', c.name, m.measured_on, m.weight_g, m.length_mm, m.length_position, "
                                               "m.muac_mm, p.name FROM measurements_readable m JOIN children_readable c ON c.id = m.child_id "
                                               "LEFT JOIN posyandu_readable p ON p.id = m.posyandu_id ORDER BY c.name, m.measured_on"));
    lines << queryLines(dbPath, QStringLiteral("SELECT 'posyandu', name, kelurahan, kecamatan, kabupaten, province, notes FROM posyandu_readable "
                                               "ORDER BY name"));
    lines << queryLines(dbPath, QStringLiteral("SELECT 'household', h.address, h.rt, h.rw, h.kelurahan, h.mother_name, p.name FROM households_readable h "
                                               "LEFT JOIN posyandu p ON p.id = h.posyandu_id ORDER BY h.mother_name"));
    return lines;
}

} // namespace tumbuh::records::test::eppgbm
