#define BOOST_TEST_MODULE tumbuh report
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QCoreApplication>

// Qt SQL and QProcess need an application object; messages in English.
TUMBUH_TEST_APPLICATION(QCoreApplication, "test_report", "en");
