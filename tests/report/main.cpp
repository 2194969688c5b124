#define BOOST_TEST_MODULE tumbuh report
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QGuiApplication>

// The PDF is painted with fonts: a QGuiApplication (offscreen platform).
TUMBUH_TEST_APPLICATION(QGuiApplication, "test_report", "en");
