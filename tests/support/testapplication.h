#pragma once
// The one application object of a test executable, made before the first test
// and deleted after the last: Qt SQL, QProcess and the translators need one,
// widgets a QApplication. The tests read the product's messages in
// `language` ("en" or "id") unless a test switches. Header-only, so that test
// areas that do not link tumbuh_test_support use it too. Settings go to the
// organisation "TumbuhTest", never the user's.
#include "store/i18n.h"

#include <QByteArray>
#include <QString>

namespace tumbuh::test {

template <typename App>
class TestApplication {
public:
    TestApplication(const char* name, const char* language)
        : name_(name)
    {
        argv_[0] = name_.data();
        app_ = new App(argc_, argv_);
        // Settings of their own, never the user's.
        App::setOrganizationName(QStringLiteral("TumbuhTest"));
        App::setApplicationName(QString::fromLatin1(name));
        tumbuh::store::installTranslator(*app_, QString::fromLatin1(language));
    }
    ~TestApplication() { delete app_; }
    TestApplication(const TestApplication&) = delete;
    TestApplication& operator=(const TestApplication&) = delete;

private:
    QByteArray name_;
    int argc_ = 1;
    char* argv_[2] = {nullptr, nullptr};
    App* app_ = nullptr;
};

} // namespace tumbuh::test

// In a test area's main.cpp, after BOOST_TEST_MODULE and the Boost.Test
// include: TUMBUH_TEST_APPLICATION(QCoreApplication, "test_store", "en");
#define TUMBUH_TEST_APPLICATION(App, name, language)                                     \
    namespace {                                                                          \
    struct TumbuhTestApplication : tumbuh::test::TestApplication<App> {                  \
        TumbuhTestApplication() : tumbuh::test::TestApplication<App>(name, language) { } \
    };                                                                                   \
    }                                                                                    \
    BOOST_TEST_GLOBAL_FIXTURE(TumbuhTestApplication)
