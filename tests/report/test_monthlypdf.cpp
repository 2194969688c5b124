// The monthly PDF read back with pdftotext (poppler-utils): the title, the
// SKDN numbers, the names of the children who need follow-up and never a NIK;
// the puskesmas PDF has its comparison page.
#include "monthlysample.h"
#include "report/monthly/monthlypdf.h"
#include "report/monthly/monthlyreport.h"

#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

namespace {

using namespace tumbuh;

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    BOOST_REQUIRE_MESSAGE(p.waitForFinished(60000), program.toStdString() << " did not finish");
    BOOST_REQUIRE_MESSAGE(p.exitCode() == 0, program.toStdString() << ": " << p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

int pdfPages(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    BOOST_REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// The numbers after `label` on the first line that has numbers after it.
QList<int> numbersOfLine(const QString& text, const QString& label)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(label);
        if (at < 0)
            continue;
        QList<int> numbers;
        const QString rest = line.mid(at + label.size());
        for (const QString& word : rest.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = word.toInt(&ok);
            if (!ok)
                break;
            numbers << n;
        }
        if (!numbers.isEmpty())
            return numbers;
    }
    return {};
}

struct WrittenPdf {
    QTemporaryDir dir;
    report::MonthlyReport report;
    QString path;
    QString text;

    explicit WrittenPdf(bool onlyFirst)
    {
        BOOST_REQUIRE(dir.isValid());
        report = report::computeMonthlyReport(test::sampleMonthlyInput(onlyFirst));
        path = dir.filePath(QStringLiteral("laporan.pdf"));
        QString error;
        BOOST_REQUIRE_MESSAGE(report::writeMonthlyPdf(report, path, &error), error.toStdString());
        text = pdfText(path);
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(monthly_pdf)

BOOST_AUTO_TEST_CASE(one_posyandu_one_page_with_title_and_skdn_numbers)
{
    const WrittenPdf w(true);
    BOOST_TEST(pdfPages(w.path) == 1);
    BOOST_TEST(w.text.contains(QStringLiteral("LAPORAN BULANAN POSYANDU")));
    BOOST_TEST(w.text.contains(QStringLiteral("Posyandu Melati")));
    BOOST_TEST(w.text.contains(QStringLiteral("Maret 2026")));
    BOOST_TEST(w.text.contains(QStringLiteral("Balikpapan Selatan")));

    // Each F1 row: the 4 age groups x L, P, then the total L, P, L+P.
    const std::vector<std::pair<QString, int report::SkdnCell::*>> rows = {
        {QStringLiteral("semua balita"), &report::SkdnCell::s}, {QStringLiteral("punya Buku KIA/KMS"), &report::SkdnCell::k}, {QStringLiteral("ditimbang"), &report::SkdnCell::d}, {QStringLiteral("naik berat badan"), &report::SkdnCell::n}, {QStringLiteral("baru pertama kali"), &report::SkdnCell::b}};
    for (const auto& [label, field] : rows) {
        QList<int> expected;
        for (std::size_t g = 0; g < 4; ++g)
            for (std::size_t s = 0; s < 2; ++s)
                expected << w.report.total.skdn[g][s].*field;
        for (std::size_t s = 0; s < 3; ++s)
            expected << w.report.total.skdn[4][s].*field;
        BOOST_TEST(numbersOfLine(w.text, label) == expected, label.toStdString());
    }
    BOOST_TEST(w.report.total.skdn[4][2].s == 5);
}

BOOST_AUTO_TEST_CASE(follow_up_names_without_any_nik)
{
    const WrittenPdf w(false);
    // Budi lost weight and is very light: named; Ani gains and is normal: not.
    BOOST_TEST(w.text.contains(QStringLiteral("Budi Santoso")));
    BOOST_TEST(!w.text.contains(QStringLiteral("Ani Lestari")));
    for (const test::SampleChild& c : test::sampleChildren())
        BOOST_TEST(!w.text.contains(c.nik), c.nik.toStdString());
    BOOST_TEST(w.text.contains(QStringLiteral("target 80 %")));
    BOOST_TEST(w.text.contains(QStringLiteral("Tenaga Pelaksana Gizi (TPG)")));
}

BOOST_AUTO_TEST_CASE(puskesmas_pdf_adds_the_comparison_page)
{
    const WrittenPdf w(false);
    BOOST_TEST(pdfPages(w.path) == 2);
    BOOST_TEST(w.text.contains(QStringLiteral("LAPORAN BULANAN PUSKESMAS")));
    BOOST_TEST(w.text.contains(QStringLiteral("PERBANDINGAN ANTAR POSYANDU")));
    const QString comparison = w.text.mid(w.text.indexOf(QStringLiteral("PERBANDINGAN ANTAR POSYANDU")));
    for (const report::PosyanduReport& p : w.report.posyandu) {
        const QList<int> sd = numbersOfLine(comparison, p.info.name);
        BOOST_TEST_REQUIRE(sd.size() >= 2, p.info.name.toStdString());
        BOOST_TEST(sd[0] == p.skdn[4][2].s);
        BOOST_TEST(sd[1] == p.skdn[4][2].d);
    }
}

BOOST_AUTO_TEST_CASE(printing_on_a_paged_device_makes_the_same_pages)
{
    QTemporaryDir dir;
    const report::MonthlyReport r = report::computeMonthlyReport(test::sampleMonthlyInput());
    const QString path = dir.filePath(QStringLiteral("print.pdf"));
    {
        QPdfWriter writer(path);
        report::printMonthly(r, writer);
    }
    BOOST_TEST(pdfPages(path) == report::monthlyPageCount(r));
    BOOST_TEST(pdfText(path).contains(QStringLiteral("PERBANDINGAN ANTAR POSYANDU")));
}

BOOST_AUTO_TEST_SUITE_END()
