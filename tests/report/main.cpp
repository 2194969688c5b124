#define BOOST_TEST_MODULE tumbuh report
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QGuiApplication>

// Qt SQL and QProcess need an application object, the PDF's fonts a
// QGuiApplication (offscreen platform); messages in English.
TUMBUH_TEST_APPLICATION(QGuiApplication, "test_report", "en");
