#include "cli/qtsession.h"

#include "store/i18n.h"

#include <QApplication>
#include <QCoreApplication>

namespace tumbuh::cli {

QtSession::QtSession(Kind kind)
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tumbuh-cli";
        static char* argv[] = {name, nullptr};
        if (kind == Kind::Widgets) {
            // Without a display the default platform (xcb) would abort.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            owned_ = std::make_unique<QApplication>(argc, argv);
        } else {
            owned_ = std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    language_ = store::installTranslator(*QCoreApplication::instance(), qEnvironmentVariable("TUMBUH_LANG"));
}

QtSession::~QtSession() = default;

} // namespace tumbuh::cli
