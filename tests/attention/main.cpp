#define BOOST_TEST_MODULE tumbuh attention
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QApplication>

// The page needs a QApplication (offscreen platform from
// cmake/TumbuhTesting.cmake); the screens read in Indonesian.
TUMBUH_TEST_APPLICATION(QApplication, "test_attention", "id");
