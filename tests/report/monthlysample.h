#pragma once
// A small synthetic month (March 2026) for the monthly report's file tests:
// two posyandu, seven invented children with invented NIKs, weighings in
// January-March. The tests run the real computeMonthlyReport on it; they
// never build a MonthlyReport by hand.
#include "report/monthly/monthlyreport.h"

#include <QString>

#include <vector>

namespace tumbuh::test {

struct SampleChild {
    QString name;
    QString nik;
};

// Both posyandu ("Melati", "Mawar"); `onlyFirst`: Melati alone.
report::MonthlyInput sampleMonthlyInput(bool onlyFirst = false);
// The names and NIKs of every child in the sample.
std::vector<SampleChild> sampleChildren();

} // namespace tumbuh::test
