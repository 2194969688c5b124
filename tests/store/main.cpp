#define BOOST_TEST_MODULE tumbuh store
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QCoreApplication>

// Qt SQL and the translators need an application object; tests read English
// messages unless they switch to Indonesian.
TUMBUH_TEST_APPLICATION(QCoreApplication, "test_store", "en");
