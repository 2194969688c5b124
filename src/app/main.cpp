// The composition root: the only place where the application, the settings,
// the translator and the database are made; everything else receives them.
#include "app/appcontroller.h"
#include "app/commandline.h"

#include "store/i18n.h"
#include "ui/settings/appsettings.h"

#include <QApplication>

#include <cstdio>

#if __has_include(<sys/stat.h>) && !defined(_WIN32)
#include <sys/stat.h>
#define TUMBUH_HAVE_UMASK 1
#endif

int main(int argc, char* argv[])
{
#ifdef TUMBUH_HAVE_UMASK
    // Owner-only files (docs/security.md): a second line of defence behind
    // the modes each writer sets itself.
    ::umask(077);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tumbuh"));
    QApplication::setApplicationName(QStringLiteral("tumbuh"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tumbuh"));
    QApplication::setApplicationVersion(QStringLiteral(TUMBUH_VERSION));

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
