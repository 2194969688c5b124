#define BOOST_TEST_MODULE tumbuh layout
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QApplication>

// Widgets need a QApplication (offscreen platform from cmake/TumbuhTesting.cmake).
// Indonesian, the program's default language and its longer texts.
// ctest runs this executable twice: as test_layout and, with
// QT_SCALE_FACTOR=1.5 set before the QApplication exists, as test_layout_150.
TUMBUH_TEST_APPLICATION(QApplication, "test_layout", "id");
