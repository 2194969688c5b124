#define BOOST_TEST_MODULE tumbuh ui
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QApplication>

// Widgets need a QApplication (offscreen platform from cmake/TumbuhTesting.cmake).
// The program's default language is Indonesian, so the tests read the screens
// in Indonesian unless they switch.
TUMBUH_TEST_APPLICATION(QApplication, "test_ui", "id");
