#include "ui/common/decimalinput.h"
#include "ui/common/numberfield.h"

#include "print.h"

#include <boost/test/unit_test.hpp>

using tumbuh::ui::DecimalInput;
using tumbuh::ui::NumberField;

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
    BOOST_TEST(*kg("8,") == 8000); // while typing
    BOOST_TEST(*kg(",5") == 500);
    BOOST_TEST(*kg("8,55") == 8550);
    BOOST_TEST(*kg("8,555") == 8555);
    BOOST_TEST(*kg("0,05") == 50);
    BOOST_TEST(*kg("85") == 85000); // the store refuses it, not the parser
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
    BOOST_TEST(refusedKg("8,5555"));                                       // more than grams
    BOOST_TEST(refusedKg("123456"));                                       // absurd, and would overflow
    BOOST_TEST(!DecimalInput::parse(QStringLiteral("72,45"), 10, 1).ok()); // tenth of a millimetre
}

BOOST_AUTO_TEST_CASE(messages_say_what_to_do)
{
    BOOST_TEST(DecimalInput::parse(QStringLiteral("8,5,1"), 1000, 3).error.contains(QStringLiteral("one decimal")));
    BOOST_TEST(DecimalInput::parse(QStringLiteral("abc"), 1000, 3).error.contains(QStringLiteral("8.5")));
    BOOST_TEST(DecimalInput::parse(QStringLiteral("72,45"), 10, 1).error.contains(QStringLiteral("1 digit")));
}

BOOST_AUTO_TEST_CASE(stored_values_are_written_back_as_they_are_read)
{
    // As many decimals as the value needs, never fewer than one.
    BOOST_TEST(DecimalInput::format(8500, 1000, 3) == QStringLiteral("8.5"));
    BOOST_TEST(DecimalInput::format(8550, 1000, 3) == QStringLiteral("8.55"));
    BOOST_TEST(DecimalInput::format(8555, 1000, 3) == QStringLiteral("8.555"));
    BOOST_TEST(DecimalInput::format(752, 10, 1) == QStringLiteral("75.2"));
    BOOST_TEST(DecimalInput::format(750, 10, 1) == QStringLiteral("75.0"));
    for (const std::int32_t grams : {0, 50, 999, 3100, 8555, 12345, 25000})
        BOOST_TEST(*DecimalInput::parse(DecimalInput::format(grams, 1000, 3), 1000, 3).value == grams);
}

// The one field every form uses (posyandu day, measurement correction, birth
// weight and length): the same reading everywhere.
BOOST_AUTO_TEST_CASE(number_field_reads_kilograms_and_centimetres_exactly)
{
    NumberField kg(NumberField::Unit::Kilograms);
    kg.setText(QStringLiteral("8,555"));
    BOOST_TEST(*kg.quantity().value == 8555);
    kg.setText(QStringLiteral(" 8.5 "));
    BOOST_TEST(*kg.quantity().value == 8500);
    kg.setText(QStringLiteral("8,5,1"));
    BOOST_TEST(!kg.isReadable());
    BOOST_TEST(kg.quantity().error.contains(QStringLiteral("one decimal")));
    kg.setText(QString());
    BOOST_TEST(kg.isBlank());
    BOOST_TEST(kg.isReadable());
    BOOST_TEST(!kg.quantity().value);
    // A stored 8555 g comes back as 8555 g, not rounded to 8,56 kg.
    kg.setStored(8555);
    BOOST_TEST(*kg.quantity().value == 8555);
    kg.setStored(std::nullopt);
    BOOST_TEST(kg.isBlank());

    NumberField cm(NumberField::Unit::Centimetres);
    cm.setText(QStringLiteral("72,4"));
    BOOST_TEST(*cm.quantity().value == 724);
    cm.setText(QStringLiteral("72,45")); // a tenth of a millimetre: refused
    BOOST_TEST(!cm.isReadable());
    cm.setStored(724);
    BOOST_TEST(*cm.quantity().value == 724);
}

BOOST_AUTO_TEST_SUITE_END()
