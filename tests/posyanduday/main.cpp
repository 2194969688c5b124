#define BOOST_TEST_MODULE tumbuh posyandu day
#include <boost/test/unit_test.hpp>

#include "store/i18n.h"

#include <QApplication>

namespace {

// Widgets need a QApplication; the offscreen platform comes from the test's
// environment (cmake/TumbuhTesting.cmake).
struct Application {
    Application()
    {
        static int argc = 1;
        static char name[] = "test_posyanduday";
        static char* argv[] = {name, nullptr};
        app = new QApplication(argc, argv);
        // English source texts unless a test switches to Indonesian.
        tumbuh::store::installTranslator(*app, QStringLiteral("en"));
    }
    ~Application() { delete app; }
    QApplication* app = nullptr;
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(Application);
