#define BOOST_TEST_MODULE tumbuh ui
#include <boost/test/unit_test.hpp>

#include "store/i18n.h"

#include <QApplication>

namespace {

// Widgets need a QApplication; the helper runs the tests with
// QT_QPA_PLATFORM=offscreen. The program's default language is Indonesian,
// so the tests read the screens in Indonesian unless they switch.
struct Application {
    Application()
    {
        static int argc = 1;
        static char name[] = "test_ui";
        static char* argv[] = {name, nullptr};
        app = new QApplication(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("TumbuhTest"));
        QApplication::setApplicationName(QStringLiteral("test_ui"));
        tumbuh::store::installTranslator(*app, QStringLiteral("id"));
    }
    ~Application() { delete app; }
    QApplication* app = nullptr;
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(Application);
