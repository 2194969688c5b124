// Issue 8, point 4: an import that guards a child's identity. A row that
// moves a birth date after the child's saved measurements is refused; a NIK
// that finds a child whose name, birth date and mother's name all differ is
// refused as "belongs to another child" unless --update-by-nik is given.
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/signin.h"

#include <boost/test/unit_test.hpp>

namespace tumbuh::records::test {
namespace {

const QString kNik = QStringLiteral("3201014101230007");

// Ani (NIK kNik, born 1 January 2023, mother Siti) measured in March and
// June 2023, in Posyandu Melati.
void makeAni(const QString& path)
{
    auto db = openDb(path);
    // The user runCli signs in as (otherwise the first import would make it).
    auto admin = store::SignIn(*db).createFirstAdmin(QStringLiteral("admin"), QStringLiteral("123456"));
    BOOST_REQUIRE_MESSAGE(admin.ok(), why(admin));
    Posyandu p;
    p.name = QStringLiteral("Posyandu Melati");
    auto posyandu = PosyanduRepository(*db).add(p, 0);
    BOOST_REQUIRE_MESSAGE(posyandu.ok(), why(posyandu));
    Child c;
    c.nik = kNik;
    c.name = QStringLiteral("Ani");
    c.sex = growth::Sex::Female;
    c.birthDate = QDate(2023, 1, 1);
    c.motherName = QStringLiteral("Siti");
    c.posyanduId = posyandu->meta.id;
    auto child = ChildRepository(*db).add(c, 0);
    BOOST_REQUIRE_MESSAGE(child.ok(), why(child));
    for (const QDate& d : {QDate(2023, 3, 1), QDate(2023, 6, 1)}) {
        Measurement m;
        m.childId = child->meta.id;
        m.date = d;
        m.weight = growth::Grams{d.month() == 3 ? 5200 : 7100};
        auto added = MeasurementRepository(*db).add(m, 0);
        BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
    }
}

int import(const QString& db, const QString& csv, QString& out, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, csv} + more, &out);
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_identity)

BOOST_AUTO_TEST_CASE(a_birth_date_moved_after_the_measurements_is_refused)
{
    Folder f;
    const QString path = f.path("t.db");
    makeAni(path);
    const QByteArray before = contentHash(path, true);
    writeText(f.path("in.csv"), "nik,name,sex,birth_date,mother_name\n" + kNik.toLatin1() + ",Ani,P,2023-05-01,Siti\n");
    QString out;
    BOOST_TEST(import(path, f.path("in.csv"), out) == 1);
    BOOST_TEST(out.contains(QStringLiteral("1 of the child's saved measurements would be wrong")), out.toStdString());
    BOOST_TEST(out.contains(QStringLiteral("1 March 2023")), out.toStdString());
    BOOST_TEST(contentHash(path, true) == before);
    // A birth date still before every measurement is a correction like any other.
    writeText(f.path("ok.csv"), "nik,name,sex,birth_date,mother_name\n" + kNik.toLatin1() + ",Ani,P,2023-02-01,Siti\n");
    BOOST_TEST(import(path, f.path("ok.csv"), out) == 0, out.toStdString());
    BOOST_TEST(queryLines(path, QStringLiteral("SELECT birth_date FROM children_readable")) == QStringList{"2023-02-01"});
}

BOOST_AUTO_TEST_CASE(a_mistyped_nik_does_not_rewrite_another_child)
{
    Folder f;
    const QString path = f.path("t.db");
    makeAni(path);
    const QByteArray before = contentHash(path, true);
    // Cici's row carries Ani's NIK by a slip of the pen.
    writeText(f.path("in.csv"),
              "nik,name,sex,birth_date,mother_name,posyandu\n" + kNik.toLatin1() + ",Cici,L,2022-02-02,Rina,Posyandu Melati\n");
    QString out;
    BOOST_TEST(import(path, f.path("in.csv"), out) == 1);
    BOOST_TEST(out.contains(QStringLiteral("This NIK belongs to another child (name Ani")), out.toStdString());
    BOOST_TEST(contentHash(path, true) == before);
    BOOST_TEST(rows(path, QStringLiteral("children")) == 1);

    // In Indonesian too (the default language).
    runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--dry-run"), f.path("in.csv")}, &out,
           {QStringLiteral("TUMBUH_LANG=id")});
    BOOST_TEST(out.contains(QStringLiteral("NIK ini milik anak lain (nama Ani")), out.toStdString());

    // The user says the NIK is right: the child is changed.
    BOOST_TEST(import(path, f.path("in.csv"), out, {QStringLiteral("--update-by-nik")}) == 0, out.toStdString());
    BOOST_TEST(queryLines(path, QStringLiteral("SELECT nik, name, sex, birth_date, mother_name FROM children_readable"))
                   == QStringList{kNik + QStringLiteral("|Cici|1|2022-02-02|Rina")},
               queryLines(path, QStringLiteral("SELECT nik, name, sex, birth_date, mother_name FROM children_readable"))
                   .join(QLatin1Char('/'))
                   .toStdString());
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
