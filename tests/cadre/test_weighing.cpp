// Cadre rules of indonesia-domain.md §2.1-§2.3: N / T / O / B, 2T, BGM,
// "di atas garis oranye", and completed months of age.
#include "growth/cadre.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace tumbuh::growth;
using std::chrono::year_month_day;
using S = WeighingStatus;

namespace {

year_month_day ymd(int y, unsigned m, unsigned d)
{
    return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Weighing w(int y, unsigned m, unsigned d, int grams)
{
    return Weighing{ymd(y, m, d), Grams{grams}};
}

WeighingAssessment assess(year_month_day birth, const Weighing& current, const Weighing& previous,
                          const KbmTable& kbm = defaultKbmTable())
{
    return assessWeighing(birth, current, previous, kbm);
}

std::string letters(const std::vector<SeriesAssessment>& series)
{
    std::string out;
    for (const auto& s : series)
        out += letter(s.assessment.status);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(cadre)

BOOST_AUTO_TEST_CASE(completed_months_are_calendar_months)
{
    const auto born = ymd(2023, 1, 15);
    BOOST_TEST(*completedMonths(born, ymd(2023, 1, 15)) == 0);
    BOOST_TEST(*completedMonths(born, ymd(2023, 2, 14)) == 0);
    BOOST_TEST(*completedMonths(born, ymd(2023, 2, 15)) == 1);
    BOOST_TEST(*completedMonths(born, ymd(2023, 12, 31)) == 11);
    BOOST_TEST(*completedMonths(born, ymd(2024, 1, 14)) == 11);
    BOOST_TEST(*completedMonths(born, ymd(2024, 1, 15)) == 12);
    BOOST_TEST(*completedMonths(born, ymd(2028, 1, 15)) == 60);

    // Born on the 31st: February has no 31st, so the first month completes on 1 March (DATEDIF).
    const auto born31 = ymd(2023, 1, 31);
    BOOST_TEST(*completedMonths(born31, ymd(2023, 2, 28)) == 0);
    BOOST_TEST(*completedMonths(born31, ymd(2023, 3, 1)) == 1);
    BOOST_TEST(*completedMonths(born31, ymd(2023, 3, 30)) == 1);
    BOOST_TEST(*completedMonths(born31, ymd(2023, 3, 31)) == 2);

    const auto leap = ymd(2020, 2, 29);
    BOOST_TEST(*completedMonths(leap, ymd(2021, 2, 28)) == 11);
    BOOST_TEST(*completedMonths(leap, ymd(2021, 3, 1)) == 12);

    BOOST_TEST(!completedMonths(born, ymd(2023, 1, 14)).has_value());
    BOOST_TEST(!completedMonths(born, ymd(2023, 2, 30)).has_value());
    BOOST_TEST(!completedMonths(ymd(2023, 13, 1), ymd(2024, 1, 1)).has_value());
}

BOOST_AUTO_TEST_CASE(calendar_months_between_dates)
{
    BOOST_TEST(calendarMonthsBetween(ymd(2024, 1, 31), ymd(2024, 2, 1)) == 1);
    BOOST_TEST(calendarMonthsBetween(ymd(2024, 1, 1), ymd(2024, 2, 29)) == 1);
    BOOST_TEST(calendarMonthsBetween(ymd(2023, 12, 31), ymd(2024, 1, 1)) == 1);
    BOOST_TEST(calendarMonthsBetween(ymd(2024, 1, 1), ymd(2024, 3, 31)) == 2);
    BOOST_TEST(calendarMonthsBetween(ymd(2024, 5, 1), ymd(2024, 5, 31)) == 0);
    BOOST_TEST(calendarMonthsBetween(ymd(2024, 5, 1), ymd(2024, 4, 30)) == -1);
}

BOOST_AUTO_TEST_CASE(first_weighing_is_b)
{
    const auto a = assessWeighing(ymd(2024, 1, 10), w(2024, 3, 5, 5200), std::nullopt, defaultKbmTable());
    BOOST_TEST(a.ok());
    BOOST_TEST((a.status == S::B));
    BOOST_TEST(a.ageMonths == 1);
    BOOST_TEST(!a.gain.has_value());
    BOOST_TEST(!a.kbm.has_value());
    BOOST_TEST(!a.monthsSincePrevious.has_value());
}

BOOST_AUTO_TEST_CASE(gain_against_kbm)
{
    // Born 10 Jan 2024; weighed 10 Sep 2024 at 8 completed months: KBM 300 g (§2.2, 7-10 months).
    const auto born = ymd(2024, 1, 10);
    const auto prev = w(2024, 8, 10, 7000);

    const auto exact = assess(born, w(2024, 9, 10, 7300), prev);
    BOOST_TEST((exact.status == S::N));
    BOOST_TEST(exact.ageMonths == 8);
    BOOST_TEST(exact.gain->value == 300);
    BOOST_TEST(exact.kbm->value == 300);
    BOOST_TEST(*exact.monthsSincePrevious == 1);

    const auto oneLess = assess(born, w(2024, 9, 10, 7299), prev);
    BOOST_TEST((oneLess.status == S::T));
    BOOST_TEST(oneLess.gain->value == 299);
    BOOST_TEST(oneLess.kbm->value == 300);

    BOOST_TEST((assess(born, w(2024, 9, 10, 7800), prev).status == S::N));

    const auto loss = assess(born, w(2024, 9, 10, 6900), prev);
    BOOST_TEST((loss.status == S::T));
    BOOST_TEST(loss.gain->value == -100);

    const auto same = assess(born, w(2024, 9, 10, 7000), prev);
    BOOST_TEST((same.status == S::T));
    BOOST_TEST(same.gain->value == 0);
}

BOOST_AUTO_TEST_CASE(kbm_follows_completed_months_at_this_weighing)
{
    // Born 20 Jan: on 10 Mar the child is 1 month (KBM 800), on 20 Mar 2 months (KBM 900).
    const auto born = ymd(2024, 1, 20);
    const auto prev = w(2024, 2, 10, 4000);
    const auto at1 = assess(born, w(2024, 3, 10, 4850), prev);
    BOOST_TEST(at1.ageMonths == 1);
    BOOST_TEST(at1.kbm->value == 800);
    BOOST_TEST((at1.status == S::N));
    const auto at2 = assess(born, w(2024, 3, 20, 4850), prev);
    BOOST_TEST(at2.ageMonths == 2);
    BOOST_TEST(at2.kbm->value == 900);
    BOOST_TEST((at2.status == S::T));
}

BOOST_AUTO_TEST_CASE(missed_month_is_o)
{
    const auto born = ymd(2024, 1, 10);
    const auto a = assess(born, w(2024, 9, 10, 8000), w(2024, 7, 10, 7000));
    BOOST_TEST((a.status == S::O));
    BOOST_TEST(*a.monthsSincePrevious == 2);
    BOOST_TEST(a.gain->value == 1000); // shown, but not judged
    BOOST_TEST(!a.kbm.has_value());
    // A loss after a missed month is still O: O is decided before N/T.
    BOOST_TEST((assess(born, w(2024, 12, 10, 6000), w(2024, 7, 10, 7000)).status == S::O));
}

BOOST_AUTO_TEST_CASE(first_and_last_day_of_consecutive_months)
{
    const auto born = ymd(2023, 1, 10); // 17-19 months old below: KBM 200 g
    // 1 July -> 31 August: two months of days, but July then August, so N/T.
    const auto longGap = assess(born, w(2024, 8, 31, 10200), w(2024, 7, 1, 10000));
    BOOST_TEST((longGap.status == S::N));
    BOOST_TEST(*longGap.monthsSincePrevious == 1);
    // 31 July -> 1 August: one day apart, still last month and this month.
    const auto oneDay = assess(born, w(2024, 8, 1, 10050), w(2024, 7, 31, 10000));
    BOOST_TEST((oneDay.status == S::T));
    BOOST_TEST(*oneDay.monthsSincePrevious == 1);
    // 31 July -> 1 September: 32 days, but nobody weighed the child in August.
    const auto skipped = assess(born, w(2024, 9, 1, 10500), w(2024, 7, 31, 10000));
    BOOST_TEST((skipped.status == S::O));
    // Across the new year.
    BOOST_TEST((assess(born, w(2024, 1, 1, 10500), w(2023, 12, 31, 10000)).status == S::N));
}

BOOST_AUTO_TEST_CASE(no_kbm_at_month_zero_any_gain_is_n)
{
    // Born 5 Jan, weighed 6 Jan (B) and 3 Feb (0 completed months): no KBM in the table.
    const auto born = ymd(2024, 1, 5);
    const auto prev = w(2024, 1, 6, 3200);
    const auto gain = assess(born, w(2024, 2, 3, 3500), prev);
    BOOST_TEST(gain.ageMonths == 0);
    BOOST_TEST(!gain.kbm.has_value());
    BOOST_TEST((gain.status == S::N));
    BOOST_TEST((assess(born, w(2024, 2, 3, 3200), prev).status == S::T));
    BOOST_TEST((assess(born, w(2024, 2, 3, 3100), prev).status == S::T));
}

BOOST_AUTO_TEST_CASE(no_change_is_t_even_with_a_zero_kbm)
{
    const auto zero = KbmTable::fromRanges("zero", {{0, 60, Grams{0}}});
    BOOST_TEST_REQUIRE(zero.has_value());
    const auto born = ymd(2024, 1, 10);
    const auto prev = w(2024, 5, 10, 6000);
    BOOST_TEST((assess(born, w(2024, 6, 10, 6000), prev, *zero).status == S::T));
    BOOST_TEST((assess(born, w(2024, 6, 10, 6001), prev, *zero).status == S::N));
}

BOOST_AUTO_TEST_CASE(another_edition_changes_the_verdict)
{
    // The Tulip sheet reads month 3 as 600 g where the default has 800 g (§2.2).
    const auto tulip = KbmTable::fromRanges("Tulip", {{1, 1, Grams{800}}, {2, 2, Grams{900}}, {3, 3, Grams{600}}});
    BOOST_TEST_REQUIRE(tulip.has_value());
    const auto born = ymd(2024, 1, 10);
    const auto prev = w(2024, 3, 10, 5000);
    const auto cur = w(2024, 4, 10, 5700);
    BOOST_TEST((assess(born, cur, prev).status == S::T));
    BOOST_TEST((assess(born, cur, prev, *tulip).status == S::N));
    BOOST_TEST(assess(born, cur, prev, *tulip).kbm->value == 600);
}

BOOST_AUTO_TEST_CASE(problems_are_values)
{
    const auto born = ymd(2024, 1, 10);
    BOOST_TEST((assess(born, w(2023, 12, 1, 3000), w(2023, 11, 1, 3000)).problem == CadreProblem::WeighedBeforeBirth));
    BOOST_TEST((assess(born, w(2024, 2, 1, 3000), w(2024, 1, 1, 3000)).problem == CadreProblem::WeighedBeforeBirth));
    BOOST_TEST((assess(born, w(2024, 5, 20, 6000), w(2024, 5, 2, 5900)).problem == CadreProblem::PreviousNotEarlier));
    BOOST_TEST((assess(born, w(2024, 5, 20, 6000), w(2024, 6, 2, 5900)).problem == CadreProblem::PreviousNotEarlier));
    BOOST_TEST((assess(born, w(2024, 2, 30, 6000), w(2024, 1, 20, 5900)).problem == CadreProblem::InvalidDate));
    BOOST_TEST(!assess(born, w(2024, 2, 30, 6000), w(2024, 1, 20, 5900)).ok());
}

BOOST_AUTO_TEST_CASE(series_with_2t_and_a_missed_month)
{
    // Born 15 Jun 2023: 7 months on 15 Jan 2024 (KBM 300 to month 10, then 200).
    const auto born = ymd(2023, 6, 15);
    const std::vector<Weighing> series = {
        w(2024, 1, 15, 7000), // B
        w(2024, 2, 15, 7300), // N: +300 = KBM
        w(2024, 3, 15, 7500), // T: +200 < 300
        w(2024, 4, 15, 7450), // T: loss, after T -> 2T
        w(2024, 5, 15, 7650), // N: +200 = KBM at 11 months
        w(2024, 6, 15, 7849), // T: +199
        // no weighing in July
        w(2024, 8, 15, 7900),  // O, so not 2T
        w(2024, 9, 15, 7900),  // T: no change, after O -> not 2T
        w(2024, 10, 15, 8000), // T: +100, after T -> 2T
        w(2024, 11, 15, 8300), // N
    };
    const auto out = assessSeries(born, series, defaultKbmTable());
    BOOST_TEST_REQUIRE(out.size() == series.size());
    BOOST_TEST(letters(out) == "BNTTNTOTTN");
    std::vector<std::size_t> twoT;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i].twoT)
            twoT.push_back(i);
    BOOST_TEST(twoT == (std::vector<std::size_t>{3, 8}), boost::test_tools::per_element());
    BOOST_TEST(!out[0].previousIndex.has_value());
    for (std::size_t i = 1; i < out.size(); ++i)
        BOOST_TEST(*out[i].previousIndex == i - 1);
    BOOST_TEST(out[4].assessment.kbm->value == 200);
    BOOST_TEST(out[3].assessment.gain->value == -50);
    BOOST_TEST(*out[6].assessment.monthsSincePrevious == 2);

    // The same weighings in another order give the same verdicts, in input order.
    std::vector<std::size_t> perm(series.size());
    for (std::size_t i = 0; i < perm.size(); ++i)
        perm[i] = (i * 7) % perm.size(); // 7 is coprime with 10: a permutation
    std::vector<Weighing> shuffled;
    for (const std::size_t i : perm)
        shuffled.push_back(series[i]);
    const auto out2 = assessSeries(born, shuffled, defaultKbmTable());
    for (std::size_t k = 0; k < perm.size(); ++k) {
        BOOST_TEST((out2[k].assessment.status == out[perm[k]].assessment.status));
        BOOST_TEST(out2[k].twoT == out[perm[k]].twoT);
    }
}

BOOST_AUTO_TEST_CASE(t_gap_t_is_not_2t)
{
    const auto born = ymd(2022, 1, 1);
    const std::vector<Weighing> series = {
        w(2024, 1, 10, 11000), w(2024, 2, 10, 10900), // B, T
        w(2024, 4, 10, 10800),                        // O (March missed), not 2T
        w(2024, 5, 10, 10800),                        // T, previous O: not 2T
    };
    const auto out = assessSeries(born, series, defaultKbmTable());
    BOOST_TEST(letters(out) == "BTOT");
    BOOST_TEST(std::none_of(out.begin(), out.end(), [](const SeriesAssessment& s) { return s.twoT; }));
    BOOST_TEST(isTwoT(S::T, S::T));
    BOOST_TEST(!isTwoT(S::T, S::O));
    BOOST_TEST(!isTwoT(S::T, S::N));
    BOOST_TEST(!isTwoT(S::N, S::T));
}

BOOST_AUTO_TEST_CASE(two_weighings_in_one_month_are_both_judged_against_last_month)
{
    const auto born = ymd(2023, 6, 15);
    const std::vector<Weighing> series = {
        w(2024, 1, 15, 7000), // B
        w(2024, 2, 5, 7200),  // 7 months, +200 < 300: T
        w(2024, 2, 25, 7400), // 8 months, +400 against January: N
        w(2024, 3, 10, 7500), // against 25 Feb: +100: T, previous (25 Feb) N
    };
    const auto out = assessSeries(born, series, defaultKbmTable());
    BOOST_TEST(letters(out) == "BTNT");
    BOOST_TEST(*out[1].previousIndex == 0u);
    BOOST_TEST(*out[2].previousIndex == 0u);
    BOOST_TEST(*out[3].previousIndex == 2u);
    BOOST_TEST(out[3].assessment.gain->value == 100);
    BOOST_TEST(!out[3].twoT);
}

BOOST_AUTO_TEST_CASE(bad_weighings_are_skipped_as_previous)
{
    const auto born = ymd(2023, 6, 15);
    const std::vector<Weighing> series = {
        w(2023, 6, 1, 3000),  // before birth
        w(2023, 7, 20, 4000), // first real weighing: B
        w(2023, 8, 31, 4900), // 2 months (KBM 900): +900 N
        w(2023, 9, 31, 5000), // no such date
        w(2023, 10, 1, 5200), // O: nothing valid in September
    };
    const auto out = assessSeries(born, series, defaultKbmTable());
    BOOST_TEST((out[0].assessment.problem == CadreProblem::WeighedBeforeBirth));
    BOOST_TEST((out[1].assessment.status == S::B));
    BOOST_TEST(out[1].assessment.ok());
    BOOST_TEST((out[2].assessment.status == S::N));
    BOOST_TEST((out[3].assessment.problem == CadreProblem::InvalidDate));
    BOOST_TEST((out[4].assessment.status == S::O));
    BOOST_TEST(*out[4].previousIndex == 2u);
    BOOST_TEST(assessSeries(born, {}, defaultKbmTable()).empty());
}

BOOST_AUTO_TEST_CASE(bgm_and_orange_line)
{
    const CadreSettings defaults;
    BOOST_TEST(defaults.bgmLine == -3.0);
    BOOST_TEST(defaults.orangeLine == 1.0);
    BOOST_TEST((defaults.kbm == defaultKbmTable()));

    BOOST_TEST(!isBgm(-3.00, defaults)); // at the line is not below it
    BOOST_TEST(isBgm(-3.01, defaults));
    BOOST_TEST(!isBgm(-2.99, defaults));
    BOOST_TEST(!isAboveOrangeLine(1.00, defaults));
    BOOST_TEST(isAboveOrangeLine(1.01, defaults));

    CadreSettings other;
    other.bgmLine = -2.0;
    other.orangeLine = 2.0;
    BOOST_TEST(!isBgm(-2.00, other));
    BOOST_TEST(isBgm(-2.01, other));
    BOOST_TEST(!isAboveOrangeLine(2.00, other));
    BOOST_TEST(isAboveOrangeLine(2.01, other));
    BOOST_TEST(!isAboveOrangeLine(1.5, other));
}

BOOST_AUTO_TEST_CASE(status_labels)
{
    BOOST_TEST(letter(S::N) == 'N');
    BOOST_TEST(letter(S::T) == 'T');
    BOOST_TEST(letter(S::O) == 'O');
    BOOST_TEST(letter(S::B) == 'B');
    BOOST_TEST(std::string(labelId(S::N)) == "Naik");
    BOOST_TEST(std::string(labelId(S::T)) == "Tidak naik");
    BOOST_TEST(!labelEn(S::O).empty());
    BOOST_TEST(!labelEn(S::B).empty());
}

BOOST_AUTO_TEST_SUITE_END()
