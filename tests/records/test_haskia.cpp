// children.has_kia through CSV: imported from a "has_kia" (or "Buku KIA")
// column as ya/tidak/1/0/yes/no, yes when the column is absent, updated by a
// later import, written by export and read back unchanged.
#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

namespace tumbuh::records::test {

BOOST_AUTO_TEST_SUITE(has_kia_csv)

BOOST_AUTO_TEST_CASE(imported_as_yes_or_no_exported_and_read_back)
{
    Folder f;
    const QString db = f.path("kia.db");
    writeText(f.path("in.csv"), "Nama;JK;Tgl Lahir;Posyandu;Buku KIA\n"
                                "Ani;P;01/02/2023;Posyandu Melati;ya\n"
                                "Budi;L;02/02/2023;Posyandu Melati;tidak\n"
                                "Cici;P;03/02/2023;Posyandu Melati;1\n"
                                "Dedi;L;04/02/2023;Posyandu Melati;0\n"
                                "Eka;P;05/02/2023;Posyandu Melati;yes\n"
                                "Fajar;L;06/02/2023;Posyandu Melati;no\n"
                                "Gita;P;07/02/2023;Posyandu Melati;\n");
    QString out;
    BOOST_TEST_REQUIRE(runCli({"import", "--db", db, f.path("in.csv"), "--create"}, &out) == 0, out.toStdString());
    BOOST_TEST(queryLines(db, "SELECT name, has_kia FROM children ORDER BY name")
               == (QStringList{"Ani|1", "Budi|0", "Cici|1", "Dedi|0", "Eka|1", "Fajar|0", "Gita|1"}));

    // Not yes or no: the row is refused, naming the value.
    writeText(f.path("bad.csv"), "Nama;JK;Tgl Lahir;Posyandu;has_kia\n"
                                 "Hana;P;08/02/2023;Posyandu Melati;mungkin\n");
    BOOST_TEST(runCli({"import", "--db", db, f.path("bad.csv"), "--create"}, &out) == 1);
    BOOST_TEST(out.contains("mungkin"), out.toStdString());
    BOOST_TEST(rows(db, "children WHERE name = 'Hana'") == 0);

    // Without the column a new child has the book.
    writeText(f.path("none.csv"), "Nama;JK;Tgl Lahir;Posyandu\n"
                                  "Indah;P;09/02/2023;Posyandu Melati\n");
    BOOST_TEST_REQUIRE(runCli({"import", "--db", db, f.path("none.csv"), "--create"}, &out) == 0, out.toStdString());
    BOOST_TEST(queryLines(db, "SELECT has_kia FROM children WHERE name = 'Indah'") == QStringList{"1"});

    // Export writes it; the file imports into a new database and exports the same.
    giveConsent(db); // a by-name export lists only children with consent for reporting
    BOOST_TEST_REQUIRE(runCli({"export", "--db", db, "--what", "children", "-o", f.path("c.csv")}) == 0);
    const QStringList lines = QString::fromUtf8(readText(f.path("c.csv"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.front().split(QLatin1Char(','));
    const qsizetype kia = header.indexOf(QStringLiteral("has_kia"));
    BOOST_REQUIRE(kia >= 0);
    QStringList exported;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        exported << cells.at(header.indexOf(QStringLiteral("name"))) + QLatin1Char('|') + cells.at(kia);
    }
    exported.sort();
    BOOST_TEST(exported == (QStringList{"Ani|1", "Budi|0", "Cici|1", "Dedi|0", "Eka|1", "Fajar|0", "Gita|1", "Indah|1"}));
    const QString copy = f.path("copy.db");
    BOOST_TEST_REQUIRE(runCli({"import", "--db", copy, f.path("c.csv"), "--create"}, &out) == 0, out.toStdString());
    giveConsent(copy);
    BOOST_TEST(runCli({"export", "--db", copy, "--what", "children", "-o", f.path("c2.csv")}) == 0);
    BOOST_TEST(fileHash(f.path("c.csv")) == fileHash(f.path("c2.csv")));

    // A later list says Ani lost her book: the same child is updated.
    const QString aniUid = queryLines(db, "SELECT uid FROM children_readable WHERE name = 'Ani'").front();
    writeText(f.path("update.csv"), QStringLiteral("child_uid,name,sex,birth_date,posyandu,has_kia\n"
                                                   "%1,Ani,P,2023-02-01,Posyandu Melati,tidak\n")
                                        .arg(aniUid)
                                        .toUtf8());
    BOOST_TEST_REQUIRE(runCli({"import", "--db", db, f.path("update.csv")}, &out) == 0, out.toStdString());
    BOOST_TEST(queryLines(db, "SELECT has_kia FROM children WHERE name = 'Ani'") == QStringList{"0"});
    BOOST_TEST(rows(db, "children") == 8);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
