#include "ui/posyanduday/decimalinput.h"

#include "print.h"

#include <boost/test/unit_test.hpp>

using tumbuh::ui::DecimalInput;

namespace {

std::optional<std::int32_t> kg(const char* text)
{
    return DecimalInput::parse(QString::fromUtf8(text), 1000, 3).value;
}

bool refusedKg(const char* text)
{
    const auto p = DecimalInput::parse(QString::fromUtf8(text), 1000, 3);
    return !p.ok() && !p.value && !p.error.isEmpty();
}

} // namespace

BOOST_AUTO_TEST_SUITE(decimal_input)

BOOST_AUTO_TEST_CASE(comma_and_point_mean_the_same)
{
    BOOST_TEST(*kg("8,5") == 8500);
    BOOST_TEST(*kg("8.5") == 8500);
    BOOST_TEST(*kg(" 8 ") == 8000);
    BOOST_TEST(*kg("8,") == 8000);   // while typing
    BOOST_TEST(*kg(",5") == 500);
    BOOST_TEST(*kg("8,55") == 8550);
    BOOST_TEST(*kg("8,555") == 8555);
    BOOST_TEST(*kg("0,05") == 50);
    BOOST_TEST(*kg("85") == 85000);  // the store refuses it, not the parser
}

BOOST_AUTO_TEST_CASE(exact_without_floating_point)
{
    // 0.1 + 0.2 style errors cannot happen: digits become grams directly.
    BOOST_TEST(*kg("12,345") == 12345);
    BOOST_TEST(*DecimalInput::parse(QStringLiteral("72,4"), 10, 1).value == 724);
    BOOST_TEST(*DecimalInput::parse(QStringLiteral("72.4"), 10, 1).value == 724);
}

BOOST_AUTO_TEST_CASE(empty_is_not_an_error)
{
    const auto p = DecimalInput::parse(QStringLiteral("   "), 1000, 3);
    BOOST_TEST(p.isEmpty());
    BOOST_TEST(p.ok());
}

BOOST_AUTO_TEST_CASE(refuses_what_is_not_one_number)
{
    BOOST_TEST(refusedKg("8,5,1"));
    BOOST_TEST(refusedKg("8.5,1"));
    BOOST_TEST(refusedKg("1.234,5"));
    BOOST_TEST(refusedKg("abc"));
    BOOST_TEST(refusedKg("8,5kg"));
    BOOST_TEST(refusedKg("-8"));
    BOOST_TEST(refusedKg("1e3"));
    BOOST_TEST(refusedKg(","));
    BOOST_TEST(refusedKg("8,5555"));     // more than grams
    BOOST_TEST(refusedKg("123456"));     // absurd, and would overflow
    BOOST_TEST(!DecimalInput::parse(QStringLiteral("72,45"), 10, 1).ok()); // tenth of a millimetre
}

BOOST_AUTO_TEST_CASE(messages_say_what_to_do)
{
    BOOST_TEST(DecimalInput::parse(QStringLiteral("8,5,1"), 1000, 3).error.contains(QStringLiteral("one decimal")));
    BOOST_TEST(DecimalInput::parse(QStringLiteral("abc"), 1000, 3).error.contains(QStringLiteral("8.5")));
    BOOST_TEST(DecimalInput::parse(QStringLiteral("72,45"), 10, 1).error.contains(QStringLiteral("1 digit")));
}

BOOST_AUTO_TEST_SUITE_END()
