#include "cli/qtsession.h"

#include "store/i18n.h"

#include <QCoreApplication>

namespace tumbuh::cli {

QtSession::QtSession()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tumbuh-cli";
        static char* argv[] = {name, nullptr};
        owned_ = std::make_unique<QCoreApplication>(argc, argv);
    }
    language_ = store::installTranslator(*QCoreApplication::instance(), qEnvironmentVariable("TUMBUH_LANG"));
}

QtSession::~QtSession() = default;

} // namespace tumbuh::cli
