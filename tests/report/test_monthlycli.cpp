// `tumbuh-cli report` as a real process on the hand-made fixture: the files,
// the exit codes and the reasons on stderr.
#include "monthlyfixture.h"

#include "support/recordsfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using records::test::Folder;
using records::test::readText;
using records::test::runCli;

namespace {

struct CliFixture {
    Folder folder;
    QString db = folder.path(QStringLiteral("fixture.db"));
    QString out = folder.path(QStringLiteral("laporan"));
    CliFixture() { report::test::makeMonthlyFixture(db); }

    int report(const QStringList& extra, QString* text = nullptr)
    {
        return runCli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db} + extra, text);
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(monthly_report_cli)

BOOST_FIXTURE_TEST_CASE(csv_of_one_posyandu, CliFixture)
{
    QString text;
    const int rc = report({QStringLiteral("--month"), QStringLiteral("2024-05"), QStringLiteral("--posyandu"),
                           QStringLiteral("Posyandu Uji"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-o"), out},
                          &text);
    BOOST_TEST(rc == 0, text.toStdString());
    for (const char* f : {"skdn.csv", "status.csv", "flagged.csv", "prevalence.csv", "ratios.csv", "referrals.csv",
                          "trend.csv", "daftar-anak.csv"})
        BOOST_TEST(QFile::exists(QDir(out).filePath(QString::fromLatin1(f))), f);
    const QStringList skdn = QString::fromUtf8(readText(QDir(out).filePath(QStringLiteral("skdn.csv")))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(skdn.first().toStdString() == "posyandu,age_group,sex,S,K,D,N,T,O,B,2T,BGM");
    BOOST_TEST(skdn.size() == 1 + 2 * 15); // Uji, then total
    BOOST_TEST(skdn.contains(QStringLiteral("Posyandu Uji,total,total,14,13,13,7,3,1,2,1,1")));
    BOOST_TEST(skdn.last().toStdString() == "total,total,total,14,13,13,7,3,1,2,1,1");
    BOOST_TEST(skdn.filter(QStringLiteral("Posyandu Lain")).isEmpty());
}

BOOST_FIXTURE_TEST_CASE(several_posyandu, CliFixture)
{
    QString text;
    const int rc = report({QStringLiteral("--month"), QStringLiteral("2024-05"), QStringLiteral("--posyandu"),
                           QStringLiteral("Posyandu Uji"), QStringLiteral("--posyandu"), QStringLiteral("Posyandu Lain"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out},
                          &text);
    BOOST_TEST(rc == 0, text.toStdString());
    const QString skdn = QString::fromUtf8(readText(QDir(out).filePath(QStringLiteral("skdn.csv"))));
    // In the order given: Uji first.
    BOOST_TEST(skdn.indexOf(QStringLiteral("Posyandu Uji,")) < skdn.indexOf(QStringLiteral("Posyandu Lain,")));
    BOOST_TEST(skdn.contains(QStringLiteral("total,total,total,16,15,15,8,3,2,2,1,1")));
}

BOOST_FIXTURE_TEST_CASE(refusals_exit_2_with_the_reason, CliFixture)
{
    const QStringList csv = {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out};
    const auto month = [](const char* m) { return QStringList{QStringLiteral("--month"), QString::fromLatin1(m)}; };
    QString text;

    BOOST_TEST(report(month("2024-13") + csv, &text) == 2);
    BOOST_TEST(text.contains(QStringLiteral("2024-13")), text.toStdString());
    BOOST_TEST(report(month("2024/05") + csv, &text) == 2);
    BOOST_TEST(text.contains(QStringLiteral("YYYY-MM")), text.toStdString());
    BOOST_TEST(report(month("2099-01") + csv, &text) == 2);
    BOOST_TEST(text.contains(QStringLiteral("has not come yet")), text.toStdString());
    BOOST_TEST(report(month("2024-05") + QStringList{QStringLiteral("--posyandu"), QStringLiteral("Tidak Ada")} + csv,
                      &text)
               == 2);
    BOOST_TEST(text.contains(QStringLiteral("There is no posyandu \"Tidak Ada\"")), text.toStdString());
    BOOST_TEST(report(month("2024-05")
                          + QStringList{QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"), out},
                      &text)
               == 2);
    BOOST_TEST(!QDir(out).exists()); // nothing written by any refusal

    // An unreadable database: not an SQLite file.
    const QString junk = folder.path(QStringLiteral("junk.db"));
    records::test::writeText(junk, QByteArray("this is not a database\n").repeated(200));
    BOOST_TEST(runCli({QStringLiteral("report"), QStringLiteral("--db"), junk, QStringLiteral("--month"),
                       QStringLiteral("2024-05"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("-o"), out},
                      &text)
               == 2);
    BOOST_TEST(!text.isEmpty());
    // A missing one.
    BOOST_TEST(runCli({QStringLiteral("report"), QStringLiteral("--db"), folder.path(QStringLiteral("none.db")),
                       QStringLiteral("--month"), QStringLiteral("2024-05"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), out},
                      &text)
               == 2);
    BOOST_TEST(!QFile::exists(folder.path(QStringLiteral("none.db"))));
}

// The workbook and the PDF through the command: the real files, read back
// (the workbook by the xlsxcells helper, the PDF by pdftotext).
BOOST_FIXTURE_TEST_CASE(xlsx_and_pdf_of_one_posyandu, CliFixture)
{
    const QStringList scope = {QStringLiteral("--month"), QStringLiteral("2024-05"), QStringLiteral("--posyandu"),
                               QStringLiteral("Posyandu Uji")};
    QString text;
    const QString xlsx = folder.path(QStringLiteral("laporan.xlsx"));
    BOOST_TEST(report(scope + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx}, &text) == 0,
               text.toStdString());
    QProcess cells;
    cells.start(QStringLiteral(TUMBUH_XLSXCELLS), {xlsx});
    BOOST_REQUIRE(cells.waitForFinished(60000));
    BOOST_REQUIRE(cells.exitCode() == 0);
    QStringList sheets;
    for (const QJsonValue& v : QJsonDocument::fromJson(cells.readAllStandardOutput()).object().value(QLatin1String("sheets")).toArray())
        sheets << v.toObject().value(QLatin1String("name")).toString();
    BOOST_TEST(sheets.join(QLatin1Char('|')).toStdString() == "F1 SKDN|Status gizi|Rujukan|Daftar anak|Tren");

    const QString pdf = folder.path(QStringLiteral("laporan.pdf"));
    BOOST_TEST(report(scope + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf}, &text) == 0,
               text.toStdString());
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(toText.waitForFinished(60000));
    const QString words = QString::fromUtf8(toText.readAllStandardOutput());
    BOOST_TEST(words.contains(QStringLiteral("Posyandu Uji")), words.toStdString());
    BOOST_TEST(words.contains(QStringLiteral("F1")), words.toStdString());

    // The database as the output is refused and left as it was.
    BOOST_TEST(report(scope + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), db}, &text) == 2);
    BOOST_TEST(records::test::rows(db, QStringLiteral("children")) == 21);
}

// -o naming the database itself is refused by the output guard.
BOOST_FIXTURE_TEST_CASE(output_folder_holding_the_database_file_name, CliFixture)
{
    QString text;
    const QString dbAsFolder = db;
    BOOST_TEST(report({QStringLiteral("--month"), QStringLiteral("2024-05"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), dbAsFolder},
                      &text)
               == 2);
    BOOST_TEST(records::test::rows(db, QStringLiteral("children")) == 21);
}

BOOST_AUTO_TEST_SUITE_END()
