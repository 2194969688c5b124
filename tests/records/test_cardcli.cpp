// `tumbuh-cli card` end to end: a demo database made by the tool itself, a
// child's UID read back with SQLite, the card written as PDF and rendered by
// poppler (pdftoppm); several children and a whole posyandu into a folder;
// the exit codes 0 (done), 1 (some cards not written), 2 (nothing written).
#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>

namespace tumbuh::records::test {
namespace {

// The first page at 40 dpi, as pdftoppm draws it.
QImage firstPage(const QString& pdf, const QString& dir)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                         QStringLiteral("-singlefile"), pdf, dir + QStringLiteral("/page")});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_REQUIRE_EQUAL(p.exitCode(), 0);
    return QImage(dir + QStringLiteral("/page.png"));
}

// Share of the page that is not (nearly) white.
double inked(const QImage& page)
{
    qint64 n = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (qGray(page.pixel(x, y)) < 200)
                ++n;
    return static_cast<double>(n) / (static_cast<double>(page.width()) * page.height());
}

// No display at all, as under cron or ssh: the command picks the offscreen
// platform by itself.
const QStringList kNoDisplay{QStringLiteral("QT_QPA_PLATFORM="), QStringLiteral("DISPLAY="),
                             QStringLiteral("WAYLAND_DISPLAY=")};

} // namespace

BOOST_AUTO_TEST_SUITE(card_cli)

BOOST_AUTO_TEST_CASE(one_card_several_and_a_posyandu)
{
    Folder f;
    QString out;
    const QString demo = f.path("demo.db");
    BOOST_REQUIRE(runCli({"demo", "-o", demo, "--children", "30"}, &out) == 0);
    const QStringList children = queryLines(demo, "SELECT uid, name FROM children_readable WHERE deleted_at IS NULL AND status = 'active' ORDER BY id");
    BOOST_REQUIRE(children.size() >= 3);
    const QString uid = children[0].section(QLatin1Char('|'), 0, 0);
    const QString name = children[0].section(QLatin1Char('|'), 1);

    // One child, one file.
    const QString pdf = f.path("kartu.pdf");
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid, "-o", pdf}, &out, kNoDisplay) == 0, out.toStdString());
    BOOST_TEST(out.contains("Growth card of " + name), out.toStdString());
    BOOST_TEST(readText(pdf).startsWith("%PDF-"));
    const QImage page = firstPage(pdf, f.dir.path());
    BOOST_REQUIRE(!page.isNull());
    BOOST_TEST(page.width() > page.height()); // A4 landscape
    BOOST_TEST(inked(page) > 0.02);           // charts and text, not a blank page

    // A5, and the messages in Indonesian.
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid, "-o", f.path("a5.pdf"), "--paper", "A5"}, &out,
                      {"TUMBUH_LANG=id"})
               == 0);
    BOOST_TEST(out.contains("Kartu pertumbuhan " + name), out.toStdString());
    const QImage small = firstPage(f.path("a5.pdf"), f.dir.path());
    BOOST_TEST(small.width() < page.width());

    // Several children: one file each, named after the child, in a folder.
    const QString uid2 = children[1].section(QLatin1Char('|'), 0, 0);
    const QString folder = f.path("kartu");
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid, "--child", uid2, "-o", folder}, &out) == 0);
    QStringList files = QDir(folder).entryList({"kartu-*.pdf"}, QDir::Files);
    BOOST_TEST(files.size() == 2);
    BOOST_TEST(files.join(' ').contains(uid.right(8)));

    // One unknown among them: the others are written, exit 1.
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid, "--child", "01714d1b-cdc0-7862-971d-a57a00000000",
                       "-o", f.path("sebagian")},
                      &out)
               == 1);
    BOOST_TEST(out.contains("no child with the UID 01714d1b-cdc0-7862-971d-a57a00000000"), out.toStdString());
    BOOST_TEST(QDir(f.path("sebagian")).entryList({"*.pdf"}, QDir::Files).size() == 1);

    // A whole posyandu, by name: every active child of it.
    const QString posyandu = queryLines(demo, "SELECT name FROM posyandu ORDER BY id LIMIT 1").front();
    const qint64 active = queryLines(demo, "SELECT count(*) FROM children c JOIN posyandu p ON p.id = c.posyandu_id "
                                           "WHERE c.deleted_at IS NULL AND c.status = 'active' AND p.name = '"
                                               + posyandu + "'")
                              .front()
                              .toLongLong();
    BOOST_TEST(runCli({"card", "--db", demo, "--posyandu", posyandu, "-o", f.path("posyandu")}, &out) == 0,
               out.toStdString());
    BOOST_TEST(QDir(f.path("posyandu")).entryList({"kartu-*.pdf"}, QDir::Files).size() == active);
}

BOOST_AUTO_TEST_CASE(mistakes_give_exit_2_and_say_why)
{
    Folder f;
    QString out;
    const QString demo = f.path("demo.db");
    makeDemo(demo, 30, 6);
    const QString uid = queryLines(demo, "SELECT uid FROM children_readable WHERE deleted_at IS NULL LIMIT 1").front();

    BOOST_TEST(runCli({"card", "--db", demo, "--child", "01714d1b-cdc0-7862-971d-a57a00000000", "-o",
                       f.path("x.pdf")},
                      &out)
               == 2);
    BOOST_TEST(out.contains("There is no child with the UID 01714d1b-cdc0-7862-971d-a57a00000000"), out.toStdString());
    BOOST_TEST(!QFileInfo::exists(f.path("x.pdf")));
    BOOST_TEST(runCli({"card", "--db", demo, "--child", "Budi", "-o", f.path("x.pdf")}, &out) == 2);
    BOOST_TEST(out.contains("not a child's UID"), out.toStdString());
    BOOST_TEST(runCli({"card", "--db", demo, "--posyandu", "Posyandu Tidak Ada", "-o", f.path("d")}, &out) == 2);
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid, "-o", f.path("x.pdf"), "--paper", "letter"}, &out) == 2);
    BOOST_TEST(out.contains("a4 or a5"), out.toStdString());
    // Both or neither of --child and --posyandu; no -o; a missing database.
    BOOST_TEST(runCli({"card", "--db", demo, "-o", f.path("x.pdf")}, &out) == 2);
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid, "--posyandu", "x", "-o", f.path("x.pdf")}, &out) == 2);
    BOOST_TEST(runCli({"card", "--db", demo, "--child", uid}, &out) == 2);
    BOOST_TEST(runCli({"card", "--db", f.path("missing.db"), "--child", uid, "-o", f.path("x.pdf")}, &out) == 2);
    BOOST_TEST(!QFileInfo::exists(f.path("missing.db")));
    BOOST_TEST(runCli({"card", "--help"}, &out) == 0);
    BOOST_TEST(out.contains("tumbuh-cli card --db FILE.db --posyandu NAME|UID -o FOLDER"), out.toStdString());
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
