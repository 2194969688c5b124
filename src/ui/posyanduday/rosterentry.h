#pragma once
// One line of the posyandu-day roster: a child expected on the chosen date
// and what happened to it that day.
#include "growth/cadre.h"
#include "store/child.h"
#include "store/measurement.h"

#include <optional>

namespace tumbuh::ui {

struct RosterEntry {
    store::Child child;
    int ageMonths = 0;                            // completed months on the day
    std::optional<store::Measurement> today;      // measured on the chosen date: done
    std::optional<store::Measurement> previous;   // latest measurement before the date
    std::optional<growth::WeighingStatus> status; // N/T/O/B of today's weighing
    bool twoT = false;
    bool bgm = false;
    // Measured earlier in the same calendar month (a home visit, a second
    // posyandu day): not done today, but the cadre should know.
    bool earlierThisMonth = false;

    bool done() const { return today.has_value(); }
};

} // namespace tumbuh::ui
