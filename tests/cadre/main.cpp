#define BOOST_TEST_MODULE test_cadre
#include <boost/test/unit_test.hpp>
