#define BOOST_TEST_MODULE tumbuh posyandu day
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QApplication>

// Widgets need a QApplication (offscreen platform from cmake/TumbuhTesting.cmake);
// English source texts unless a test switches to Indonesian.
TUMBUH_TEST_APPLICATION(QApplication, "test_posyanduday", "en");
