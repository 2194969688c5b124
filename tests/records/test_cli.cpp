// tumbuh-cli's records commands end to end: the built binary on real files,
// exit codes 0 (done), 1 (some rows rejected / skipped), 2 (cannot run).
#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace tumbuh::records::test {

BOOST_AUTO_TEST_SUITE(cli)

// The usage of each command is written once, in the command table, which
// `tumbuh-cli --help` lists: every command's --help starts with it, and a
// records command given too few arguments names it.
BOOST_AUTO_TEST_CASE(help_and_missing_arguments_show_the_table_usage)
{
    QString out;
    BOOST_TEST_REQUIRE(runCli({"--help"}, &out) == 0);
    // "  name       summary", then "               tumbuh-cli name usage"
    // when the command takes arguments.
    static const QRegularExpression entry(QStringLiteral("^  ([a-z]+) "));
    static const QRegularExpression usageLine(QStringLiteral("^ +tumbuh-cli ([a-z]+) (.+)$"));
    std::map<QString, QString> table;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (const auto m = usageLine.match(line); m.hasMatch())
            table[m.captured(1)] = m.captured(2);
        else if (const auto e = entry.match(line); e.hasMatch())
            table.emplace(e.captured(1), QString());
    }
    const QStringList records{"demo", "import", "export", "package", "merge", "backup", "restore", "card", "referrals"};
    for (const QString& name : records)
        BOOST_TEST_REQUIRE(table.count(name) == 1, name.toStdString());

    for (const auto& [name, usage] : table) {
        const QString expected = QStringLiteral("Usage: tumbuh-cli ") + name + (usage.isEmpty() ? QString() : QLatin1Char(' ') + usage);
        BOOST_TEST(runCli({name, "--help"}, &out) == 0, name.toStdString());
        // The first line of the command's own (Qt may warn first on stderr,
        // merged here, about a missing XDG_RUNTIME_DIR).
        QStringList lines = out.split(QLatin1Char('\n'));
        while (lines.size() > 1 && lines.front().startsWith(QStringLiteral("QStandardPaths:")))
            lines.removeFirst();
        const QString first = lines.front();
        // zscore and selftest (no Qt, no translator) answer in both languages.
        BOOST_TEST((first == expected || first == QStringLiteral("Penggunaan / ") + expected),
                   first.toStdString() + " != " + expected.toStdString());
        if (!records.contains(name))
            continue;
        BOOST_TEST(runCli({name}, &out) == 2, name.toStdString());
        BOOST_TEST(out.contains(QStringLiteral("tumbuh-cli ") + name + QLatin1Char(' ') + usage), out.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(demo_export_import_round_trip)
{
    Folder f;
    QString out;
    const QString demo = f.path("demo.db");
    BOOST_TEST(runCli({"demo", "-o", demo, "--children", "200", "--months", "12", "--seed", "4", "--today",
                       "2024-06-15"},
                      &out)
               == 0);
    BOOST_TEST(out.contains("Demo database written"));
    BOOST_TEST(QFileInfo(demo).size() > 0);
    // Not over an existing file; bad options.
    BOOST_TEST(runCli({"demo", "-o", demo}, &out) == 2);
    BOOST_TEST(runCli({"demo", "-o", f.path("x.db"), "--children", "many"}, &out) == 2);
    BOOST_TEST(runCli({"demo", "--frobnicate"}, &out) == 2);

    // Every child with consent for reporting, full NIKs (a masked NIK does not import).
    giveConsent(demo);
    BOOST_TEST(runCli({"export", "--db", demo, "--what", "children", "-o", f.path("c.csv"), "--full-nik"}) == 0);
    BOOST_TEST(runCli({"export", "--db", demo, "--what", "measurements", "-o", f.path("m.csv"), "--full-nik"}) == 0);
    BOOST_TEST(runCli({"export", "--db", demo, "--what", "posyandu", "-o", f.path("p.csv")}) == 2);
    BOOST_TEST(runCli({"export", "--db", f.path("missing.db"), "--what", "children", "-o", f.path("p.csv")}) == 2);

    const QString copy = f.path("copy.db");
    BOOST_TEST(runCli({"import", "--db", copy, f.path("c.csv"), "--create"}, &out) == 0);
    BOOST_TEST(out.contains("Children: 200 added"));
    BOOST_TEST(runCli({"import", "--db", copy, f.path("m.csv")}, &out) == 0);
    giveConsent(copy);
    BOOST_TEST(runCli({"export", "--db", copy, "--what", "children", "-o", f.path("c2.csv"), "--full-nik"}) == 0);
    BOOST_TEST(runCli({"export", "--db", copy, "--what", "measurements", "-o", f.path("m2.csv"), "--full-nik"}) == 0);
    BOOST_TEST(fileHash(f.path("c.csv")) == fileHash(f.path("c2.csv")));
    BOOST_TEST(fileHash(f.path("m.csv")) == fileHash(f.path("m2.csv")));
}

BOOST_AUTO_TEST_CASE(import_dry_run_rejects_mapping_and_exit_codes)
{
    Folder f;
    QString out;
    const QString db = f.path("t.db");
    writeText(f.path("in.csv"), "Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat;Kolom X\n"
                                "Ani;P;01/02/2023;Posyandu Melati;01/06/2024;9,1;x\n"
                                "Budi;L;01/02/2023;Posyandu Melati;01/06/2024;99;x\n");
    BOOST_TEST(runCli({"import", "--db", db, f.path("in.csv"), "--create", "--dry-run", "--rejects", f.path("r.csv")}, &out) == 1);
    BOOST_TEST(out.contains("Dry run: nothing was saved."));
    BOOST_TEST(out.contains("line 3:"));
    BOOST_TEST(rows(db, "children") == 0);
    BOOST_TEST(readText(f.path("r.csv")).startsWith("Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat;Kolom X;baris;alasan;reason\n"));

    BOOST_TEST(runCli({"import", "--db", db, f.path("in.csv"), "--all-or-nothing"}, &out) == 1);
    BOOST_TEST(out.contains("Nothing was saved"));
    BOOST_TEST(rows(db, "children") == 0);

    BOOST_TEST(runCli({"import", "--db", db, f.path("in.csv"), "--map", "Kolom X=notes"}, &out) == 1);
    BOOST_TEST(out.contains("Kolom X -> notes"));
    BOOST_TEST(rows(db, "children") == 1);
    BOOST_TEST(queryLines(db, "SELECT notes FROM measurements") == QStringList{"x"});

    writeText(f.path("good.csv"), "Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat\n"
                                  "Cici;P;01/03/2023;Posyandu Melati;01/06/2024;8,7\n");
    BOOST_TEST(runCli({"import", "--db", db, f.path("good.csv")}, &out) == 0);
    BOOST_TEST(runCli({"import", "--db", db, f.path("missing.csv")}, &out) == 2);
    writeText(f.path("unknown.csv"), "a,b,c\n1,2,3\n");
    BOOST_TEST(runCli({"import", "--db", db, f.path("unknown.csv")}, &out) == 2);
    BOOST_TEST(out.contains("not recognised"));
    BOOST_TEST(runCli({"import", "--db", db, f.path("good.csv"), "--map", "nope"}, &out) == 2);
    BOOST_TEST(runCli({"import", f.path("good.csv")}, &out) == 2);
}

BOOST_AUTO_TEST_CASE(package_and_merge)
{
    Folder f;
    QString out;
    const QString src = f.path("src.db");
    BOOST_TEST(runCli({"demo", "-o", src, "--children", "300", "--months", "12", "--today", "2024-06-15"}) == 0);
    const QString name = queryLines(src, "SELECT name FROM posyandu_readable ORDER BY id LIMIT 1").front();
    const QString uid = queryLines(src, "SELECT uid FROM posyandu_readable ORDER BY id LIMIT 1").front();
    BOOST_TEST(runCli({"package", "--db", src, "--posyandu", name, "-o", f.path("a.pkg")}, &out) == 0);
    BOOST_TEST(out.contains("Package of " + name));
    BOOST_TEST(runCli({"package", "--db", src, "--posyandu", uid, "-o", f.path("b.pkg")}) == 0);
    BOOST_TEST(runCli({"package", "--db", src, "--posyandu", "Posyandu Tidak Ada", "-o", f.path("c.pkg")}, &out) == 2);

    const QString target = f.path("target.db");
    BOOST_TEST(runCli({"merge", "--db", target, f.path("a.pkg")}, &out) == 0);
    BOOST_TEST(out.contains("Children: "));
    const QByteArray content = contentHash(target, true);
    BOOST_TEST(runCli({"merge", "--db", target, f.path("b.pkg")}, &out) == 0);
    BOOST_TEST(out.contains("0 rows changed"));
    BOOST_TEST(contentHash(target, true) == content);
    BOOST_TEST(runCli({"merge", "--db", target, src}, &out) == 2);
    BOOST_TEST(out.contains("not a Tumbuh posyandu package"));
}

BOOST_AUTO_TEST_CASE(backup_and_restore)
{
    Folder f;
    QString out;
    const QString db = f.path("posyandu.db");
    BOOST_TEST(runCli({"demo", "-o", db, "--children", "100", "--months", "6", "--today", "2024-06-15"}) == 0);
    const QString dir = f.path("cadangan");
    BOOST_TEST(runCli({"backup", "--db", db, "--dir", dir, "--keep", "2"}, &out) == 0);
    BOOST_TEST(out.contains("Backup written"));
    const QStringList made = QDir(dir).entryList({"posyandu-*.db.zst"}, QDir::Files);
    BOOST_REQUIRE_EQUAL(made.size(), 1);
    const QString backup = QDir(dir).filePath(made.front());
    // Default folder: "backups" next to the database.
    BOOST_TEST(runCli({"backup", "--db", db}) == 0);
    BOOST_TEST(QDir(f.path("backups")).entryList({"posyandu-*.db.zst"}, QDir::Files).size() == 1);
    BOOST_TEST(runCli({"backup", "--db", db, "--keep", "0"}) == 2);

    const QByteArray before = contentHash(db, true);
    rawExec(db, "UPDATE children SET name = 'Diubah' WHERE id = 1;");
    BOOST_TEST(runCli({"restore", "--db", db, backup}, &out) == 0);
    BOOST_TEST(out.contains("was kept as"));
    BOOST_TEST(contentHash(db, true) == before);

    writeText(f.path("broken.db"), readText(backup).left(5000));
    const QByteArray file = fileHash(db);
    BOOST_TEST(runCli({"restore", "--db", db, f.path("broken.db")}, &out) == 2);
    BOOST_TEST(fileHash(db) == file);
    BOOST_TEST(runCli({"restore", "--db", db}, &out) == 2);
}

BOOST_AUTO_TEST_CASE(messages_are_in_indonesian_by_default)
{
    Folder f;
    QString out;
    writeText(f.path("in.csv"), "Nama;JK;Tgl Lahir;Posyandu;Tanggal Pengukuran;Berat\n"
                                "Ani;P;01/02/2023;Posyandu Melati;01/06/2024;9,1\n");
    BOOST_TEST(runCli({"import", "--db", f.path("t.db"), f.path("in.csv"), "--create"}, &out, {"TUMBUH_LANG=id"}) == 0);
    BOOST_TEST(out.contains("Baris yang ditolak: 0."));
    BOOST_TEST(runCli({"import", "--db", f.path("t.db"), f.path("in.csv")}, &out, {"TUMBUH_LANG=en"}) == 0);
    BOOST_TEST(out.contains("Rows rejected: 0."));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
