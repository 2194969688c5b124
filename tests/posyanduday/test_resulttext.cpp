#include "ui/common/displaytext.h"
#include "ui/posyanduday/resulttext.h"

#include "print.h"

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using tumbuh::ui::DisplayText;
using tumbuh::ui::ResultText;

namespace {

growth::WeighingAssessment weighing(growth::WeighingStatus s, std::optional<int> gain, std::optional<int> kbm,
                                    std::optional<int> months = 1)
{
    growth::WeighingAssessment w;
    w.status = s;
    if (gain)
        w.gain = growth::Grams{*gain};
    if (kbm)
        w.kbm = growth::Grams{*kbm};
    w.monthsSincePrevious = months;
    return w;
}

} // namespace

BOOST_AUTO_TEST_SUITE(result_text)

BOOST_AUTO_TEST_CASE(weighing_letters_with_their_reason_in_grams)
{
    using growth::WeighingStatus;
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::N, 350, 300)) == QStringLiteral("N — Gained 350 g (KBM 300 g)"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::N, 350, std::nullopt)) == QStringLiteral("N — Gained 350 g"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::T, -100, 200))
               == QStringLiteral("T — Did not gain: lost 100 g (KBM 200 g)"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::T, 0, 200))
               == QStringLiteral("T — Did not gain: same weight as last month"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::T, 150, 200))
               == QStringLiteral("T — Did not gain: gained 150 g, less than the KBM of 200 g"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::O, 500, std::nullopt, 1))
               == QStringLiteral("O — not weighed last month"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::O, 500, std::nullopt, 3))
               == QStringLiteral("O — not weighed last month (last weighed 3 month(s) ago)"));
    BOOST_TEST(DisplayText::weighingReason(weighing(WeighingStatus::B, std::nullopt, std::nullopt, std::nullopt))
               == QStringLiteral("B — first time weighed"));
}

BOOST_AUTO_TEST_CASE(the_position_rule_in_words)
{
    BOOST_TEST(ResultText::positionRule(growth::CheckKind::StandingUnder24Months, 75.0, 75.7)
               == QStringLiteral("Measured standing before 24 months: counted as length + 0.7 cm (75.0 → 75.7 cm)"));
    BOOST_TEST(ResultText::positionRule(growth::CheckKind::LyingFrom24Months, std::nullopt, std::nullopt)
               == QStringLiteral("Measured lying from 24 months: counted as height − 0.7 cm"));
}

BOOST_AUTO_TEST_CASE(severity_is_said_and_coloured)
{
    using growth::Severity;
    for (Severity s : {Severity::Normal, Severity::Attention, Severity::Moderate, Severity::Severe})
        BOOST_TEST(!ResultText::severityWord(s).isEmpty());
    BOOST_TEST(ResultText::severityColour(Severity::Normal) != ResultText::severityColour(Severity::Severe));
    BOOST_TEST(ResultText::severityColour(Severity::Attention) != ResultText::severityColour(Severity::Moderate));
}

BOOST_AUTO_TEST_SUITE_END()
