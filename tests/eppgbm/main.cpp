#define BOOST_TEST_MODULE tumbuh eppgbm
#include <boost/test/unit_test.hpp>

#include "support/testapplication.h"

#include <QCoreApplication>

// Qt SQL, QProcess and the translators need an application object; messages
// in English unless a test switches (the rejects file has both).
TUMBUH_TEST_APPLICATION(QCoreApplication, "test_eppgbm", "en");
