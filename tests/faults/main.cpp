#define BOOST_TEST_MODULE tumbuh faults
#include <boost/test/unit_test.hpp>

#include "store/i18n.h"

#include <QCoreApplication>

namespace {

// Qt SQL, QProcess and the translators need an application object.
struct Application {
    Application()
    {
        static int argc = 1;
        static char name[] = "test_faults";
        static char* argv[] = {name, nullptr};
        app = new QCoreApplication(argc, argv);
        // Messages in English unless a test switches; the rejects file has both.
        tumbuh::store::installTranslator(*app, QStringLiteral("en"));
    }
    ~Application() { delete app; }
    QCoreApplication* app = nullptr;
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(Application);
