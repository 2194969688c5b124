// bench_monthlyfiles: the monthly report's files for a whole city.
//
//   bench_monthlyfiles [--db FILE] [--month YYYY-MM] [--posyandu NAME] [-o DIR]
//
// Without --db it makes the demo city (50,000 children, 18 months) in a
// temporary folder with tumbuh-cli's generator. It loads the month
// (records::MonthlyLoader), counts (computeMonthlyReport), then writes the
// workbook and the PDF and prints the seconds of each step. With -o the files
// are kept in DIR (laporan.xlsx, laporan.pdf). Figures only: nothing is
// asserted (a shared machine is not a stopwatch).
#include "records/namedpolicy.h"
#include "records/demo/demogenerator.h"
#include "records/monthly/monthlyloader.h"
#include "report/monthly/monthlypdf.h"
#include "report/monthly/monthlyreport.h"
#include "report/monthly/monthlyxlsx.h"
#include "store/database.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace {

double seconds(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e9; }

// The process's CPU seconds: on a shared machine the wall clock also counts
// the other programs' turns.
double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_monthlyfiles: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QString dbPath;
    QString outDir;
    QStringList posyandu;
    QString monthText;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--db"))
            dbPath = args[i + 1];
        else if (args[i] == QStringLiteral("--month"))
            monthText = args[i + 1];
        else if (args[i] == QStringLiteral("--posyandu"))
            posyandu << args[i + 1];
        else if (args[i] == QStringLiteral("-o"))
            outDir = args[i + 1];
        else
            return fail(QStringLiteral("unknown argument %1").arg(args[i]));
    }

    QTemporaryDir temp;
    if (dbPath.isEmpty()) {
        dbPath = temp.filePath(QStringLiteral("city.db"));
        QElapsedTimer t;
        t.start();
        auto made = tumbuh::records::generateDemo(dbPath);
        if (!made)
            return fail(made.error().message);
        std::printf("demo city made in %.1f s\n", seconds(t));
    }
    tumbuh::store::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = tumbuh::store::Database::open(dbPath, readOnly);
    if (!db)
        return fail(db.error().message);

    std::chrono::year_month month;
    if (monthText.isEmpty()) {
        // The last whole month the file has.
        const QDate d = QDate::currentDate().addMonths(-1);
        month = std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())};
    } else {
        const QDate d = QDate::fromString(monthText + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid())
            return fail(QStringLiteral("--month is YYYY-MM"));
        month = std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())};
    }

    QElapsedTimer t;
    t.start();
    auto user = tumbuh::store::signedInAs(**db, 0); // the program itself: the whole report
    auto policy = tumbuh::records::NamedPolicy::make(**db, *user, false);
    auto input = tumbuh::records::MonthlyLoader(**db, *policy).load(month, posyandu);
    if (!input)
        return fail(input.error().message);
    const double load = seconds(t);
    t.restart();
    const tumbuh::report::MonthlyReport report = tumbuh::report::computeMonthlyReport(*input);
    const double count = seconds(t);

    QTemporaryDir filesTemp;
    const QString dir = outDir.isEmpty() ? filesTemp.path() : outDir;
    QDir().mkpath(dir);
    const QString xlsx = QDir(dir).filePath(QStringLiteral("laporan.xlsx"));
    const QString pdf = QDir(dir).filePath(QStringLiteral("laporan.pdf"));
    QString error;
    t.restart();
    double cpu = cpuSeconds();
    if (!tumbuh::report::writeMonthlyXlsx(report, xlsx, &error))
        return fail(error);
    const double xlsxSeconds = seconds(t);
    const double xlsxCpu = cpuSeconds() - cpu;
    t.restart();
    cpu = cpuSeconds();
    if (!tumbuh::report::writeMonthlyPdf(report, pdf, &error))
        return fail(error);
    const double pdfSeconds = seconds(t);
    const double pdfCpu = cpuSeconds() - cpu;

    std::printf("scope: %zu posyandu, %zu children in the input, %zu rows in the by-name list\n",
                report.posyandu.size(), input->children.size(), report.daftarAnak.size());
    std::printf("load %.3f s, count %.3f s\n", load, count);
    std::printf("xlsx %.3f s wall, %.3f s CPU (%lld bytes)  [issue 11: city xlsx <= 5 s]\n", xlsxSeconds, xlsxCpu,
                static_cast<long long>(QFileInfo(xlsx).size()));
    std::printf("pdf  %.3f s wall, %.3f s CPU (%d pages, %lld bytes)\n", pdfSeconds, pdfCpu,
                tumbuh::report::monthlyPageCount(report), static_cast<long long>(QFileInfo(pdf).size()));
    return 0;
}
