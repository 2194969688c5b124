#define BOOST_TEST_MODULE tumbuh faults
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QCoreApplication>

// Qt SQL, QProcess and the translators need an application object; messages in
// English unless a test switches.
TUMBUH_TEST_APPLICATION(QCoreApplication, "test_faults", "en");
