// Bantuan ▸ Tentang Tumbuh on a real database: the version CMake's
// project() names, the open file's folder and its backup folder as text a
// user can select, the program's icon, in Indonesian first.
#include "uifixture.h"

#include "store/i18n.h"
#include "ui/about/aboutdialog.h"
#include "ui/about/appicon.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// The version as the top-level CMakeLists.txt writes it, read from the file
// itself (not from what the build passed to the code).
QString cmakeProjectVersion()
{
    QFile file(QStringLiteral(TUMBUH_SOURCE_DIR "/CMakeLists.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression project(QStringLiteral(R"(project\(\s*Tumbuh\s+VERSION\s+([0-9.]+))"));
    const QRegularExpressionMatch m = project.match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList labelTexts(const QWidget& w)
{
    QStringList out;
    for (const QLabel* label : w.findChildren<QLabel*>())
        out << label->text();
    return out;
}

struct BackToIndonesian {
    ~BackToIndonesian()
    {
        store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id"));
        QApplication::processEvents();
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(about_box)

BOOST_AUTO_TEST_CASE(shows_the_version_and_the_database_folder)
{
    test::Posyandu p;
    AboutDialog about(*p.db);
    about.show();
    QApplication::processEvents();

    const QString version = cmakeProjectVersion();
    BOOST_REQUIRE(!version.isEmpty());
    BOOST_TEST(about.versionText() == version);

    const QFileInfo file(p.path());
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    BOOST_TEST(about.databaseFileText() == QDir::toNativeSeparators(file.absoluteFilePath()));
    BOOST_TEST(about.dataFolderText() == folder);
    // Backups go to "backups" beside the file (records::Backup::defaultDir).
    BOOST_TEST(about.backupFolderText() == QDir::toNativeSeparators(QDir(p.dir.path()).filePath(QStringLiteral("backups"))));

    // The paths are on screen, and selectable so they can be copied.
    const QStringList shown = labelTexts(about);
    BOOST_TEST(shown.contains(folder));
    for (const char* name : {"version", "databaseFile", "dataFolder", "backupFolder", "licence", "growthTables"}) {
        const auto* label = about.findChild<QLabel*>(QString::fromLatin1(name));
        BOOST_REQUIRE_MESSAGE(label != nullptr, name);
        BOOST_TEST(label->isVisible(), name);
        BOOST_TEST(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse), name);
    }

    // Indonesian first (the tests' language): the title, the licence and the WHO tables' provenance.
    BOOST_TEST(about.windowTitle() == QStringLiteral("Tentang Tumbuh"));
    BOOST_TEST(shown.join(u'\n').contains(QStringLiteral("GPL-3.0-or-later")));
    BOOST_TEST(shown.join(u'\n').contains(QStringLiteral("Standar Pertumbuhan Anak WHO 2006")));
    BOOST_TEST(shown.join(u'\n').contains(QStringLiteral("Referensi Pertumbuhan WHO 2007")));

    // The icon is compiled in, at every size the package installs.
    const QIcon icon = appIcon();
    for (const int size : {16, 32, 48, 64, 128, 256})
        BOOST_TEST(icon.availableSizes().contains(QSize(size, size)), size);
    bool hasPicture = false;
    for (const QLabel* label : about.findChildren<QLabel*>())
        hasPicture = hasPicture || !label->pixmap().isNull();
    BOOST_TEST(hasPicture);

    if (const QString dir = qEnvironmentVariable("TUMBUH_SCREENSHOT_DIR"); !dir.isEmpty())
        BOOST_TEST(about.grab().save(QDir(dir).filePath(QStringLiteral("about.png"))));
}

BOOST_AUTO_TEST_CASE(the_program_says_the_same_version)
{
    QProcess tumbuh;
    tumbuh.start(QStringLiteral(TUMBUH_APP), {QStringLiteral("--version")});
    BOOST_REQUIRE(tumbuh.waitForFinished(30000));
    BOOST_TEST(tumbuh.exitCode() == 0);
    const QString said = QString::fromUtf8(tumbuh.readAllStandardOutput()).trimmed();
    BOOST_TEST(said == QStringLiteral("tumbuh ") + cmakeProjectVersion());
}

BOOST_AUTO_TEST_CASE(in_english_when_chosen)
{
    BackToIndonesian restore;
    store::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    test::Posyandu p;
    AboutDialog about(*p.db);
    BOOST_TEST(about.windowTitle() == QStringLiteral("About Tumbuh"));
    BOOST_TEST(labelTexts(about).join(u'\n').contains(QStringLiteral("WHO Child Growth Standards 2006")));
}

BOOST_AUTO_TEST_CASE(the_help_menu_opens_it_on_the_open_file)
{
    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*p.db, settings, notifier, commands, p.kader, nullptr);
    QString shownFolder;
    int opened = 0;
    window.setDialogRunner([&](QDialog& dialog) {
        if (auto* about = qobject_cast<AboutDialog*>(&dialog)) {
            ++opened;
            shownFolder = about->dataFolderText();
        }
    });
    window.aboutAction()->trigger();
    BOOST_TEST(opened == 1);
    BOOST_TEST(shownFolder == QDir::toNativeSeparators(QFileInfo(p.path()).absolutePath()));
}

BOOST_AUTO_TEST_SUITE_END()
