// Issue 8, point 5: text that stays text. Over-long names and hidden control
// or direction characters are refused by the store's validation (so the
// forms, the import and the merge all refuse them); exported CSV cells never
// start a formula; a NIK is exported as text and imports back exactly.
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "store/posyandurepository.h"

#include <boost/test/unit_test.hpp>

#include <QFile>

namespace tumbuh::records::test {
namespace {

RowId addPosyandu(Database& db)
{
    Posyandu p;
    p.name = QStringLiteral("Posyandu Melati");
    auto r = PosyanduRepository(db).add(p, 0);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return r->meta.id;
}

Child child(RowId posyandu, const QString& name)
{
    Child c;
    c.name = name;
    c.sex = growth::Sex::Female;
    c.birthDate = QDate(2023, 1, 1);
    c.posyanduId = posyandu;
    return c;
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_text)

BOOST_AUTO_TEST_CASE(long_names_and_hidden_characters_are_refused_naming_the_field)
{
    Folder f;
    auto db = openDb(f.path("t.db"));
    const RowId posyandu = addPosyandu(*db);
    ChildRepository children(*db);
    const QString bad[] = {QString(10000, QLatin1Char('a')), QStringLiteral("Ani") + QChar(0) + QStringLiteral("sa"),
                           QStringLiteral("Ani\x1b[31msa"), QStringLiteral("Ani") + QChar(0x202e) + QStringLiteral("asi")};
    for (const QString& name : bad) {
        auto r = children.add(child(posyandu, name), 0);
        BOOST_REQUIRE(!r.ok());
        BOOST_TEST(r.error().field == QStringLiteral("name"));
        BOOST_TEST(r.error().message.startsWith(QStringLiteral("Name ")));
    }
    Child mother = child(posyandu, QStringLiteral("Ani"));
    mother.motherName = QStringLiteral("Ibu") + QChar(0x2066);
    auto r = children.add(mother, 0);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().field == QStringLiteral("mother_name"));
    // 100 characters are a name; nothing was saved of the refused ones.
    BOOST_TEST(children.add(child(posyandu, QString(100, QLatin1Char('b'))), 0).ok());
    db.reset();
    BOOST_TEST(rows(f.path("t.db"), QStringLiteral("children")) == 1);

    // The import gets the same rule (through the store's validation).
    writeText(f.path("in.csv"), QByteArray("name,sex,birth_date,posyandu\n") + QByteArray(300, 'x')
                                    + ",P,2023-01-01,Posyandu Melati\nRina\xe2\x80\xae,P,2023-01-01,Posyandu Melati\n");
    QString out;
    BOOST_TEST(runCli({QStringLiteral("import"), QStringLiteral("--db"), f.path("t.db"), f.path("in.csv")}, &out) == 1);
    BOOST_TEST(out.contains(QStringLiteral("Name is too long: 300 characters, at most 100")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("U+202E")), out.toStdString());
    BOOST_TEST(rows(f.path("t.db"), QStringLiteral("children")) == 1);
}

BOOST_AUTO_TEST_CASE(exported_cells_never_start_a_formula)
{
    Folder f;
    const QString path = f.path("t.db");
    {
        auto db = openDb(path);
        const RowId posyandu = addPosyandu(*db);
        ChildRepository children(*db);
        Child a = child(posyandu, QStringLiteral("=1+2"));
        a.motherName = QStringLiteral("@SUM(A1)");
        a.birthWeight = growth::Grams{3250};
        BOOST_REQUIRE(children.add(a, 0).ok());
        Child b = child(posyandu, QStringLiteral("-Budi"));
        b.notes = QStringLiteral("+62 812");
        BOOST_REQUIRE(children.add(b, 0).ok());
    }
    giveConsent(path); // a by-name export lists only children with consent for reporting
    QString out;
    BOOST_REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--what"),
                          QStringLiteral("children"), QStringLiteral("-o"), f.path("c.csv"), QStringLiteral("--full-nik")},
                         &out)
                  == 0);
    const QByteArray csv = readText(f.path("c.csv"));
    BOOST_TEST(csv.contains(",'=1+2,"), csv.toStdString());
    BOOST_TEST(csv.contains(",'@SUM(A1),"), csv.toStdString());
    BOOST_TEST(csv.contains(",'-Budi,"), csv.toStdString());
    BOOST_TEST(csv.contains(",'+62 812\n"), csv.toStdString());
    BOOST_TEST(!csv.contains(",=1+2,"));
    // Numbers stay numbers.
    BOOST_TEST(csv.contains(",3.25,"), csv.toStdString());

    // The rejects file neutralises the input's cells too, except numbers.
    writeText(f.path("in.csv"), "name,sex,birth_date,posyandu,Berat\n=cmd|' /C calc'!A0,X,2023-01-01,Posyandu Melati,-1.5\n");
    runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--dry-run"),
            QStringLiteral("--rejects"), f.path("rejects.csv"), f.path("in.csv")},
           &out);
    const QByteArray rejects = readText(f.path("rejects.csv"));
    BOOST_TEST(rejects.contains("'=cmd|' /C calc'!A0,X,2023-01-01,Posyandu Melati,-1.5,"), rejects.toStdString());

    // Importing the export gives the names back without the quote.
    const QString copy = f.path("copy.db");
    openDb(copy).reset();
    BOOST_REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), copy, f.path("c.csv")}, &out) == 0);
    const QStringList names = queryLines(copy, QStringLiteral("SELECT name, ifnull(mother_name, ''), ifnull(notes, '') FROM children ORDER BY id"));
    BOOST_TEST(names == QStringList({QStringLiteral("=1+2|@SUM(A1)|"), QStringLiteral("-Budi||+62 812")}),
               names.join(QLatin1Char('/')).toStdString());
}

BOOST_AUTO_TEST_CASE(a_nik_is_exported_as_text_and_imports_back_exactly)
{
    Folder f;
    const QString path = f.path("t.db");
    const QString nik = QStringLiteral("3201014101230007");
    {
        auto db = openDb(path);
        Child c = child(addPosyandu(*db), QStringLiteral("Sari"));
        c.nik = nik;
        auto added = ChildRepository(*db).add(c, 0);
        BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
    }
    giveConsent(path); // a by-name export lists only children with consent for reporting
    QString out;
    BOOST_REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--what"),
                          QStringLiteral("children"), QStringLiteral("-o"), f.path("c.csv"), QStringLiteral("--full-nik")},
                         &out)
                  == 0);
    const QByteArray csv = readText(f.path("c.csv"));
    // Not a bare 16-digit number a spreadsheet rounds to 15 digits.
    BOOST_TEST(csv.contains(",\t" + nik.toLatin1() + ","), csv.toStdString());
    BOOST_TEST(!csv.contains("," + nik.toLatin1() + ","));
    const QString copy = f.path("copy.db");
    openDb(copy).reset();
    BOOST_REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), copy, f.path("c.csv")}, &out) == 0);
    BOOST_TEST(queryLines(copy, QStringLiteral("SELECT nik, name FROM children")) == QStringList{nik + QStringLiteral("|Sari")});
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
