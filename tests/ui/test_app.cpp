// The built program, run as a user (or a script) runs it:
// tumbuh --db FILE --page ... --screenshot OUT.png writes the page as a PNG
// and exits 0, with no dialog, on the offscreen platform.
#include "uifixture.h"

#include "store/childrepository.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

// `user`: signed in as that user with the PIN test::kPin (TUMBUH_PIN).
Run runTumbuh(QStringList args, const QTemporaryDir& home, const QString& user = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TUMBUH_PIN"));
    if (!user.isEmpty()) {
        args << QStringLiteral("--user") << user;
        env.insert(QStringLiteral("TUMBUH_PIN"), test::kPin);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and data of the run stay in the test's folder.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TUMBUH_APP), args);
    BOOST_REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// Not blank: a real page has text, lines and coloured dots.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

BOOST_AUTO_TEST_SUITE(app)

BOOST_AUTO_TEST_CASE(screenshot_of_the_register_is_a_real_png)
{
    test::Posyandu p;
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("register.png"));
    const Run run = runTumbuh({QStringLiteral("--db"), p.path(), QStringLiteral("--page"), QStringLiteral("register"),
                               QStringLiteral("--screenshot"), out},
                              home, test::userWithPin(*p.db));
    BOOST_TEST(run.exitCode == 0, run.errors.toStdString());
    QImage image(out);
    BOOST_REQUIRE(!image.isNull());
    BOOST_TEST(image.width() >= 800);
    BOOST_TEST(distinctColours(image) > 20);
}

BOOST_AUTO_TEST_CASE(screenshot_of_a_child_and_errors_without_dialogs)
{
    test::Posyandu p;
    QTemporaryDir home;
    auto budi = store::ChildRepository(*p.db).get(p.budi);
    BOOST_REQUIRE(budi);
    const QString out = home.filePath(QStringLiteral("child.png"));
    const QString uid = budi->meta.uid.toString(QUuid::WithoutBraces);
    const QString user = test::userWithPin(*p.db);
    Run run = runTumbuh({QStringLiteral("--db"), p.path(), QStringLiteral("--page"), QStringLiteral("child:") + uid,
                         QStringLiteral("--screenshot"), out, QStringLiteral("--lang"), QStringLiteral("en")},
                        home, user);
    BOOST_TEST(run.exitCode == 0, run.errors.toStdString());
    BOOST_TEST(distinctColours(QImage(out)) > 20);

    // An unknown child, a file that is not a database, a wrong argument:
    // a message and a non-zero exit, never a hang on a dialog.
    run = runTumbuh({QStringLiteral("--db"), p.path(), QStringLiteral("--page"), QStringLiteral("child:nobody"),
                     QStringLiteral("--screenshot"), out},
                    home, user);
    BOOST_TEST(run.exitCode != 0);
    // A file with users shows nothing to whoever has not signed in.
    run = runTumbuh({QStringLiteral("--db"), p.path(), QStringLiteral("--screenshot"), out}, home);
    BOOST_TEST(run.exitCode == 2);
    BOOST_TEST(run.errors.contains(QStringLiteral("--user")), run.errors.toStdString());
    const QString notDb = home.filePath(QStringLiteral("not-a-db.db"));
    {
        QFile f(notDb);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    run = runTumbuh({QStringLiteral("--db"), notDb, QStringLiteral("--screenshot"), out}, home);
    BOOST_TEST(run.exitCode == 1);
    BOOST_TEST(!run.errors.isEmpty());
    run = runTumbuh({QStringLiteral("--page"), QStringLiteral("elsewhere")}, home);
    BOOST_TEST(run.exitCode == 2);
}

BOOST_AUTO_TEST_SUITE_END()
