#define BOOST_TEST_MODULE tumbuh privacy
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QApplication>

// Screens are checked in a real QApplication (offscreen platform from
// cmake/TumbuhTesting.cmake), in Indonesian.
TUMBUH_TEST_APPLICATION(QApplication, "test_privacy", "id");
