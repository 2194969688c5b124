// bench_import [--dir DIR] [--children N] [--visits V] [--runs R] [--inline] [--reuse] [--csv-only]
//
// e-PPGBM's "Daftar Anak Berdasarkan Status Gizi" as an .xlsx, imported:
//   1. makes N children (default 20,000) with V weighings each (default 5):
//      N x V rows with every e-PPGBM column (invented names and NIKs);
//   2. writes them as a CSV (';', decimal comma, dd/mm/yyyy: the baseline)
//      and as an .xlsx with libxlsxwriter (shared strings, dates as
//      date-formatted serials, numbers as numbers; --inline: libxlsxwriter's
//      constant-memory mode, which writes inline strings);
//   3. reads each file only (what the importer's reading thread does, which
//      overlaps the writing on a machine with two free cores);
//   4. imports each into an empty database, R times (default 2): the first
//      run of the process ("cold": libraries and code not yet warm; the file
//      itself was just written, so it is in the page cache) and the next.
// Wall and CPU time, rows per second and the xlsx/csv ratio are printed. A
// shared machine is no stopwatch: figures only, never an assertion.
// --csv-only: no .xlsx is written, read or imported (the database side of
// the import alone, e.g. under callgrind).
#include "records/import/csvimporter.h"
#include "records/import/importsource.h"
#include "store/database.h"
#include "store/i18n.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <sys/resource.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tumbuh::store;
using namespace tumbuh::records;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_import: %s\n", message.toUtf8().constData());
    std::exit(2);
}

template <typename R>
auto take(R&& r)
{
    if (!r.ok())
        die(r.error().message);
    return std::move(r).value();
}

const std::array<const char*, 35> kColumns{
    "NIK", "Nama", "JK", "Tgl Lahir", "BB Lahir", "TB Lahir", "Nama Ortu", "Prov", "Kab/Kota", "Kec", "Pukesmas", "Desa/Kel",
    "Posyandu", "RT", "RW", "Alamat", "Usia Saat Ukur", "Tanggal Pengukuran", "Bulan Pengukuran", "Berat", "Tinggi",
    "Cara Ukur", "LiLA", "BB/U", "ZS BB/U", "TB/U", "ZS TB/U", "BB/TB", "ZS BB/TB", "Naik Berat Badan",
    "PMT Diterima (kg)", "Jml Vit A", "KPSP", "KIA", "Detail"};

enum class Kind { Text,
                  Number,
                  Date };

// One cell: its text as the CSV writes it, and what the .xlsx stores.
struct Cell {
    Kind kind = Kind::Text;
    std::string text; // CSV: decimal comma, dd/mm/yyyy
    double number = 0;
    QDate date;
};

class Rows {
public:
    Rows(int children, int visits) : children_(children), visits_(visits) { }
    long long count() const { return static_cast<long long>(children_) * visits_; }

    // Row `i` (child i / visits, visit i % visits).
    void row(long long i, std::array<Cell, 35>& out)
    {
        const int child = static_cast<int>(i / visits_);
        const int visit = static_cast<int>(i % visits_);
        seed_ = static_cast<quint64>(child) * 2654435761u + 12345u;
        static const char* const first[] = {"Ayu", "Budi", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hadi", "Intan", "Joko",
                                            "Kirana", "Lestari", "Made", "Nur", "Putri", "Rizki", "Sari", "Tono", "Wulan", "Yusuf"};
        static const char* const last[] = {"Pratama", "Saputra", "Lestari", "Wijaya", "Kurniawan", "Hidayat", "Santoso",
                                           "Rahma", "Putri", "Maharani", "Siregar", "Nasution", "Lubis", "Harahap", "Daulay"};
        static const char* const flower[] = {"Mawar", "Melati", "Anggrek", "Kenanga", "Dahlia", "Cempaka", "Teratai", "Tulip",
                                             "Kamboja", "Flamboyan"};
        const bool girl = next(2) == 0;
        const QDate born = QDate(2019, 9, 1).addDays(next(1500));
        const QDate measured = QDate(2024, 1, 10).addMonths(visit).addDays(next(20));
        const int posyandu = child % 50;
        const double months = static_cast<double>(born.daysTo(measured)) / 30.4375;
        const double weight = (months <= 6 ? 3.3 + 0.6 * months : months <= 24 ? 6.9 + 0.25 * (months - 6)
                                                                               : 11.4 + 0.17 * (months - 24))
                            + static_cast<double>(next(11)) / 10.0 - 0.5;
        const double length = (months <= 6 ? 50 + 2.9 * months : months <= 12 ? 67.4 + 1.3 * (months - 6)
                                                             : months <= 24   ? 75.2 + 1.0 * (months - 12)
                                                                              : 87.2 + 0.65 * (months - 24))
                            + static_cast<double>(next(21)) / 10.0 - 1.0;
        auto text = [](std::string t) { return Cell{Kind::Text, std::move(t), 0, {}}; };
        auto number = [](double v, int decimals) {
            char b[32];
            std::snprintf(b, sizeof b, "%.*f", decimals, v);
            std::string t(b);
            for (char& c : t) {
                if (c == '.')
                    c = ',';
            }
            return Cell{Kind::Number, t, std::stod(b), {}};
        };
        auto date = [](const QDate& d) { return Cell{Kind::Date, d.toString(QStringLiteral("dd/MM/yyyy")).toStdString(), 0, d}; };
        char nik[32];
        // PP KK CC DDMMYY NNNN, unique: CC and NNNN number the child.
        std::snprintf(nik, sizeof nik, "6479%02d%02d%02d%02d%04d", 1 + child / 10000, born.day() + (girl ? 40 : 0), born.month(),
                      born.year() % 100, child % 10000);
        const std::string desa = std::string("Desa ") + flower[posyandu % 10] + " " + std::to_string(posyandu / 10 + 1);
        const int ageDays = static_cast<int>(born.daysTo(measured));
        out = {text(nik),
               text(std::string(first[child % 20]) + " " + last[(child / 20) % 15] + " " + first[(child / 300) % 20]),
               text(girl ? "P" : "L"),
               date(born),
               number(2.6 + static_cast<double>(next(15)) / 10.0, 1),
               number(46 + static_cast<double>(next(60)) / 10.0, 1),
               text(std::string(first[(child + 7) % 20]) + " " + last[(child / 3) % 15]),
               text("Kalimantan Timur"),
               text("Kota Contoh"),
               text("Kecamatan " + std::to_string(posyandu / 10 + 1)),
               text("Puskesmas " + std::to_string(posyandu / 10 + 1)),
               text(desa),
               text(std::string("Posyandu ") + flower[posyandu % 10] + " " + std::to_string(posyandu / 10 + 1)),
               text("00" + std::to_string(1 + child % 9)),
               text("00" + std::to_string(1 + posyandu % 5)),
               text("Jl. " + std::string(flower[(child / 7) % 10]) + " No. " + std::to_string(1 + child % 97)),
               text(std::to_string(ageDays / 365) + " Tahun - " + std::to_string((ageDays % 365) / 30) + " Bulan - "
                    + std::to_string((ageDays % 365) % 30) + " Hari"),
               date(measured),
               text(measured.toString(QStringLiteral("MMMM")).toStdString()),
               number(weight, 2),
               number(length, 1),
               text(months < 24 ? "Terlentang" : "Berdiri"),
               number(13.5 + static_cast<double>(next(25)) / 10.0, 1),
               text("Gizi Baik"),
               number(static_cast<double>(next(40)) / 10.0 - 2.0, 2),
               text("Normal"),
               number(static_cast<double>(next(40)) / 10.0 - 2.0, 2),
               text("Gizi Baik"),
               number(static_cast<double>(next(40)) / 10.0 - 2.0, 2),
               text(visit == 0 ? "B" : "N"),
               number(0, 1),
               number(static_cast<double>(next(3)), 0),
               text("Sesuai"),
               text("Ya"),
               text("Lihat")};
    }

private:
    int next(int n)
    {
        seed_ = seed_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((seed_ >> 33) % static_cast<quint64>(n));
    }

    int children_;
    int visits_;
    quint64 seed_ = 1;
};

void writeCsv(Rows& rows, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(path));
    std::string out;
    for (std::size_t c = 0; c < kColumns.size(); ++c)
        out += std::string(c == 0 ? "" : ";") + kColumns[c];
    out += '\n';
    std::array<Cell, 35> cells;
    for (long long i = 0; i < rows.count(); ++i) {
        rows.row(i, cells);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c > 0)
                out += ';';
            out += cells[c].text;
        }
        out += '\n';
        if (out.size() > (std::size_t{4} << 20)) {
            f.write(out.data(), static_cast<qint64>(out.size()));
            out.clear();
        }
    }
    f.write(out.data(), static_cast<qint64>(out.size()));
}

void writeXlsx(Rows& rows, const QString& path, bool inlineStrings)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (wb == nullptr)
        die(QStringLiteral("cannot write %1").arg(path));
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Daftar Anak Status Gizi");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_write_string(ws, 0, 0, "DAFTAR ANAK BERDASARKAN STATUS GIZI", nullptr);
    worksheet_write_string(ws, 1, 0, "Kota Contoh - Januari-Mei 2024", nullptr);
    for (std::size_t c = 0; c < kColumns.size(); ++c)
        worksheet_write_string(ws, 3, static_cast<lxw_col_t>(c), kColumns[c], nullptr);
    std::array<Cell, 35> cells;
    for (long long i = 0; i < rows.count(); ++i) {
        rows.row(i, cells);
        const auto r = static_cast<lxw_row_t>(i + 4);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const Cell& cell = cells[c];
            const auto cc = static_cast<lxw_col_t>(c);
            if (cell.kind == Kind::Number) {
                worksheet_write_number(ws, r, cc, cell.number, nullptr);
            } else if (cell.kind == Kind::Date) {
                lxw_datetime dt{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
                worksheet_write_datetime(ws, r, cc, &dt, date);
            } else {
                worksheet_write_string(ws, r, cc, cell.text.c_str(), nullptr);
            }
        }
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        die(QStringLiteral("cannot close %1").arg(path));
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

// Only the reading (what the importer's second thread does, less the
// parsing of values): the file opened, its header found, every row read.
Timing readOnly(const QString& file, const char* label)
{
    const double cpu = cpuSeconds();
    QElapsedTimer t;
    t.start();
    ImportSource source = take(ImportSource::open(file, {}));
    long long rows = 0;
    long long bytes = 0;
    while (source.rows->next()) {
        ++rows;
        for (const std::string_view c : source.rows->fields())
            bytes += static_cast<long long>(c.size());
    }
    if (source.rows->failed())
        die(source.rows->errorMessage());
    Timing out{static_cast<double>(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu};
    std::printf("read   %-5s only: %lld rows, %lld bytes of cells: wall %6.2f s  cpu %6.2f s  %8.0f rows/s\n", label, rows, bytes,
                out.wall, out.cpu, static_cast<double>(rows) / out.wall);
    std::fflush(stdout);
    return out;
}

Timing importInto(const QDir& dir, const QString& file, const char* label, int run, long long expectedRows)
{
    const QString db = dir.filePath(QStringLiteral("import-%1-%2.db").arg(QString::fromLatin1(label)).arg(run));
    QFile::remove(db);
    auto database = take(Database::open(db));
    const double cpu = cpuSeconds();
    QElapsedTimer t;
    t.start();
    const ImportReport r = take(CsvImporter(*database, {}).run(file));
    Timing out{static_cast<double>(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu};
    if (r.rows != expectedRows || r.rejectedRows != 0 || !r.committed) {
        die(QStringLiteral("%1: %2 rows read, %3 rejected (first: %4)")
                .arg(QString::fromLatin1(label))
                .arg(r.rows)
                .arg(r.rejectedRows)
                .arg(r.rejected.empty() ? QString() : r.rejected.front().text.en));
    }
    std::printf("import %-5s run %d (%s)  %lld rows, %lld children, %lld measurements: wall %6.2f s  cpu %6.2f s  %8.0f rows/s\n",
                label, run, run == 1 ? "cold" : "warm", r.rows, r.children.added, r.measurements.added, out.wall, out.cpu,
                static_cast<double>(r.rows) / out.wall);
    std::fflush(stdout);
    database.reset();
    QFile::remove(db);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installTranslator(app, QStringLiteral("en"));
    QString dir;
    int children = 20000;
    int visits = 5;
    int runs = 2;
    bool inlineStrings = false;
    bool reuse = false; // keep the files of an earlier run in --dir
    bool csvOnly = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == u"--dir")
            dir = next();
        else if (a == u"--children")
            children = next().toInt();
        else if (a == u"--visits")
            visits = next().toInt();
        else if (a == u"--runs")
            runs = next().toInt();
        else if (a == u"--inline")
            inlineStrings = true;
        else if (a == u"--reuse")
            reuse = true;
        else if (a == u"--csv-only")
            csvOnly = true;
        else
            die(QStringLiteral("unknown argument %1").arg(a));
    }
    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    QDir().mkpath(dir);
    const QDir d(dir);
    Rows rows(children, visits);
    const QString csv = d.filePath(QStringLiteral("daftar.csv"));
    const QString xlsx = d.filePath(QStringLiteral("daftar.xlsx"));
    if (!reuse || !QFileInfo::exists(csv) || (!csvOnly && !QFileInfo::exists(xlsx))) {
        QElapsedTimer t;
        t.start();
        writeCsv(rows, csv);
        std::printf("wrote %s: %lld rows, %.1f MB, %.2f s\n", qPrintable(csv), rows.count(),
                    static_cast<double>(QFileInfo(csv).size()) / 1048576.0, static_cast<double>(t.elapsed()) / 1000.0);
        if (!csvOnly) {
            t.restart();
            writeXlsx(rows, xlsx, inlineStrings);
            std::printf("wrote %s (%s strings): %.1f MB, %.2f s\n", qPrintable(xlsx), inlineStrings ? "inline" : "shared",
                        static_cast<double>(QFileInfo(xlsx).size()) / 1048576.0, static_cast<double>(t.elapsed()) / 1000.0);
        }
        std::fflush(stdout);
    }
    readOnly(csv, "csv");
    if (!csvOnly)
        readOnly(xlsx, "xlsx");
    for (int run = 1; run <= runs; ++run) {
        const Timing c = importInto(d, csv, "csv", run, rows.count());
        if (csvOnly)
            continue;
        const Timing x = importInto(d, xlsx, "xlsx", run, rows.count());
        std::printf("run %d: xlsx/csv wall ratio %.2f, cpu ratio %.2f\n", run, x.wall / c.wall, x.cpu / c.cpu);
    }
    return 0;
}
