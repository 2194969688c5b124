#include "report/monthly/monthlyxlsx.h"

#include "report/monthly/monthlylabels.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <array>
#include <vector>

namespace tumbuh::report {
namespace {

constexpr std::uint8_t kPaperA4 = 9;
// The title block takes rows 0-8; a blank row; the table's header from row 10.
constexpr lxw_row_t kHeaderRow = 10;

// The workbook's cell formats, made once.
struct Formats {
    lxw_format* heading = nullptr;
    lxw_format* subheading = nullptr;
    lxw_format* label = nullptr;
    lxw_format* value = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* textBold = nullptr;
    lxw_format* number = nullptr;
    lxw_format* numberBold = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* percentBold = nullptr;
    lxw_format* note = nullptr;
    lxw_format* signature = nullptr;

    explicit Formats(lxw_workbook* wb)
    {
        heading = workbook_add_format(wb);
        format_set_bold(heading);
        format_set_font_size(heading, 14);
        subheading = workbook_add_format(wb);
        format_set_bold(subheading);
        format_set_font_size(subheading, 11);
        label = workbook_add_format(wb);
        format_set_bold(label);
        value = workbook_add_format(wb);
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xDDE8F0);
        format_set_border(header, LXW_BORDER_THIN);
        text = bordered(wb, false);
        textBold = bordered(wb, true);
        number = bordered(wb, false);
        numberBold = bordered(wb, true);
        percent = bordered(wb, false);
        format_set_num_format(percent, "0.0%");
        percentBold = bordered(wb, true);
        format_set_num_format(percentBold, "0.0%");
        note = workbook_add_format(wb);
        format_set_italic(note);
        format_set_font_color(note, 0x555555);
        signature = workbook_add_format(wb);
        format_set_align(signature, LXW_ALIGN_CENTER);
    }

    static lxw_format* bordered(lxw_workbook* wb, bool bold)
    {
        lxw_format* f = workbook_add_format(wb);
        format_set_border(f, LXW_BORDER_THIN);
        if (bold) {
            format_set_bold(f);
            format_set_bg_color(f, 0xF2F2F2);
        }
        return f;
    }
};

// One worksheet; remembers the first error of any write.
class Sheet {
public:
    Sheet(lxw_worksheet* ws, const Formats& f)
        : ws_(ws), f_(f)
    {
    }

    void text(lxw_row_t row, lxw_col_t col, const QString& s, lxw_format* format = nullptr)
    {
        if (s.isEmpty()) {
            if (format)
                check(worksheet_write_blank(ws_, row, col, format));
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        check(worksheet_write_string(ws_, row, col, utf8.constData(), format));
    }
    void number(lxw_row_t row, lxw_col_t col, double v, lxw_format* format)
    {
        check(worksheet_write_number(ws_, row, col, v, format));
    }
    // A percentage 0-100 as the fraction Excel formats with "0.0%"; blank when
    // there is no denominator.
    void percent(lxw_row_t row, lxw_col_t col, std::optional<double> p, lxw_format* format)
    {
        if (p)
            number(row, col, *p / 100.0, format);
        else
            check(worksheet_write_blank(ws_, row, col, format));
    }
    void cell(lxw_row_t row, lxw_col_t col, const Cell& c)
    {
        if (const auto* s = std::get_if<QString>(&c))
            text(row, col, *s);
        else if (const auto* d = std::get_if<double>(&c))
            number(row, col, *d, nullptr);
    }
    void merged(lxw_row_t row, lxw_col_t first, lxw_col_t last, const QString& s, lxw_format* format)
    {
        const QByteArray utf8 = s.toUtf8();
        check(worksheet_merge_range(ws_, row, first, row, last, utf8.constData(), format));
    }
    void width(lxw_col_t first, lxw_col_t last, double w)
    {
        check(worksheet_set_column(ws_, first, last, w, nullptr));
    }
    void headers(lxw_row_t row, lxw_col_t first, const QStringList& names)
    {
        // Two lines high: long headers wrap.
        check(worksheet_set_row(ws_, row, 30, nullptr));
        lxw_col_t c = first;
        for (const QString& n : names)
            text(row, c++, n, f_.header);
    }

    // A4 landscape, one page wide, the header rows repeated on every page,
    // the rows above `frozenRows` frozen on screen.
    void pageSetUp(lxw_row_t frozenRows, lxw_row_t firstHeaderRow)
    {
        worksheet_set_landscape(ws_);
        worksheet_set_paper(ws_, kPaperA4);
        worksheet_set_margins(ws_, 0.5, 0.5, 0.6, 0.6);
        worksheet_fit_to_pages(ws_, 1, 0);
        worksheet_freeze_panes(ws_, frozenRows, 0);
        check(worksheet_repeat_rows(ws_, firstHeaderRow, frozenRows - 1));
        check(worksheet_set_footer(ws_, "&LTumbuh&RHalaman &P dari &N"));
    }

    // The heading, the sheet's subject and the title block (rows 0-8).
    void titleBlock(const MonthlyReport& report, const QString& subject)
    {
        merged(0, 0, 6, reportHeading(report), f_.heading);
        merged(1, 0, 6, subject, f_.subheading);
        lxw_row_t row = 2;
        for (const TitleLine& line : report::titleBlock(report)) {
            text(row, 0, line.label, f_.label);
            merged(row, 1, 6, line.value, f_.value);
            ++row;
        }
    }

    // Who checked the numbers: kader, bidan desa, TPG; returns the next row.
    lxw_row_t signatures(lxw_row_t row, const std::array<lxw_col_t, 3>& columns)
    {
        const std::array<QString, 3> roles = {QStringLiteral("Kader posyandu"), QStringLiteral("Bidan desa"),
                                              QStringLiteral("Tenaga Pelaksana Gizi (TPG) puskesmas")};
        for (std::size_t i = 0; i < roles.size(); ++i) {
            const lxw_col_t c = columns[i];
            merged(row, c, c + 2, roles[i], f_.signature);
            merged(row + 4, c, c + 2, QStringLiteral("(................................................)"),
                   f_.signature);
            merged(row + 5, c, c + 2, QStringLiteral("nama dan tanda tangan"), f_.note);
        }
        return row + 6;
    }

    lxw_worksheet* raw() const { return ws_; }
    lxw_error error() const { return error_; }

private:
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR)
            error_ = e;
    }

    lxw_worksheet* ws_;
    const Formats& f_;
    lxw_error error_ = LXW_NO_ERROR;
};

lxw_col_t col(int c) { return static_cast<lxw_col_t>(c); }

double count(int n) { return static_cast<double>(n); }

// ------------------------------------------------------------ F1 SKDN

void writeSkdn(Sheet& sh, const Formats& f, const MonthlyReport& report)
{
    sh.titleBlock(report, QStringLiteral("F1 / SKDN — catatan bulanan kegiatan penimbangan"));
    sh.headers(kHeaderRow, 0,
               {QStringLiteral("Posyandu"), QStringLiteral("Kelompok umur"), QStringLiteral("Jenis kelamin"),
                QStringLiteral("S"), QStringLiteral("K"), QStringLiteral("D"), QStringLiteral("N"), QStringLiteral("T"),
                QStringLiteral("O"), QStringLiteral("B"), QStringLiteral("K−D (tidak hadir)"), QStringLiteral("2T"),
                QStringLiteral("BGM")});
    sh.width(0, 0, 24);
    sh.width(1, 2, 13);
    sh.width(3, 12, 8);
    sh.width(10, 10, 11);
    sh.width(13, 13, 3);

    lxw_row_t row = kHeaderRow + 1;
    for (const ReportBlock& block : reportBlocks(report)) {
        const QString name = blockName(*block.report, block.isTotal);
        for (int g = 0; g < kAgeGroupCount; ++g) {
            for (int s = 0; s < kSexColumnCount; ++s) {
                const bool bold = kAgeGroups[static_cast<std::size_t>(g)] == AgeGroup::Total
                               || kSexColumns[static_cast<std::size_t>(s)] == SexColumn::Total;
                lxw_format* tf = bold ? f.textBold : f.text;
                lxw_format* nf = bold ? f.numberBold : f.number;
                const SkdnCell& c = block.report->skdn[static_cast<std::size_t>(g)][static_cast<std::size_t>(s)];
                sh.text(row, 0, name, tf);
                sh.text(row, 1, ageGroupLabel(kAgeGroups[static_cast<std::size_t>(g)]), tf);
                sh.text(row, 2, sexLabel(kSexColumns[static_cast<std::size_t>(s)]), tf);
                const std::array<int, 10> values = {c.s, c.k, c.d, c.n, c.t, c.o, c.b, c.notPresent(), c.twoT, c.bgm};
                for (std::size_t i = 0; i < values.size(); ++i)
                    sh.number(row, col(3 + static_cast<int>(i)), count(values[i]), nf);
                ++row;
            }
        }
    }

    // The ratios of the whole scope, beside the table.
    const lxw_col_t rc = 14;
    sh.headers(kHeaderRow, rc,
               {QStringLiteral("Rasio"), QStringLiteral("Arti"), QStringLiteral("Pembilang"), QStringLiteral("Penyebut"),
                QStringLiteral("Persentase")});
    sh.width(rc, rc, 8);
    sh.width(rc + 1, rc + 1, 34);
    sh.width(rc + 2, rc + 4, 11);
    lxw_row_t rr = kHeaderRow + 1;
    for (const RatioRow& r : ratioRows(report.total.ratios)) {
        sh.text(rr, rc, r.name, f.textBold);
        sh.text(rr, rc + 1, r.meaning, f.text);
        sh.number(rr, rc + 2, count(r.ratio.numerator), f.number);
        sh.number(rr, rc + 3, count(r.ratio.denominator), f.number);
        sh.percent(rr, rc + 4, r.ratio.percent(), f.percent);
        ++rr;
    }
    sh.text(rr + 1, rc, QStringLiteral("Target K/S, D/S, D/K, N/D dan N/S: 80 %."), f.note);

    // Each posyandu's ratios under the table when there are several.
    row += 1;
    if (report.posyandu.size() > 1) {
        sh.text(row++, 0, QStringLiteral("Rasio per posyandu"), f.subheading);
        QStringList names{QStringLiteral("Posyandu")};
        for (const RatioRow& r : ratioRows(report.total.ratios))
            names << r.name;
        sh.headers(row++, 0, names);
        for (const ReportBlock& block : reportBlocks(report)) {
            sh.text(row, 0, blockName(*block.report, block.isTotal), block.isTotal ? f.textBold : f.text);
            lxw_col_t c = 1;
            for (const RatioRow& r : ratioRows(block.report->ratios))
                sh.percent(row, c++, r.ratio.percent(), block.isTotal ? f.percentBold : f.percent);
            ++row;
        }
        row += 1;
    }

    const std::array<QString, 11> legend = {
        QStringLiteral("S = jumlah semua balita (0–59 bulan) yang ada di posyandu bulan ini"),
        QStringLiteral("K = jumlah balita yang terdaftar dan mempunyai KMS (Buku KIA) bulan ini"),
        QStringLiteral("D = jumlah balita yang ditimbang bulan ini (N + T + O + B)"),
        QStringLiteral("N = berat badan naik; T = tidak naik (tetap atau turun)"),
        QStringLiteral("O = ditimbang bulan ini tetapi tidak ditimbang bulan lalu"),
        QStringLiteral("B = baru pertama kali hadir di penimbangan bulan ini"),
        QStringLiteral("K−D = balita yang tidak hadir bulan ini"),
        QStringLiteral("2T = dua kali berturut-turut tidak naik; BGM = di bawah garis merah (BB/U)"),
        QStringLiteral("Umur S dan K: umur pada akhir bulan; umur D, N, T, O, B, 2T, BGM: umur pada hari penimbangan "
                       "terakhir bulan ini."),
        QStringLiteral("Bila anak ditimbang dua kali dalam sebulan, penimbangan terakhir yang dihitung."),
        QStringLiteral("Sumber: register posyandu dalam Tumbuh."),
    };
    for (const QString& line : legend)
        sh.text(row++, 0, line, f.note);
    sh.signatures(row + 1, {0, 4, 8});
    sh.pageSetUp(kHeaderRow + 1, kHeaderRow);
}

// ------------------------------------------------------------ Status gizi

void writeStatus(Sheet& sh, const Formats& f, const MonthlyReport& report)
{
    sh.titleBlock(report, QStringLiteral("Status gizi balita (Permenkes No. 2 Tahun 2020)"));
    // Two header rows: the age groups over L, P, L+P.
    sh.text(kHeaderRow, 0, QStringLiteral("Posyandu"), f.header);
    sh.text(kHeaderRow, 1, QStringLiteral("Indeks"), f.header);
    sh.text(kHeaderRow, 2, QStringLiteral("Kategori"), f.header);
    sh.text(kHeaderRow + 1, 0, QString(), f.header);
    sh.text(kHeaderRow + 1, 1, QString(), f.header);
    sh.text(kHeaderRow + 1, 2, QString(), f.header);
    for (int g = 0; g < kAgeGroupCount; ++g) {
        const lxw_col_t first = col(3 + g * kSexColumnCount);
        sh.merged(kHeaderRow, first, first + 2, ageGroupLabel(kAgeGroups[static_cast<std::size_t>(g)]), f.header);
        for (int s = 0; s < kSexColumnCount; ++s)
            sh.text(kHeaderRow + 1, first + col(s), sexLabel(kSexColumns[static_cast<std::size_t>(s)]), f.header);
    }
    sh.width(0, 0, 24);
    sh.width(1, 1, 9);
    sh.width(2, 2, 34);
    sh.width(3, 17, 7);

    lxw_row_t row = kHeaderRow + 2;
    auto gridRow = [&](const QString& name, const QString& index, const QString& label, const AgeSexGrid<int>& grid,
                       bool bold) {
        lxw_format* tf = bold ? f.textBold : f.text;
        sh.text(row, 0, name, tf);
        sh.text(row, 1, index, tf);
        sh.text(row, 2, label, tf);
        for (int g = 0; g < kAgeGroupCount; ++g)
            for (int s = 0; s < kSexColumnCount; ++s)
                sh.number(row, col(3 + g * kSexColumnCount + s),
                          count(grid[static_cast<std::size_t>(g)][static_cast<std::size_t>(s)]),
                          bold ? f.numberBold : f.number);
        ++row;
    };
    for (const ReportBlock& block : reportBlocks(report)) {
        const QString name = blockName(*block.report, block.isTotal);
        for (const StatusTable& table : block.report->status) {
            const QString index = statusIndexKey(table.index);
            for (std::size_t i = 0; i < table.categories.size() && i < table.counts.size(); ++i) {
                const std::string_view l = growth::labelId(table.categories[i]);
                gridRow(name, index, QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size())), table.counts[i],
                        false);
            }
            gridRow(name, index, QStringLiteral("Jumlah dengan z-score (penyebut)"), table.denominator, true);
            gridRow(name, index, QStringLiteral("Z-score tidak wajar (tidak dihitung)"), table.flagged, false);
        }
    }

    // The prevalences with their 95 % intervals.
    row += 1;
    sh.text(row++, 0, QStringLiteral("Prevalensi masalah gizi dengan interval kepercayaan 95 % (Wilson)"),
            f.subheading);
    sh.headers(row++, 0,
               {QStringLiteral("Posyandu"), QStringLiteral("Masalah gizi"), QStringLiteral("Kasus"),
                QStringLiteral("Penyebut"), QStringLiteral("Prevalensi"), QStringLiteral("IK 95 % bawah"),
                QStringLiteral("IK 95 % atas"), QStringLiteral("Dibaca")});
    for (const ReportBlock& block : reportBlocks(report)) {
        for (const PrevalenceRow& p : prevalenceRows(block.report->prevalences)) {
            const bool has = p.prevalence.denominator > 0;
            lxw_format* tf = block.isTotal ? f.textBold : f.text;
            sh.text(row, 0, blockName(*block.report, block.isTotal), tf);
            sh.text(row, 1, p.name, tf);
            sh.number(row, 2, count(p.prevalence.cases), block.isTotal ? f.numberBold : f.number);
            sh.number(row, 3, count(p.prevalence.denominator), block.isTotal ? f.numberBold : f.number);
            lxw_format* pf = block.isTotal ? f.percentBold : f.percent;
            sh.percent(row, 4, p.prevalence.percent(), pf);
            sh.percent(row, 5, has ? std::optional<double>(p.prevalence.ci.low * 100.0) : std::nullopt, pf);
            sh.percent(row, 6, has ? std::optional<double>(p.prevalence.ci.high * 100.0) : std::nullopt, pf);
            sh.text(row, 7, prevalenceText(p.prevalence), tf);
            ++row;
        }
    }
    sh.text(row + 1, 0,
            QStringLiteral("Pada posyandu kecil intervalnya lebar: satu angka prevalensi saja belum cukup untuk "
                           "menilai."),
            f.note);
    sh.signatures(row + 3, {0, 4, 8});
    sh.pageSetUp(kHeaderRow + 2, kHeaderRow);
}

// ------------------------------------------------------------ Rujukan

void writeReferrals(Sheet& sh, const Formats& f, const MonthlyReport& report)
{
    sh.titleBlock(report, QStringLiteral("Rujukan dan konseling bulan ini"));
    sh.headers(kHeaderRow, 0,
               {QStringLiteral("Posyandu"), QStringLiteral("Rujukan dibuat"), QStringLiteral("Tiba di fasilitas"),
                QStringLiteral("Selesai"), QStringLiteral("Tidak datang"), QStringLiteral("Terlambat"),
                QStringLiteral("Sesi konseling")});
    sh.width(0, 0, 24);
    sh.width(1, 6, 13);
    lxw_row_t row = kHeaderRow + 1;
    for (const ReportBlock& block : reportBlocks(report)) {
        const ReferralCounts& r = block.report->referrals;
        lxw_format* nf = block.isTotal ? f.numberBold : f.number;
        sh.text(row, 0, blockName(*block.report, block.isTotal), block.isTotal ? f.textBold : f.text);
        const std::array<int, 6> values = {r.made, r.arrived, r.completed, r.noShow, r.overdue, r.counselling};
        for (std::size_t i = 0; i < values.size(); ++i)
            sh.number(row, col(1 + static_cast<int>(i)), count(values[i]), nf);
        ++row;
    }
    sh.text(row + 1, 0,
            QStringLiteral("Terlambat = masih dirujuk pada akhir bulan dan tanggal tindak lanjutnya sudah lewat."),
            f.note);
    sh.signatures(row + 3, {0, 3, 6});
    sh.pageSetUp(kHeaderRow + 1, kHeaderRow);
}

// ------------------------------------------------------------ Daftar anak

void writeDaftarAnak(Sheet& sh, const MonthlyReport& report)
{
    const QString note = daftarAnakNote(report);
    if (!report.daftarAnakShown) {
        // Not for this role: no header, no names, the reason on the sheet.
        sh.text(0, 0, note);
        sh.width(0, 0, 90);
        sh.pageSetUp(1, 0);
        return;
    }
    const QStringList& headers = daftarAnakHeaders();
    sh.headers(0, 0, headers);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString& h = headers[i];
        const double w = h == QStringLiteral("Nama") || h == QStringLiteral("Nama Ortu") ? 24
                       : h == QStringLiteral("Alamat")                                   ? 30
                       : h == QStringLiteral("NIK")                                      ? 18
                       : h.startsWith(QStringLiteral("ZS")) || h.size() <= 3             ? 8
                                                                                         : 14;
        sh.width(col(static_cast<int>(i)), col(static_cast<int>(i)), w);
    }
    lxw_row_t row = 1;
    for (const DaftarAnakRow& r : report.daftarAnak) {
        for (std::size_t c = 0; c < r.cells.size(); ++c)
            sh.cell(row, col(static_cast<int>(c)), r.cells[c]);
        ++row;
    }
    if (headers.size() > 0)
        worksheet_autofilter(sh.raw(), 0, 0, row - 1, col(static_cast<int>(headers.size() - 1)));
    // How many children the list leaves out for want of consent: a row under
    // the list, outside the filter.
    if (!note.isEmpty())
        sh.text(row + 1, 0, note);
    sh.pageSetUp(1, 0);
}

// ------------------------------------------------------------ Tren

void writeTrend(Sheet& sh, const Formats& f, const MonthlyReport& report)
{
    sh.titleBlock(report, QStringLiteral("Tren 12 bulan terakhir"));
    sh.headers(kHeaderRow, 0,
               {QStringLiteral("Posyandu"), QStringLiteral("Bulan"), QStringLiteral("S"), QStringLiteral("D"),
                QStringLiteral("D/S"), QStringLiteral("N"), QStringLiteral("N/D"), QStringLiteral("Stunting"),
                QStringLiteral("Wasting"), QStringLiteral("Underweight"), QStringLiteral("Overweight")});
    sh.width(0, 0, 24);
    sh.width(1, 1, 15);
    sh.width(2, 10, 11);
    lxw_row_t row = kHeaderRow + 1;
    for (const ReportBlock& block : reportBlocks(report)) {
        const QString name = blockName(*block.report, block.isTotal);
        for (const TrendPoint& t : block.report->trend) {
            lxw_format* tf = block.isTotal ? f.textBold : f.text;
            lxw_format* nf = block.isTotal ? f.numberBold : f.number;
            lxw_format* pf = block.isTotal ? f.percentBold : f.percent;
            sh.text(row, 0, name, tf);
            sh.text(row, 1, monthText(t.month), tf);
            sh.number(row, 2, count(t.ds.denominator), nf);
            sh.number(row, 3, count(t.ds.numerator), nf);
            sh.percent(row, 4, t.ds.percent(), pf);
            sh.number(row, 5, count(t.nd.numerator), nf);
            sh.percent(row, 6, t.nd.percent(), pf);
            sh.percent(row, 7, t.prevalences.stunting.percent(), pf);
            sh.percent(row, 8, t.prevalences.wasting.percent(), pf);
            sh.percent(row, 9, t.prevalences.underweight.percent(), pf);
            sh.percent(row, 10, t.prevalences.overweight.percent(), pf);
            ++row;
        }
    }
    sh.pageSetUp(kHeaderRow + 1, kHeaderRow);
}

QString failure(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("tumbuh::report", "The spreadsheet %1 could not be written: %2.")
        .arg(path, reason);
}

} // namespace

bool writeMonthlyXlsx(const MonthlyReport& report, const QString& path, QString* error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* wb = workbook_new(file.constData());
    if (!wb) {
        if (error)
            *error = failure(path, QCoreApplication::translate("tumbuh::report", "the file cannot be created"));
        return false;
    }
    const Formats formats(wb);
    lxw_doc_properties properties = {};
    const QByteArray title = (reportHeading(report) + QStringLiteral(" — ") + monthText(report.month)).toUtf8();
    const QByteArray author = report.madeBy.toUtf8();
    properties.title = const_cast<char*>(title.constData());
    properties.author = const_cast<char*>(author.constData());
    properties.comments = const_cast<char*>("Tumbuh");
    workbook_set_properties(wb, &properties);

    std::vector<lxw_error> errors;
    auto sheet = [&](const char* name) { return Sheet(workbook_add_worksheet(wb, name), formats); };
    {
        Sheet s = sheet("F1 SKDN");
        writeSkdn(s, formats, report);
        worksheet_activate(s.raw());
        errors.push_back(s.error());
    }
    {
        Sheet s = sheet("Status gizi");
        writeStatus(s, formats, report);
        errors.push_back(s.error());
    }
    {
        Sheet s = sheet("Rujukan");
        writeReferrals(s, formats, report);
        errors.push_back(s.error());
    }
    {
        Sheet s = sheet("Daftar anak");
        writeDaftarAnak(s, report);
        errors.push_back(s.error());
    }
    {
        Sheet s = sheet("Tren");
        writeTrend(s, formats, report);
        errors.push_back(s.error());
    }

    // workbook_close writes the file and frees the workbook, whatever happened.
    const lxw_error closed = workbook_close(wb);
    lxw_error first = LXW_NO_ERROR;
    for (const lxw_error e : errors)
        if (e != LXW_NO_ERROR && first == LXW_NO_ERROR)
            first = e;
    if (first == LXW_NO_ERROR)
        first = closed;
    if (first != LXW_NO_ERROR) {
        QFile::remove(path);
        if (error)
            *error = failure(path, QString::fromUtf8(lxw_strerror(first)));
        return false;
    }
    return true;
}

} // namespace tumbuh::report
