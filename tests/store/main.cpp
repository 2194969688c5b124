#define BOOST_TEST_MODULE tumbuh store
#include <boost/test/unit_test.hpp>

#include "store/i18n.h"

#include <QCoreApplication>

namespace {

// Qt SQL and the translators need an application object.
struct Application {
    Application()
    {
        static int argc = 1;
        static char name[] = "test_store";
        static char* argv[] = {name, nullptr};
        app = new QCoreApplication(argc, argv);
        // Tests read English messages unless they switch to Indonesian.
        tumbuh::store::installTranslator(*app, QStringLiteral("en"));
    }
    ~Application() { delete app; }
    QCoreApplication* app = nullptr;
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(Application);
