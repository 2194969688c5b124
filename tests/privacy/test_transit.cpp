// Issue 12 part 6, files and transit: an encrypted posyandu package made by
// the real tumbuh-cli merges with the right passphrase exactly as the plain
// package does, and is refused (exit 2, a message, the database unchanged)
// with a wrong passphrase, one byte changed, or cut short; its raw bytes hold
// no child's name. Every file the program writes is owner-only (0600).
#include "support/recordsfixture.h"

#include "records/backup/backup.h"
#include "report/pdffile.h"
#include "store/signin.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <sys/stat.h>

namespace tumbuh::records::test {
namespace {

const QString kPassphrase = QStringLiteral("kunci-posyandu-2024");

// The permission bits of a file, read with stat().
unsigned mode(const QString& path)
{
    struct stat st { };
    BOOST_REQUIRE_MESSAGE(::stat(QFile::encodeName(path).constData(), &st) == 0, path.toStdString());
    return static_cast<unsigned>(st.st_mode) & 0777U;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    BOOST_REQUIRE(f.write(bytes) == bytes.size());
}

// A demo file and one posyandu's packages, plain and encrypted, made once.
struct Packages {
    Packages()
    {
        BOOST_REQUIRE(runCli({"demo", "-o", source, "--children", "300", "--months", "12", "--today", "2024-06-15"}) == 0);
        posyandu = queryLines(source, "SELECT name FROM posyandu ORDER BY id LIMIT 1").front();
        QString out;
        BOOST_REQUIRE_MESSAGE(runCli({"package", "--db", source, "--posyandu", posyandu, "-o", plain}, &out) == 0,
                              out.toStdString());
        BOOST_REQUIRE_MESSAGE(runCli({"package", "--db", source, "--posyandu", posyandu, "-o", encrypted, "--encrypt"}, &out,
                                     {"TUMBUH_PASSPHRASE=" + kPassphrase})
                                  == 0,
                              out.toStdString());
    }
    Folder f;
    QString source = f.path("kota.db");
    QString plain = f.path("melati.pkg");
    QString encrypted = f.path("melati.tpkg");
    QString posyandu;
};

Packages& packages()
{
    static Packages p;
    return p;
}

// An empty Tumbuh database (schema and its first admin, the user runCli
// signs in as) to merge into.
QString emptyDatabase(const Folder& f, const QString& name)
{
    const QString path = f.path(name);
    auto db = openDb(path);
    auto admin = store::SignIn(*db).createFirstAdmin(QStringLiteral("admin"), QStringLiteral("123456"));
    BOOST_REQUIRE_MESSAGE(admin.ok(), why(admin));
    return path;
}

// The rows a merge writes, table by table (the users differ between files).
QStringList mergedRows(const QString& db)
{
    QStringList lines;
    for (const char* table : {"posyandu", "households", "children", "measurements", "referrals", "referral_events", "counselling"})
        lines << QString::fromLatin1(table) << queryLines(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
    return lines;
}

// Merging `package` with TUMBUH_PASSPHRASE=`passphrase` is refused with exit
// 2 and a message containing `reason`; the database is as it was, and the
// private temporary folder the command used is empty.
void refused(const QString& package, const QString& passphrase, const QString& reason)
{
    Folder f;
    const QString db = emptyDatabase(f, "puskesmas.db");
    const QByteArray before = contentHash(db, true);
    const QString tmp = f.path("tmp");
    BOOST_REQUIRE(QDir().mkpath(tmp));
    QString out;
    BOOST_TEST(runCli({"merge", "--db", db, package}, &out, {"TUMBUH_PASSPHRASE=" + passphrase, "TMPDIR=" + tmp}) == 2);
    BOOST_TEST(out.contains(reason), out.toStdString());
    BOOST_TEST(out.contains("nothing was merged"), out.toStdString());
    BOOST_TEST(contentHash(db, true) == before);
    BOOST_TEST(rows(db, "children") == 0);
    BOOST_TEST(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

} // namespace

BOOST_AUTO_TEST_SUITE(transit)

BOOST_AUTO_TEST_CASE(encrypted_package_merges_like_the_plain_one)
{
    const Packages& p = packages();
    Folder f;
    const QString fromPlain = emptyDatabase(f, "a.db");
    const QString fromEncrypted = emptyDatabase(f, "b.db");
    const QString tmp = f.path("tmp");
    BOOST_REQUIRE(QDir().mkpath(tmp));
    QString out;
    BOOST_TEST_REQUIRE(runCli({"merge", "--db", fromPlain, p.plain}, &out) == 0, out.toStdString());
    BOOST_TEST_REQUIRE(runCli({"merge", "--db", fromEncrypted, p.encrypted}, &out, {"TUMBUH_PASSPHRASE=" + kPassphrase, "TMPDIR=" + tmp}) == 0,
                       out.toStdString());
    BOOST_TEST(out.contains("Package of " + p.posyandu), out.toStdString());
    BOOST_TEST(rows(fromEncrypted, "children") > 0);
    BOOST_TEST(rows(fromEncrypted, "measurements") > 0);
    BOOST_TEST(mergedRows(fromEncrypted) == mergedRows(fromPlain), boost::test_tools::per_element());
    // The decrypted copy was removed.
    BOOST_TEST(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

BOOST_AUTO_TEST_CASE(encrypted_package_holds_no_name_in_its_bytes)
{
    const Packages& p = packages();
    const QByteArray raw = readAll(p.encrypted);
    const QByteArray plainRaw = readAll(p.plain);
    BOOST_TEST(raw.startsWith("TUMBUHENC"));
    const QStringList names = queryLines(p.plain, "SELECT name FROM children");
    BOOST_TEST_REQUIRE(names.size() > 10);
    for (const QString& name : names) {
        BOOST_TEST(plainRaw.contains(name.toUtf8())); // the check can fail
        BOOST_TEST(!raw.contains(name.toUtf8()), name.toStdString());
    }
    BOOST_TEST(!raw.contains(p.posyandu.toUtf8()));
}

BOOST_AUTO_TEST_CASE(wrong_passphrase_is_refused)
{
    refused(packages().encrypted, QStringLiteral("kunci-posyandu-2025"), QStringLiteral("passphrase is wrong"));
}

BOOST_AUTO_TEST_CASE(one_flipped_byte_is_refused)
{
    const Packages& p = packages();
    const QByteArray original = readAll(p.encrypted);
    BOOST_TEST_REQUIRE(original.size() > 3 * 65536); // several chunks: the middle is not the first
    Folder f;
    // A salt byte, the cost, the stream header, the middle, the last byte.
    for (const qsizetype at : {qsizetype{12}, qsizetype{27}, qsizetype{50}, original.size() / 2, original.size() - 1}) {
        BOOST_TEST_CONTEXT("byte " << at)
        {
            QByteArray changed = original;
            changed[at] = static_cast<char>(changed[at] ^ 0x01);
            const QString path = f.path(QStringLiteral("changed-%1.tpkg").arg(at));
            writeAll(path, changed);
            refused(path, kPassphrase, at < 66 ? QStringLiteral("was changed") : QStringLiteral("damaged or was changed"));
        }
    }
    // A byte of the magic: not recognised as encrypted, refused as a package.
    QByteArray magic = original;
    magic[0] = 'X';
    writeAll(f.path("magic.tpkg"), magic);
    Folder g;
    const QString db = emptyDatabase(g, "p.db");
    const QByteArray before = contentHash(db, true);
    QString out;
    BOOST_TEST(runCli({"merge", "--db", db, f.path("magic.tpkg")}, &out, {"TUMBUH_PASSPHRASE=" + kPassphrase}) == 2);
    BOOST_TEST(out.contains("not a Tumbuh posyandu package"), out.toStdString());
    BOOST_TEST(contentHash(db, true) == before);
}

BOOST_AUTO_TEST_CASE(truncated_package_is_refused)
{
    const Packages& p = packages();
    const QByteArray original = readAll(p.encrypted);
    Folder f;
    // Cut inside the last chunk, and exactly at a chunk's end (every chunk
    // left intact, only the final one missing).
    const qsizetype chunkEnd = 66 + 2 * (65536 + 17);
    BOOST_TEST_REQUIRE(original.size() > chunkEnd + 17);
    writeAll(f.path("short.tpkg"), original.left(original.size() - 100));
    refused(f.path("short.tpkg"), kPassphrase, QStringLiteral("damaged or was changed"));
    writeAll(f.path("cut.tpkg"), original.left(chunkEnd));
    refused(f.path("cut.tpkg"), kPassphrase, QStringLiteral("incomplete"));
    writeAll(f.path("header.tpkg"), original.left(40));
    refused(f.path("header.tpkg"), kPassphrase, QStringLiteral("incomplete"));
}

BOOST_AUTO_TEST_CASE(passphrase_rules)
{
    const Packages& p = packages();
    Folder f;
    QString out;
    // Too short: refused, no file.
    BOOST_TEST(runCli({"package", "--db", p.source, "--posyandu", p.posyandu, "-o", f.path("x.tpkg"), "--encrypt"}, &out,
                      {"TUMBUH_PASSPHRASE=1234567"})
               == 2);
    BOOST_TEST(out.contains("at least 8 characters"), out.toStdString());
    BOOST_TEST(!QFileInfo::exists(f.path("x.tpkg")));
    BOOST_TEST(QDir(f.dir.path()).entryList(QDir::Files).isEmpty());
    // No variable and no terminal: refused, for package and merge.
    BOOST_TEST_REQUIRE(!qEnvironmentVariableIsSet("TUMBUH_PASSPHRASE"));
    BOOST_TEST(runCli({"package", "--db", p.source, "--posyandu", p.posyandu, "-o", f.path("y.tpkg"), "--encrypt"}, &out) == 2);
    BOOST_TEST(out.contains("No passphrase"), out.toStdString());
    BOOST_TEST(!QFileInfo::exists(f.path("y.tpkg")));
    const QString db = emptyDatabase(f, "z.db");
    BOOST_TEST(runCli({"merge", "--db", db, p.encrypted}, &out) == 2);
    BOOST_TEST(out.contains("no passphrase"), out.toStdString());
    BOOST_TEST(rows(db, "children") == 0);
}

BOOST_AUTO_TEST_CASE(files_are_owner_only)
{
    // The test process keeps a permissive umask, so the modes checked here
    // in-process are the ones the code sets, not the umask's.
    const mode_t old = ::umask(022);
    const Packages& p = packages();
    Folder f;
    {
        const QString db = f.path("posyandu.db");
        auto open = openDb(db);
        BOOST_TEST(mode(db) == 0600U);
        BOOST_TEST_REQUIRE(QFileInfo::exists(db + "-wal"));
        BOOST_TEST(mode(db + "-wal") == 0600U);
        auto made = Backup::create(*open, f.path("cadangan"));
        BOOST_TEST_REQUIRE(made.ok(), why(made));
        BOOST_TEST(mode(*made) == 0600U);
    }
    {
        const QString pdf = f.path("kartu-test.pdf");
        QPageLayout layout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF());
        const auto written = report::writePdf(pdf, QStringLiteral("test"), layout, [](QPainter& painter, const QRectF& page, QPdfWriter&) {
            painter.drawText(page, QStringLiteral("Kartu"));
        });
        BOOST_TEST_REQUIRE(written.ok());
        BOOST_TEST(mode(pdf) == 0600U);
    }
    ::umask(old);
    // The real tumbuh-cli's files: demo database, package, CSV export, a
    // backup, a growth card.
    BOOST_TEST(mode(p.source) == 0600U);
    BOOST_TEST(mode(p.plain) == 0600U);
    BOOST_TEST(mode(p.encrypted) == 0600U);
    QString out;
    const QString csv = f.path("anak.csv");
    BOOST_TEST_REQUIRE(runCli({"export", "--db", p.source, "--what", "children", "-o", csv}, &out) == 0, out.toStdString());
    BOOST_TEST(mode(csv) == 0600U);
    const QString dir = f.path("cadangan-cli");
    BOOST_TEST_REQUIRE(runCli({"backup", "--db", p.source, "--dir", dir}, &out) == 0, out.toStdString());
    const QStringList backups = QDir(dir).entryList({"kota-*.db.zst"}, QDir::Files);
    BOOST_TEST_REQUIRE(backups.size() == 1);
    BOOST_TEST(mode(QDir(dir).filePath(backups.front())) == 0600U);
    const QString child = queryLines(p.source, "SELECT uid FROM children_readable ORDER BY id LIMIT 1").front();
    const QString card = f.path("kartu.pdf");
    BOOST_TEST_REQUIRE(runCli({"card", "--db", p.source, "--child", child, "-o", card}, &out) == 0, out.toStdString());
    BOOST_TEST(mode(card) == 0600U);
    // A merge target the CLI creates.
    const QString target = f.path("puskesmas.db");
    BOOST_TEST_REQUIRE(runCli({"merge", "--db", target, p.plain}, &out) == 0, out.toStdString());
    BOOST_TEST(mode(target) == 0600U);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
