#pragma once
// One line of the register, prepared once when the list is loaded: the
// lowercase search key, the age, RT/RW and the assessment of the last visit
// (with N/T/O/B and 2T, which the status dot counts), so that searching,
// filtering and sorting 50,000 children never touches the database or the
// growth engine again. The assessment is made after the rest: first for the
// rows on screen, the others afterwards (ChildListModel).
#include "growth/assessment.h"
#include "store/child.h"
#include "store/measurement.h"
#include "ui/common/statusmarker.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tumbuh::ui {

struct ChildRow {
    store::Child child;
    std::optional<store::Measurement> last; // the latest visit
    QString rt;
    QString rw;
    QString rtRw;     // "003/018"; empty when the household has none
    QString sortName; // lowercase name, for sorting without locale calls
    QString sortMother;
    QString searchKey; // lowercase "name \x1f mother", see ChildFilterProxy
    // Places in the alphabetical order of names and of mothers' names, so
    // that sorting compares integers (a re-sort after each filter change
    // over 50,000 rows makes close to a million comparisons).
    int nameRank = 0;
    int motherRank = 0;
    int ageMonths = -1; // completed months on the day the list was loaded
    double wfaZ = 0;    // weight-for-age z of the last visit, for sorting (NaN: none)
    // Of `last`, against the weighings of the two months before it: the
    // z-scores and labels, N/T/O/B and 2T, the checks. Valid once `assessed`
    // (ChildListModel::rowAt makes sure of it); `before` holds those earlier
    // weighings until then.
    growth::Assessment assessment;
    Marker marker = Marker::None; // StatusMarker::of(assessment)
    bool assessed = false;
    std::vector<growth::Visit> before;
    // `last` is in brief (id, date, weight) and `before` is still to be read
    // (ChildListModel::load with inBrief).
    bool inputsToRead = false;
};

} // namespace tumbuh::ui
