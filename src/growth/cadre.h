#pragma once
// The cadre's (kader posyandu) rules for the monthly weighing, from the KMS
// page of the Buku KIA and the F1 Gizi form: the status letters N / T / O / B,
// 2T, BGM and "di atas garis oranye" (indonesia-domain.md §2.1-§2.3).
//
// Dates are calendar dates (std::chrono::year_month_day): "bulan lalu" on
// the F1 form is the previous calendar month, not "30 days ago", and KBM ages
// are counted in completed calendar months.
#include "growth/kbm.h"
#include "growth/types.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace tumbuh::growth {

// Status letter of one weighing (indonesia-domain.md §2.1). Every weighed
// child gets exactly one, so that D = N + T + O + B on the F1 form.
enum class WeighingStatus : std::uint8_t {
    N, // Naik: gained at least the KBM since last month
    T, // Tidak naik: gained less than the KBM, lost weight or stayed the same
    O, // weighed this month but not last month
    B, // Baru: first weighing of this child
};

char letter(WeighingStatus s);              // 'N', 'T', 'O', 'B'
std::string_view labelId(WeighingStatus s); // "Naik", "Tidak naik", ...
std::string_view labelEn(WeighingStatus s);

// Why a weighing could not be assessed; the assessment is only meaningful
// when this is None.
enum class CadreProblem : std::uint8_t {
    None = 0,
    InvalidDate,        // a date that does not exist (e.g. 2024-02-30)
    WeighedBeforeBirth, // the weighing date is before the birth date
    PreviousNotEarlier, // the "previous" weighing is not in an earlier calendar month
};

struct CadreSettings {
    // KBM of the Buku KIA edition in use (§2.2).
    KbmTable kbm = defaultKbmTable();
    // BGM (Bawah Garis Merah): BB/U z below this line. -3 SD is the working
    // assumption of §2.3, [unconfirmed] for the post-2020 KMS.
    double bgmLine = -3.0;
    // "Di atas garis oranye": BB/U z above this line. +1 SD (the PMK
    // "Risiko Berat badan lebih" boundary) is the §2.3 working assumption,
    // [unconfirmed].
    double orangeLine = 1.0;
};

struct Weighing {
    std::chrono::year_month_day date;
    Grams weight;
};

// Everything a UI needs to explain the letter, e.g. "naik 350 g, KBM 300 g".
struct WeighingAssessment {
    WeighingStatus status = WeighingStatus::B;
    CadreProblem problem = CadreProblem::None;
    int ageMonths = 0;                      // completed months at this weighing
    std::optional<int> monthsSincePrevious; // calendar months since the previous weighing (1 = last month)
    std::optional<Grams> gain;              // this weight minus the previous one (B: none)
    std::optional<Grams> kbm;               // the KBM compared against (N and T only, when the table has one)

    bool ok() const { return problem == CadreProblem::None; }
};

// Age in completed calendar months ("umur bulan penuh") on `on` for a child
// born on `birth`: a month is complete when the day of the month is reached
// again; when `on` is earlier in its month than the birth day, that month is
// not complete yet. Born 31 January, the child is 0 months on 28 February
// and 1 month on 1 March. This is what spreadsheet DATEDIF(birth, on, "m")
// gives, which the puskesmas' own sheets use, so the ages agree with them.
// Nothing for an invalid date or `on` before `birth`.
std::optional<int> completedMonths(std::chrono::year_month_day birth, std::chrono::year_month_day on);

// Calendar months from `from` to `to` (2024-01-31 -> 2024-02-01 is 1).
int calendarMonthsBetween(std::chrono::year_month_day from, std::chrono::year_month_day to);

// The status of `current` given the child's previous weighing, which must be
// in an earlier calendar month (the latest weighing of an earlier month; a
// second weighing in the same month is not a "previous month"). Evaluation
// order of §2.1:
//   B  no previous weighing;
//   O  the previous weighing is not in the calendar month just before;
//   N  gain > 0 and gain >= KBM for the age in completed months at `current`;
//   T  otherwise: a loss or no change is always T (Buku KIA: "mendatar atau
//      menurun"), whatever the KBM.
// Where the table has no KBM for the age (month 0 in the default: born and
// weighed in consecutive months before the first monthly birthday) the
// curve rule of the Buku KIA decides alone: any gain is N.
// The Buku KIA puts the curve's direction first and the KBM as the tie
// breaker; the tool uses the KBM because it is the rule that can be applied
// to numbers the same way every time.
WeighingAssessment assessWeighing(std::chrono::year_month_day birth, const Weighing& current,
                                  const std::optional<Weighing>& previous, const KbmTable& kbm);

// 2T (§2.3): two consecutive weighings with status T. A missed month makes
// the next weighing O, so T, (no weighing), T gives T, O, ... and is not 2T.
constexpr bool isTwoT(WeighingStatus current, WeighingStatus previous)
{
    return current == WeighingStatus::T && previous == WeighingStatus::T;
}

struct SeriesAssessment {
    WeighingAssessment assessment;
    bool twoT = false;                        // this weighing is T and the weighing it was compared with was T
    std::optional<std::size_t> previousIndex; // index (in the input) of the weighing compared with
};

// Statuses of a child's whole series in one pass. The result has one entry
// per input weighing, in input order; the input should be sorted by date
// (it is handled if not; weighings on the same date keep their input order).
// Each weighing is compared with the latest valid weighing of an earlier
// calendar month, so a repeat weighing in the same month is judged against
// last month too (the F1 form counts one letter per child per month; which
// weighing of a month to report is the report's choice). Weighings with a
// problem (bad date, before birth) are reported and never used as "previous".
std::vector<SeriesAssessment> assessSeries(std::chrono::year_month_day birth,
                                           std::span<const Weighing> weighings, const KbmTable& kbm);

// BGM (Bawah Garis Merah, §2.3): rounded BB/U z strictly below the red line,
// so z = -3.00 on a -3 line is not BGM (the same reading as PMK "< -3 SD").
// F1 Gizi counts BGM from BB/U, never from BB/TB.
constexpr bool isBgm(double roundedZWeightForAge, const CadreSettings& s)
{
    return roundedZWeightForAge < s.bgmLine;
}

// "Di atas garis oranye" (§2.3): rounded BB/U z strictly above the orange line.
constexpr bool isAboveOrangeLine(double roundedZWeightForAge, const CadreSettings& s)
{
    return roundedZWeightForAge > s.orangeLine;
}

} // namespace tumbuh::growth
