// Issue 8, point 2: every output written safely. `package -o m.db` replaced
// the database with the package; `export -o`, `card -o` and `--rejects` did
// the same to whatever they were pointed at, the database and the input
// included (`import --dry-run --rejects input.csv` left only the rejected
// rows of the input). Now each output is refused when it is the database
// (or its -wal/-shm), the input or another output of the same run, through
// symlinks, hard links and "./" too, and written to a temporary file that is
// renamed over the target only when the run succeeds.
#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace tumbuh::records::test;

namespace {

const QString kDatabaseItself = QStringLiteral("is the database itself: choose another file name. Nothing was written.");

// A small demo database, with its hash and first posyandu.
struct Fixture {
    Fixture()
    {
        makeDemo(db, 12, 3);
        before = fileHash(db);
        posyandu = queryLines(db, QStringLiteral("SELECT name FROM posyandu_readable ORDER BY id LIMIT 1")).front();
        child = queryLines(db, QStringLiteral("SELECT uid FROM children_readable WHERE deleted_at IS NULL ORDER BY id LIMIT 1"))
                    .front();
    }
    // The database is the same file, byte for byte, and sound.
    void checkUntouched() const
    {
        BOOST_TEST(fileHash(db) == before);
        BOOST_TEST(integrity(db) == QStringLiteral("ok"));
    }
    QString path(const char* name) const { return f.path(QString::fromLatin1(name)); }

    Folder f;
    QString db = f.path(QStringLiteral("m.db"));
    QByteArray before;
    QString posyandu;
    QString child;
};

void link(const QString& target, const QString& name, bool symbolic)
{
    const QByteArray t = QFile::encodeName(target);
    const QByteArray n = QFile::encodeName(name);
    BOOST_REQUIRE((symbolic ? ::symlink(t.constData(), n.constData()) : ::link(t.constData(), n.constData())) == 0);
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_outputs)

BOOST_AUTO_TEST_CASE(package_output_that_is_the_database_is_refused)
{
    Fixture x;
    QString said;
    BOOST_TEST(runCli({"package", "--db", x.db, "--posyandu", x.posyandu, "-o", x.db}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(export_output_that_is_the_database_is_refused)
{
    Fixture x;
    QString said;
    BOOST_TEST(runCli({"export", "--db", x.db, "--what", "measurements", "-o", x.db}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(card_output_that_is_the_database_is_refused)
{
    Fixture x;
    QString said;
    BOOST_TEST(runCli({"card", "--db", x.db, "--child", x.child, "-o", x.db}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    x.checkUntouched();
}

// zscore knows no database: any existing SQLite file is refused as its output.
BOOST_AUTO_TEST_CASE(zscore_output_that_is_a_database_is_refused)
{
    Fixture x;
    const QString in = x.path("survei.csv");
    writeText(in, "sex,age,weight\n1,370,9.2\n");
    QString said;
    BOOST_TEST(runCli({"zscore", in, "-o", x.db}, &said) == 2);
    BOOST_TEST(said.contains(QStringLiteral("the output file is a database: choose another file name. Nothing was "
                                            "written.")),
               said.toStdString());
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(export_output_that_is_another_database_is_refused)
{
    Fixture x;
    const QString other = x.path("lain.db");
    makeDemo(other, 3, 1, 9);
    const QByteArray otherBefore = fileHash(other);
    QString said;
    BOOST_TEST(runCli({"export", "--db", x.db, "--what", "children", "-o", other}, &said) == 2);
    BOOST_TEST(said.contains(QStringLiteral("is a database: choose another file name. Nothing was written.")),
               said.toStdString());
    BOOST_TEST(fileHash(other) == otherBefore);
}

BOOST_AUTO_TEST_CASE(package_output_that_is_the_write_ahead_log_is_refused)
{
    Fixture x;
    // The fixture's own read-only queries may leave an empty log behind; the
    // refused package must not have written into it (or made it).
    const QString wal = x.db + "-wal";
    const bool walBefore = QFile::exists(wal);
    const QByteArray walHash = walBefore ? fileHash(wal) : QByteArray();
    QString said;
    BOOST_TEST(runCli({"package", "--db", x.db, "--posyandu", x.posyandu, "-o", wal}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    BOOST_TEST(QFile::exists(wal) == walBefore);
    if (walBefore)
        BOOST_TEST(fileHash(wal) == walHash);
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(symlink_to_the_database_is_refused)
{
    Fixture x;
    const QString alias = x.path("kirim.csv");
    link(x.db, alias, true);
    QString said;
    BOOST_TEST(runCli({"export", "--db", x.db, "--what", "children", "-o", alias}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    BOOST_TEST(QFileInfo(alias).isSymLink());
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(hard_link_to_the_database_is_refused)
{
    Fixture x;
    const QString alias = x.path("paket.db");
    link(x.db, alias, false);
    QString said;
    BOOST_TEST(runCli({"package", "--db", x.db, "--posyandu", x.posyandu, "-o", alias}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(dot_slash_path_to_the_database_is_refused)
{
    Fixture x;
    QDir(x.f.dir.path()).mkdir(QStringLiteral("sub"));
    // "./m.db" and "sub/../m.db" from the folder: the same file by another name.
    const QString dotted = x.f.dir.path() + QStringLiteral("/./sub/.././m.db");
    QString said;
    BOOST_TEST(runCli({"card", "--db", x.db, "--child", x.child, "-o", dotted}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    x.checkUntouched();
}

BOOST_AUTO_TEST_CASE(dry_run_rejects_that_is_the_input_is_refused)
{
    Fixture x;
    const QString input = x.path("anak.csv");
    BOOST_REQUIRE(runCli({"export", "--db", x.db, "--what", "children", "-o", input}) == 0);
    // One row that is rejected, so the rejects file would have something to say.
    QByteArray text = readText(input);
    text += "not-a-uid,,Rekaan,L,2024-01-01\n";
    writeText(input, text);
    const QByteArray inputBefore = fileHash(input);
    const QByteArray dbBefore = fileHash(x.db);
    QString said;
    BOOST_TEST(runCli({"import", "--db", x.db, input, "--dry-run", "--rejects", input}, &said) == 2);
    BOOST_TEST(said.contains(QStringLiteral("is the input file: choose another file name. Nothing was written.")),
               said.toStdString());
    BOOST_TEST(fileHash(input) == inputBefore);
    BOOST_TEST(fileHash(x.db) == dbBefore);
}

BOOST_AUTO_TEST_CASE(rejects_that_is_the_database_is_refused)
{
    Fixture x;
    const QString input = x.path("anak.csv");
    BOOST_REQUIRE(runCli({"export", "--db", x.db, "--what", "children", "-o", input}) == 0);
    const QByteArray dbBefore = fileHash(x.db);
    QString said;
    BOOST_TEST(runCli({"import", "--db", x.db, input, "--rejects", x.db}, &said) == 2);
    BOOST_TEST(said.contains(kDatabaseItself), said.toStdString());
    BOOST_TEST(fileHash(x.db) == dbBefore);
    BOOST_TEST(integrity(x.db) == QStringLiteral("ok"));
}

BOOST_AUTO_TEST_CASE(card_that_is_another_card_of_the_same_run_is_refused)
{
    Fixture x;
    const QString cards = x.path("kartu");
    BOOST_REQUIRE(runCli({"card", "--db", x.db, "--posyandu", x.posyandu, "-o", cards}) == 0);
    QStringList names = QDir(cards).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    BOOST_REQUIRE(names.size() >= 2);
    // A folder where one child's card file is a symbolic link to another's
    // (made by hand, or unpacked from an archive): one card would be written
    // over the other.
    const QString first = QDir(cards).filePath(names[0]);
    const QString second = QDir(cards).filePath(names[1]);
    QFile::remove(second);
    link(first, second, true);
    QString said;
    BOOST_TEST(runCli({"card", "--db", x.db, "--posyandu", x.posyandu, "-o", cards}, &said) == 1);
    BOOST_TEST(said.contains(QStringLiteral("is also another output of this command: choose another file name.")),
               said.toStdString());
    BOOST_TEST(said.contains(QString::number(names.size() - 1) + QStringLiteral(" growth cards written")),
               said.toStdString());
}

BOOST_AUTO_TEST_CASE(failed_import_leaves_the_previous_rejects_file_byte_identical)
{
    Fixture x;
    const QString input = x.path("anak.csv");
    BOOST_REQUIRE(runCli({"export", "--db", x.db, "--what", "children", "-o", input}) == 0);
    // A rejected row, then a quote never closed: the import fails at the end.
    QByteArray text = readText(input);
    text += "not-a-uid,,Rekaan,L,2024-01-01\n\"unclosed,\n";
    writeText(input, text);
    const QString rejects = x.path("ditolak.csv");
    const QByteArray previous = "uid,nama,baris,alasan,reason\nx,Rekaan,3,lama,old\n";
    writeText(rejects, previous);
    QString said;
    BOOST_TEST(runCli({"import", "--db", x.db, input, "--rejects", rejects}, &said) == 2);
    BOOST_TEST(readText(rejects) == previous);
    // No temporary file left behind.
    BOOST_TEST(QDir(x.f.dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    x.checkUntouched();
}

BOOST_AUTO_TEST_SUITE_END()
