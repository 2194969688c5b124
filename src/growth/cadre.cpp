#include "growth/cadre.h"

#include <algorithm>
#include <numeric>

namespace tumbuh::growth {
namespace {

using std::chrono::year_month_day;

// Months since year 0, so that consecutive calendar months differ by 1.
int monthIndex(year_month_day d)
{
    return static_cast<int>(d.year()) * 12 + static_cast<int>(static_cast<unsigned>(d.month())) - 1;
}

} // namespace

char letter(WeighingStatus s)
{
    switch (s) {
    case WeighingStatus::N: return 'N';
    case WeighingStatus::T: return 'T';
    case WeighingStatus::O: return 'O';
    case WeighingStatus::B: return 'B';
    }
    return '?';
}

// Wording of the Buku KIA 2023 KMS page and the F1 Gizi form (§2.1).
std::string_view labelId(WeighingStatus s)
{
    switch (s) {
    case WeighingStatus::N: return "Naik";
    case WeighingStatus::T: return "Tidak naik";
    case WeighingStatus::O: return "Tidak ditimbang bulan lalu";
    case WeighingStatus::B: return "Baru pertama kali ditimbang";
    }
    return {};
}

std::string_view labelEn(WeighingStatus s)
{
    switch (s) {
    case WeighingStatus::N: return "Gained";
    case WeighingStatus::T: return "Did not gain";
    case WeighingStatus::O: return "Not weighed last month";
    case WeighingStatus::B: return "First weighing";
    }
    return {};
}

std::optional<int> completedMonths(year_month_day birth, year_month_day on)
{
    if (!birth.ok() || !on.ok() || on < birth)
        return std::nullopt;
    int months = monthIndex(on) - monthIndex(birth);
    if (static_cast<unsigned>(on.day()) < static_cast<unsigned>(birth.day()))
        --months;
    return months;
}

int calendarMonthsBetween(year_month_day from, year_month_day to)
{
    return monthIndex(to) - monthIndex(from);
}

WeighingAssessment assessWeighing(year_month_day birth, const Weighing& current,
                                  const std::optional<Weighing>& previous, const KbmTable& kbm)
{
    WeighingAssessment a;
    if (!birth.ok() || !current.date.ok() || (previous && !previous->date.ok())) {
        a.problem = CadreProblem::InvalidDate;
        return a;
    }
    const std::optional<int> age = completedMonths(birth, current.date);
    if (!age || (previous && previous->date < birth)) {
        a.problem = CadreProblem::WeighedBeforeBirth;
        return a;
    }
    a.ageMonths = *age;

    // §2.1 order: B, then O, then N/T.
    if (!previous) {
        a.status = WeighingStatus::B;
        return a;
    }
    const int months = calendarMonthsBetween(previous->date, current.date);
    if (months < 1) {
        a.problem = CadreProblem::PreviousNotEarlier;
        return a;
    }
    a.monthsSincePrevious = months;
    a.gain = Grams{current.weight.value - previous->weight.value};
    if (months > 1) {
        a.status = WeighingStatus::O;
        return a;
    }
    a.kbm = kbm.minimumGain(a.ageMonths);
    const bool gained = a.gain->value > 0 && (!a.kbm || *a.gain >= *a.kbm);
    a.status = gained ? WeighingStatus::N : WeighingStatus::T;
    return a;
}

std::vector<SeriesAssessment> assessSeries(year_month_day birth, std::span<const Weighing> weighings,
                                           const KbmTable& kbm)
{
    std::vector<std::size_t> order(weighings.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return weighings[a].date < weighings[b].date;
    });

    std::vector<SeriesAssessment> out(weighings.size());
    std::optional<std::size_t> latest;     // latest valid weighing so far
    std::optional<std::size_t> comparator; // latest valid weighing of an earlier month than the current one
    for (const std::size_t i : order) {
        const Weighing& w = weighings[i];
        if (latest && w.date.ok() && calendarMonthsBetween(weighings[*latest].date, w.date) >= 1)
            comparator = latest;

        SeriesAssessment& s = out[i];
        s.assessment = assessWeighing(birth, w, comparator ? std::optional<Weighing>(weighings[*comparator]) : std::nullopt,
                                      kbm);
        if (!s.assessment.ok())
            continue;
        s.previousIndex = comparator;
        s.twoT = comparator && isTwoT(s.assessment.status, out[*comparator].assessment.status);
        latest = i;
    }
    return out;
}

} // namespace tumbuh::growth
