#define BOOST_TEST_MODULE tumbuh growth engine
#include <boost/test/unit_test.hpp>
