#pragma once
// The tables of the "Laporan" page from a monthly report, laid out as the
// forms lay them out and in their words (the F1 form, the Permenkes
// categories): the same Indonesian terms as the xlsx and the PDF
// (report/monthly/monthlylabels.h), whatever language the program speaks.
#include "report/monthly/monthlyreport.h"
#include "ui/report/reporttablemodel.h"

namespace tumbuh::ui {

// F1 / SKDN of the whole scope: one row per item (S, K, D, N, T, O, B, K−D,
// 2T, BGM), a column per age group and sex, then the totals.
ReportTable skdnTable(const report::MonthlyReport& report);
// K/S, D/S, D/K, N/D, N/S, BGM/D, 2T/D with numerator, denominator, per cent.
ReportTable ratioTable(const report::MonthlyReport& report);
// The Permenkes categories of BB/U, TB/U, BB/TB, IMT/U: L, P, L+P and the share.
ReportTable statusTable(const report::MonthlyReport& report);
// Stunting, wasting, underweight, overweight with the 95 % interval.
ReportTable prevalenceTable(const report::MonthlyReport& report);
// One row per posyandu and the total: S, D, D/S, N/D, stunting, wasting,
// coloured by rank as in the PDF.
ReportTable comparisonTable(const report::MonthlyReport& report);

} // namespace tumbuh::ui
