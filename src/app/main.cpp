// The composition root: the only place where the application, the settings,
// the translator and the database are made; everything else receives them.
#include "app/appcontroller.h"
#include "app/commandline.h"

#include "store/i18n.h"
#include "ui/about/appicon.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <string_view>

#if __has_include(<sys/stat.h>) && !defined(_WIN32)
#include <sys/stat.h>
#define TUMBUH_HAVE_UMASK 1
#endif

namespace {

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tumbuh"));
    QCoreApplication::setApplicationName(QStringLiteral("tumbuh"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUMBUH_VERSION));
}

// --help and --version need no screen (an ssh session, the package check):
// they are answered before a QApplication asks for a display.
bool onlyHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameTheApplication();
        // Shows the help or the version and exits (or explains a wrong argument).
        const tumbuh::app::CommandLine options = tumbuh::app::parseCommandLine(QCoreApplication::arguments());
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "tumbuh: %s\n", qPrintable(options.error));
            return 2;
        }
        return 0;
    }

#ifdef TUMBUH_HAVE_UMASK
    // Owner-only files (docs/security.md): a second line of defence behind
    // the modes each writer sets itself.
    ::umask(077);
#endif
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Tumbuh"));
    // The icon in the title bar and the task bar; the desktop entry's name
    // (installer/linux/tumbuh.desktop) lets a Wayland desktop match the two.
    QApplication::setWindowIcon(tumbuh::ui::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("tumbuh"));

    tumbuh::ui::AppSettings settings;
    // The language first, so that even a wrong argument is explained in it.
    const tumbuh::app::CommandLine options = tumbuh::app::parseCommandLine(QApplication::arguments());
    const QString language = !options.language.isEmpty() ? options.language : settings.language.get();
    tumbuh::store::installTranslator(app, language);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "tumbuh: %s\n", qPrintable(options.error));
        return 2;
    }

    tumbuh::app::AppController controller(settings, options);
    if (!options.screenshot.isEmpty())
        return controller.screenshot();
    if (!controller.start())
        return 0;
    return QApplication::exec();
}
