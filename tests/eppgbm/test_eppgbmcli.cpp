// tumbuh-cli import as a real process with e-PPGBM's files: an .xls page
// with its rejects file and ignored totals row, an .xlsx dry run that leaves
// the database byte for byte, a binary Excel 97 file refused (exit 2).
#include "eppgbmfiles.h"
#include "support/recordsfixture.h"

#include "csv/csvreader.h"

#include <boost/test/unit_test.hpp>

#include <QFile>

namespace tumbuh::records::test {

BOOST_AUTO_TEST_SUITE(eppgbm_cli)

BOOST_AUTO_TEST_CASE(cli_imports_an_xls_page_and_dry_runs_an_xlsx)
{
    Folder f;
    writeText(f.path("daftar.xls"), eppgbm::html(true, false));
    QString out;
    const int code = runCli({"import", "--db", f.path("t.db"), "--create", f.path("daftar.xls"), "--rejects", f.path("ditolak.csv")}, &out);
    BOOST_TEST(code == 1, out.toStdString()); // rows were rejected
    BOOST_TEST(out.contains(QStringLiteral("Rows read: 5.")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("Rows rejected: 1.")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("line 7:")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("Totals rows skipped: 1.")), out.toStdString());
    BOOST_TEST(rows(f.path("t.db"), QStringLiteral("children")) == 3);
    BOOST_TEST(rows(f.path("t.db"), QStringLiteral("measurements")) == 4);
    const QByteArray rejects = readText(f.path("ditolak.csv"));
    BOOST_TEST(rejects.contains(",7,"), rejects.toStdString());

    // The same list as .xlsx, dry run: counted, nothing saved.
    eppgbm::writeXlsx(f.path("daftar.xlsx"));
    const QByteArray before = fileHash(f.path("t.db"));
    const int dry = runCli({"import", "--db", f.path("t.db"), "--dry-run", f.path("daftar.xlsx")}, &out);
    BOOST_TEST(dry == 1, out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("Measurements: 0 added, 0 changed, 4 unchanged.")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("line 7:")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("Dry run: nothing was saved.")), out.toStdString());
    BOOST_TEST(fileHash(f.path("t.db")) == before);
}

BOOST_AUTO_TEST_CASE(cli_refuses_a_binary_xls)
{
    Folder f;
    writeText(f.path("list.csv"), eppgbm::csv());
    BOOST_REQUIRE(runCli({"import", "--db", f.path("t.db"), "--create", f.path("list.csv")}) == 1);
    const QByteArray before = contentHash(f.path("t.db"), true);
    QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    cfb.append(QByteArray(2048, '\x01'));
    writeText(f.path("lama.xls"), cfb);
    QString out;
    const int code = runCli({"import", "--db", f.path("t.db"), f.path("lama.xls"), "--rejects", f.path("r.csv")}, &out);
    BOOST_TEST(code == 2, out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("Excel 97-2003")), out.toStdString());
    BOOST_TEST(contentHash(f.path("t.db"), true) == before);
    BOOST_TEST(!QFile::exists(f.path("r.csv")));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
