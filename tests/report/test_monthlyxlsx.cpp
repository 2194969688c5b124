// The monthly workbook written by writeMonthlyXlsx, opened again: the xlsx
// is unzipped with QuaZip and its XML read back (workbook, relationships,
// shared strings, styles, each sheet) by xlsxcells.cpp, so the tests see
// what Excel sees.
#include "monthlysample.h"
#include "report/monthly/monthlyreport.h"
#include "report/monthly/monthlyxlsx.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <array>
#include <cmath>
#include <optional>

namespace {

using namespace tumbuh;

// One cell as stored: its type ("s" shared string, "n" or none for a number,
// "inlineStr", "str"), its value, its text (shared strings resolved), its
// style index.
struct XCell {
    QString type;
    QString value;
    QString text;
    int style = 0;
    QString format; // the number format of its style ("0.0%")
    bool numeric() const { return (type.isEmpty() || type == QStringLiteral("n")) && !value.isEmpty(); }
};

struct XSheet {
    QMap<std::pair<int, int>, XCell> cells; // (row, column), 0-based
    QByteArray xml;
    const XCell* at(int row, int col) const
    {
        auto it = cells.constFind({row, col});
        return it == cells.constEnd() ? nullptr : &*it;
    }
    QString text(int row, int col) const
    {
        const XCell* c = at(row, col);
        return c ? c->text : QString();
    }
    int maxRow() const { return cells.isEmpty() ? -1 : cells.lastKey().first; }
    // The first row whose cells from `col` on read `texts`.
    std::optional<int> findRow(const QStringList& texts, int col = 0) const
    {
        for (int r = 0; r <= maxRow(); ++r) {
            bool all = true;
            for (qsizetype i = 0; i < texts.size() && all; ++i)
                all = text(r, col + static_cast<int>(i)) == texts[i];
            if (all)
                return r;
        }
        return std::nullopt;
    }
};

struct Workbook {
    QStringList sheetNames; // in workbook order
    QHash<QString, XSheet> sheets;
};

// QuaZip and libxlsxwriter cannot share a process: QuaZip exports
// minizip's zipOpen3, which then replaces the one libxlsxwriter calls (a
// crash in workbook_close). The workbook is therefore read back by a second
// program, xlsxcells (QuaZip only), which prints its cells as JSON.
Workbook readWorkbook(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral(TUMBUH_XLSXCELLS), {path});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_REQUIRE_MESSAGE(p.exitCode() == 0, "xlsxcells: " << p.readAllStandardError().toStdString());
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    Workbook wb;
    for (const QJsonValue& v : root.value(QLatin1String("sheets")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        wb.sheetNames << name;
        XSheet sheet;
        sheet.xml = o.value(QLatin1String("xml")).toString().toUtf8();
        for (const QJsonValue& cv : o.value(QLatin1String("cells")).toArray()) {
            const QJsonObject c = cv.toObject();
            XCell cell;
            cell.type = c.value(QLatin1String("t")).toString();
            cell.value = c.value(QLatin1String("v")).toString();
            cell.text = c.value(QLatin1String("text")).toString();
            cell.style = c.value(QLatin1String("s")).toInt();
            cell.format = c.value(QLatin1String("format")).toString();
            sheet.cells.insert({c.value(QLatin1String("row")).toInt(), c.value(QLatin1String("col")).toInt()}, cell);
        }
        wb.sheets.insert(name, sheet);
    }
    BOOST_REQUIRE(!wb.sheetNames.isEmpty());
    return wb;
}

struct WrittenWorkbook {
    QTemporaryDir dir;
    report::MonthlyReport report;
    Workbook wb;

    explicit WrittenWorkbook(bool onlyFirst = false)
    {
        BOOST_REQUIRE(dir.isValid());
        report = report::computeMonthlyReport(test::sampleMonthlyInput(onlyFirst));
        const QString path = dir.filePath(QStringLiteral("laporan.xlsx"));
        QString error;
        BOOST_REQUIRE_MESSAGE(report::writeMonthlyXlsx(report, path, &error), error.toStdString());
        wb = readWorkbook(path);
    }
};

void checkNumber(const XSheet& sheet, int row, int col, double expected, const char* what)
{
    const XCell* c = sheet.at(row, col);
    BOOST_REQUIRE_MESSAGE(c, what << ": no cell at row " << row + 1 << " column " << col + 1);
    BOOST_TEST_CONTEXT(what << " row " << row + 1 << " column " << col + 1)
    {
        BOOST_TEST(c->numeric(), "stored as text: type " << c->type.toStdString());
        BOOST_TEST(c->value.toDouble() == expected);
    }
}

const std::array<QString, 5> kAgeLabels = {QStringLiteral("0–5 bln"), QStringLiteral("6–11 bln"),
                                           QStringLiteral("12–23 bln"), QStringLiteral("24–59 bln"),
                                           QStringLiteral("Jumlah")};
const std::array<QString, 3> kSexLabels = {QStringLiteral("L"), QStringLiteral("P"), QStringLiteral("L+P")};

} // namespace

BOOST_AUTO_TEST_SUITE(monthly_xlsx)

BOOST_AUTO_TEST_CASE(five_sheets_with_their_exact_names_in_order)
{
    const WrittenWorkbook w;
    const QStringList expected = {QStringLiteral("F1 SKDN"), QStringLiteral("Status gizi"), QStringLiteral("Rujukan"),
                                  QStringLiteral("Daftar anak"), QStringLiteral("Tren")};
    BOOST_TEST(w.wb.sheetNames == expected, "sheets: " << w.wb.sheetNames.join(QStringLiteral(" | ")).toStdString());
}

BOOST_AUTO_TEST_CASE(skdn_counts_are_numeric_cells_equal_to_the_report)
{
    const WrittenWorkbook w;
    const XSheet& sh = w.wb.sheets[QStringLiteral("F1 SKDN")];
    const QStringList header = {QStringLiteral("Posyandu"), QStringLiteral("Kelompok umur"),
                                QStringLiteral("Jenis kelamin"), QStringLiteral("S"), QStringLiteral("K"),
                                QStringLiteral("D"), QStringLiteral("N"), QStringLiteral("T"), QStringLiteral("O"),
                                QStringLiteral("B"), QStringLiteral("K−D (tidak hadir)"), QStringLiteral("2T"),
                                QStringLiteral("BGM")};
    const auto headerRow = sh.findRow(header);
    BOOST_REQUIRE_MESSAGE(headerRow, "the F1 header row is not there");

    // Every posyandu and the scope's total, every age group x sex.
    std::vector<std::pair<QString, const report::PosyanduReport*>> blocks;
    for (const report::PosyanduReport& p : w.report.posyandu)
        blocks.emplace_back(p.info.name, &p);
    blocks.emplace_back(QStringLiteral("Jumlah"), &w.report.total);
    BOOST_REQUIRE_EQUAL(blocks.size(), 3u);
    int checked = 0;
    for (const auto& [name, block] : blocks) {
        for (std::size_t g = 0; g < kAgeLabels.size(); ++g) {
            for (std::size_t s = 0; s < kSexLabels.size(); ++s) {
                const auto row = sh.findRow({name, kAgeLabels[g], kSexLabels[s]});
                BOOST_REQUIRE_MESSAGE(row, "no row " << name.toStdString() << " " << kAgeLabels[g].toStdString()
                                                     << " " << kSexLabels[s].toStdString());
                BOOST_TEST(*row > *headerRow);
                const report::SkdnCell& c = block->skdn[g][s];
                const std::array<int, 10> expected = {c.s, c.k, c.d, c.n, c.t, c.o, c.b, c.k - c.d, c.twoT, c.bgm};
                for (std::size_t i = 0; i < expected.size(); ++i)
                    checkNumber(sh, *row, 3 + static_cast<int>(i), expected[i], "SKDN");
                ++checked;
            }
        }
    }
    BOOST_TEST(checked == 45);
    // The sample is not empty: the total's S and D are what the sample holds
    // (7 children under five on the register, 6 weighed in March).
    const report::SkdnCell& all = w.report.total.skdn[4][2];
    BOOST_TEST(all.s == 7);
    BOOST_TEST(all.d == 6);
}

BOOST_AUTO_TEST_CASE(ratios_are_numbers_formatted_as_percentages)
{
    const WrittenWorkbook w;
    const XSheet& sh = w.wb.sheets[QStringLiteral("F1 SKDN")];
    const auto header = sh.findRow({QStringLiteral("Rasio"), QStringLiteral("Arti"), QStringLiteral("Pembilang"),
                                    QStringLiteral("Penyebut"), QStringLiteral("Persentase")},
                                   14);
    BOOST_REQUIRE(header);
    const report::SkdnRatios& r = w.report.total.ratios;
    const std::array<std::pair<QString, report::Ratio>, 7> ratios = {{{QStringLiteral("K/S"), r.ks},
                                                                      {QStringLiteral("D/S"), r.ds},
                                                                      {QStringLiteral("D/K"), r.dk},
                                                                      {QStringLiteral("N/D"), r.nd},
                                                                      {QStringLiteral("N/S"), r.ns},
                                                                      {QStringLiteral("BGM/D"), r.bgmD},
                                                                      {QStringLiteral("2T/D"), r.twoTD}}};
    for (const auto& [name, ratio] : ratios) {
        const auto row = sh.findRow({name}, 14);
        BOOST_REQUIRE_MESSAGE(row, "no ratio " << name.toStdString());
        checkNumber(sh, *row, 16, ratio.numerator, "numerator");
        checkNumber(sh, *row, 17, ratio.denominator, "denominator");
        const XCell* pc = sh.at(*row, 18);
        BOOST_REQUIRE(pc);
        BOOST_TEST(pc->numeric());
        BOOST_TEST(std::abs(pc->value.toDouble() - double(ratio.numerator) / ratio.denominator) < 1e-9);
        BOOST_TEST(pc->format == QStringLiteral("0.0%"));
    }
}

BOOST_AUTO_TEST_CASE(status_and_referrals_and_trend_read_back)
{
    const WrittenWorkbook w;
    const XSheet& status = w.wb.sheets[QStringLiteral("Status gizi")];
    BOOST_REQUIRE(status.findRow({QStringLiteral("Posyandu"), QStringLiteral("Indeks"), QStringLiteral("Kategori")}));
    for (const report::StatusTable& table : w.report.total.status) {
        const auto row = status.findRow({QStringLiteral("Jumlah"), report::statusIndexKey(table.index),
                                         QStringLiteral("Jumlah dengan z-score (penyebut)")});
        BOOST_REQUIRE(row);
        // The last column is Jumlah L+P.
        checkNumber(status, *row, 17, table.denominator[4][2], "denominator");
    }
    const auto stunting = status.findRow({QStringLiteral("Jumlah"), QStringLiteral("Stunting (TB/U < −2 SD)")});
    BOOST_REQUIRE(stunting);
    checkNumber(status, *stunting, 2, w.report.total.prevalences.stunting.cases, "stunting cases");
    checkNumber(status, *stunting, 3, w.report.total.prevalences.stunting.denominator, "stunting denominator");
    BOOST_TEST(w.report.total.prevalences.stunting.cases >= 1); // Fajar
    BOOST_TEST(status.at(*stunting, 4)->format == QStringLiteral("0.0%"));

    const XSheet& referrals = w.wb.sheets[QStringLiteral("Rujukan")];
    const auto melati = referrals.findRow({QStringLiteral("Posyandu Melati")});
    BOOST_REQUIRE(melati);
    checkNumber(referrals, *melati, 1, 2, "referrals made");
    checkNumber(referrals, *melati, 2, 1, "arrived");
    checkNumber(referrals, *melati, 6, 3, "counselling");

    const XSheet& trend = w.wb.sheets[QStringLiteral("Tren")];
    const auto march = trend.findRow({QStringLiteral("Jumlah"), QStringLiteral("Maret 2026")});
    BOOST_REQUIRE(march);
    checkNumber(trend, *march, 2, w.report.total.skdn[4][2].s, "trend S");
    checkNumber(trend, *march, 3, w.report.total.skdn[4][2].d, "trend D");
}

BOOST_AUTO_TEST_CASE(daftar_anak_has_the_eppgbm_headers_and_only_it_names_children)
{
    const WrittenWorkbook w;
    const XSheet& list = w.wb.sheets[QStringLiteral("Daftar anak")];
    QStringList header;
    for (int c = 0; !list.text(0, c).isEmpty(); ++c)
        header << list.text(0, c);
    BOOST_TEST(header == report::daftarAnakHeaders());
    BOOST_TEST(header.value(0) == QStringLiteral("NIK"));
    BOOST_TEST(header.value(1) == QStringLiteral("Nama"));
    BOOST_TEST(header.contains(QStringLiteral("ZS TB/U")));
    BOOST_TEST(list.maxRow() == static_cast<int>(w.report.daftarAnak.size()));

    // Weights as numbers.
    const int weight = static_cast<int>(header.indexOf(QStringLiteral("Berat")));
    for (int r = 1; r <= list.maxRow(); ++r)
        BOOST_TEST((list.at(r, weight) != nullptr && list.at(r, weight)->numeric()));

    for (const test::SampleChild& child : test::sampleChildren()) {
        for (const QString& sheetName : w.wb.sheetNames) {
            if (sheetName == QStringLiteral("Daftar anak"))
                continue;
            const XSheet& sheet = w.wb.sheets[sheetName];
            for (const XCell& c : sheet.cells) {
                BOOST_TEST(!c.text.contains(child.nik), sheetName.toStdString() << " holds a NIK");
                BOOST_TEST(!c.text.contains(child.name), sheetName.toStdString() << " holds a name");
            }
        }
    }
    // The by-name list does hold them (the check above can fail).
    bool budi = false;
    for (const XCell& c : list.cells)
        budi = budi || c.text == QStringLiteral("6471019906250002");
    BOOST_TEST(budi);
}

BOOST_AUTO_TEST_CASE(sheets_are_frozen_and_set_up_for_a4_landscape)
{
    const WrittenWorkbook w(true);
    for (const QString& name : w.wb.sheetNames) {
        const QByteArray& xml = w.wb.sheets[name].xml;
        BOOST_TEST_CONTEXT(name.toStdString())
        {
            BOOST_TEST(xml.contains("state=\"frozen\""));
            BOOST_TEST(xml.contains("paperSize=\"9\""));
            BOOST_TEST(xml.contains("orientation=\"landscape\""));
            BOOST_TEST(xml.contains("<col "));
        }
    }
    // One posyandu: its name in the title block, no total block.
    const XSheet& skdn = w.wb.sheets[QStringLiteral("F1 SKDN")];
    BOOST_TEST(skdn.findRow({QStringLiteral("Posyandu"), QStringLiteral("Posyandu Melati")}).has_value());
    BOOST_TEST(skdn.findRow({QStringLiteral("Kecamatan"), QStringLiteral("Balikpapan Selatan")}).has_value());
    BOOST_TEST(skdn.findRow({QStringLiteral("Bulan"), QStringLiteral("Maret 2026")}).has_value());
    BOOST_TEST(!skdn.findRow({QStringLiteral("Jumlah"), QStringLiteral("0–5 bln")}).has_value());
    // The signature lines.
    for (const QString& role : {QStringLiteral("Kader posyandu"), QStringLiteral("Bidan desa"),
                                QStringLiteral("Tenaga Pelaksana Gizi (TPG) puskesmas")}) {
        bool found = false;
        for (const XCell& c : skdn.cells)
            found = found || c.text == role;
        BOOST_TEST(found, role.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(a_folder_that_does_not_exist_is_an_error_not_a_crash)
{
    QTemporaryDir dir;
    const report::MonthlyReport r = report::computeMonthlyReport(test::sampleMonthlyInput());
    QString error;
    BOOST_TEST(!report::writeMonthlyXlsx(r, dir.filePath(QStringLiteral("no/such/folder/x.xlsx")), &error));
    BOOST_TEST(!error.isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
