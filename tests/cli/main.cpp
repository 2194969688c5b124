#define BOOST_TEST_MODULE tumbuh cli and csv
#include <boost/test/unit_test.hpp>
