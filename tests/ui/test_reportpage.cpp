// The "Laporan" page on real files: a demo file counted in the background
// shows the same S and D as MonthlyLoader + computeMonthlyReport run here,
// its models pass QAbstractItemModelTester, Ctrl+5 opens it, the buttons
// write the Excel, CSV and PDF files through a chooser the test sets (and
// never over the database), and `tumbuh --page report --screenshot` works.
#include "uifixture.h"

#include "records/demo/demogenerator.h"
#include "records/monthly/monthlyloader.h"
#include "report/monthly/monthlyreport.h"
#include "store/database.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/report/reportpage.h"
#include "ui/report/reporttablemodel.h"
#include "ui/settings/appsettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <memory>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// A demo file of 300 children in three posyandu (synthetic names and NIKs).
struct DemoFile {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Database> db;

    DemoFile()
    {
        BOOST_REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.db"));
        records::DemoOptions options;
        options.children = 300;
        options.months = 14;
        auto made = records::generateDemo(path, options);
        BOOST_REQUIRE_MESSAGE(made, test::why(made));
        auto opened = store::Database::open(path);
        BOOST_REQUIRE_MESSAGE(opened, test::why(opened));
        db = std::move(*opened);
    }
};

// The report counted here, apart from the page.
report::MonthlyReport expected(store::Database& db, std::chrono::year_month month, const QStringList& scope)
{
    // The counts do not depend on who asks (names do, and the page has none
    // on screen).
    auto user = store::signedInAs(db, 0);
    BOOST_REQUIRE(user);
    auto policy = records::NamedPolicy::make(db, *user, false);
    BOOST_REQUIRE(policy);
    auto input = records::MonthlyLoader(db, *policy).load(month, scope);
    BOOST_REQUIRE_MESSAGE(input, test::why(input));
    return report::computeMonthlyReport(*input);
}

// The model's number in the row whose first cell starts with `item`, column `col`.
int cellValue(const ReportTableModel& model, const QString& item, int col)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString().startsWith(item))
            return model.index(r, col).data(Qt::UserRole).toInt();
    BOOST_FAIL("no row " << item.toStdString());
    return -1;
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

BOOST_AUTO_TEST_SUITE(report_page)

BOOST_AUTO_TEST_CASE(shows_the_reports_numbers_counted_in_the_background)
{
    DemoFile demo;
    ReportPage page(*demo.db);
    QAbstractItemModelTester t1(page.skdnModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(page.ratioModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(page.statusModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(page.prevalenceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(page.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 800);
    page.show(); // opening the page starts the count
    BOOST_TEST(page.isBusy());
    BOOST_TEST(!page.excelButton()->isEnabled());
    BOOST_REQUIRE(page.waitForReport(60000));
    BOOST_REQUIRE(page.currentReport().has_value());

    const report::MonthlyReport want = expected(*demo.db, page.selectedMonth(), {});
    const report::SkdnCell& all = want.total.skdn[4][2];
    BOOST_TEST(all.s > 100); // a real month of the demo, not an empty one
    BOOST_TEST(all.d > 0);
    const int totalColumn = page.skdnModel()->columnCount() - 1; // Jumlah L+P
    BOOST_TEST(cellValue(*page.skdnModel(), QStringLiteral("S "), totalColumn) == all.s);
    BOOST_TEST(cellValue(*page.skdnModel(), QStringLiteral("D "), totalColumn) == all.d);
    BOOST_TEST(cellValue(*page.skdnModel(), QStringLiteral("N "), totalColumn) == all.n);
    // Girls 0-5 months: column 2 (L, P for each age group after "Kegiatan").
    BOOST_TEST(cellValue(*page.skdnModel(), QStringLiteral("S "), 2) == want.total.skdn[0][1].s);
    BOOST_TEST(cellValue(*page.ratioModel(), QStringLiteral("D/S"), 2) == want.total.ratios.ds.numerator);
    BOOST_TEST(cellValue(*page.ratioModel(), QStringLiteral("D/S"), 3) == want.total.ratios.ds.denominator);
    // Three posyandu and the total compared.
    BOOST_TEST(page.comparisonModel()->rowCount() == static_cast<int>(want.posyandu.size()) + 1);
    BOOST_TEST(page.excelButton()->isEnabled());
    BOOST_TEST(page.statusLabel()->text().contains(QString::number(all.s)));

    // One posyandu: its own numbers, no comparison.
    const QString uid = want.posyandu.front().info.uid;
    page.selectScope(uid);
    BOOST_REQUIRE(page.waitForReport(60000));
    const report::MonthlyReport one = expected(*demo.db, page.selectedMonth(), {uid});
    BOOST_TEST(cellValue(*page.skdnModel(), QStringLiteral("S "), totalColumn) == one.total.skdn[4][2].s);
    BOOST_TEST(one.total.skdn[4][2].s < all.s);
    BOOST_TEST(page.comparisonModel()->rowCount() == 0);
}

BOOST_AUTO_TEST_CASE(the_buttons_write_excel_csv_and_pdf_but_never_over_the_database)
{
    DemoFile demo;
    QTemporaryDir out;
    ReportPage page(*demo.db);
    QString target;
    QList<ReportPage::FileKind> asked;
    page.setFileChooser([&](ReportPage::FileKind kind, const QString&) {
        asked << kind;
        return target;
    });
    page.show();
    BOOST_REQUIRE(page.waitForReport(60000));

    target = out.filePath(QStringLiteral("laporan.xlsx"));
    QTest::mouseClick(page.excelButton(), Qt::LeftButton);
    QFile xlsx(target);
    BOOST_REQUIRE(xlsx.open(QIODevice::ReadOnly));
    BOOST_TEST(xlsx.read(2) == QByteArray("PK")); // a zip: the workbook
    BOOST_TEST(page.statusLabel()->text().contains(QStringLiteral("laporan.xlsx")));

    target = out.filePath(QStringLiteral("laporan.pdf"));
    QTest::mouseClick(page.pdfButton(), Qt::LeftButton);
    QFile pdf(target);
    BOOST_REQUIRE(pdf.open(QIODevice::ReadOnly));
    BOOST_TEST(pdf.read(5) == QByteArray("%PDF-"));

    target = out.filePath(QStringLiteral("csv"));
    QTest::mouseClick(page.csvButton(), Qt::LeftButton);
    QFile skdn(out.filePath(QStringLiteral("csv/skdn.csv")));
    BOOST_REQUIRE(skdn.open(QIODevice::ReadOnly));
    BOOST_TEST(skdn.readLine().trimmed() == QByteArray("posyandu,age_group,sex,S,K,D,N,T,O,B,2T,BGM"));
    BOOST_TEST((asked == QList<ReportPage::FileKind>{ReportPage::FileKind::Excel, ReportPage::FileKind::Pdf, ReportPage::FileKind::CsvFolder}));

    // The database itself is refused; the file is left as it was.
    const QByteArray before = digest(demo.path);
    target = demo.path;
    QTest::mouseClick(page.excelButton(), Qt::LeftButton);
    BOOST_TEST(digest(demo.path) == before);
    QString error;
    BOOST_TEST(!page.saveExcel(demo.path, &error));
    BOOST_TEST(!error.isEmpty());
    BOOST_TEST(!page.statusLabel()->text().contains(QStringLiteral("Saved")));
}

BOOST_AUTO_TEST_CASE(ctrl_5_opens_the_report)
{
    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*p.db, settings, notifier, commands, p.kader, nullptr);
    window.show();
    QApplication::setActiveWindow(&window);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Report));
    BOOST_TEST(window.reportPage()->isVisible());
    BOOST_REQUIRE(window.reportPage()->waitForReport(60000));
    BOOST_REQUIRE(window.reportPage()->currentReport().has_value());
    const report::MonthlyReport want = expected(*p.db, window.reportPage()->selectedMonth(), {});
    const int totalColumn = window.reportPage()->skdnModel()->columnCount() - 1;
    BOOST_TEST(cellValue(*window.reportPage()->skdnModel(), QStringLiteral("S "), totalColumn)
               == want.total.skdn[4][2].s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Register));
}

BOOST_AUTO_TEST_CASE(the_program_screenshots_the_report_page)
{
    DemoFile demo;
    const QString shot = demo.dir.filePath(QStringLiteral("report.png"));
    const QString user = test::userWithPin(*demo.db);
    demo.db.reset(); // the program opens the file itself
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TUMBUH_PIN"), test::kPin);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TUMBUH_APP), {QStringLiteral("--db"), demo.path, QStringLiteral("--page"),
                                           QStringLiteral("report"), QStringLiteral("--screenshot"), shot,
                                           QStringLiteral("--user"), user});
    BOOST_REQUIRE(app.waitForFinished(120000));
    BOOST_TEST(app.exitCode() == 0, app.readAllStandardError().toStdString());
    const QImage image(shot);
    BOOST_TEST(!image.isNull());
    BOOST_TEST(image.width() >= 800);
}

BOOST_AUTO_TEST_SUITE_END()
