#pragma once
// Synthetic children (invented names, generated measurements) for the chart
// tests, the screenshots and the benchmark. The measurements follow chosen
// z-score paths through the WHO curves, rounded as a posyandu records them
// (weight to 0.1 kg, length to 0.1 cm).
#include "growth/assessment.h"
#include "report/childrecord.h"

#include <QDate>

#include <chrono>

#include <vector>

namespace tumbuh::testing {

struct SyntheticChild {
    report::ChildInfo info;
    std::vector<growth::Visit> visits;
};

// A visit's calendar date as the charts' QDate, and back.
std::chrono::year_month_day toYmd(const QDate& date);
QDate toQDate(const std::chrono::year_month_day& date);

// A girl weighed and measured monthly for 30 months whose weight and length
// falter from about -0.5 to below -2 SD (stunted by the end, weight not
// gaining at several weighings); lying before 24 months, standing after; one
// weight typed wrong at 17 months (WHO flag).
SyntheticChild falteringGirl();

// A boy growing well (z about +0.2) with monthly visits for 40 months.
SyntheticChild healthyBoy();

// A boy with `visits` monthly visits from birth (all measurements each time).
SyntheticChild boyWithVisits(int visits);

} // namespace tumbuh::testing
