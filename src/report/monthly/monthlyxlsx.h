#pragma once
// The monthly report as an Excel workbook (issue 11 point 2), written with
// libxlsxwriter. Five sheets, in this order and with exactly these names:
//
//   F1 SKDN      the title block, the F1 table (S, K, D, N, T, O, B, K−D, 2T,
//                BGM by posyandu, age group and sex) and the ratios;
//   Status gizi  the Permenkes category counts of BB/U, TB/U, BB/TB and
//                IMT/U with their denominators, and the prevalences with
//                their 95 % Wilson intervals;
//   Rujukan      referrals and counselling of the month by posyandu;
//   Daftar anak  the by-name list (e-PPGBM's headers, in their order);
//   Tren         the last 12 months of D/S, N/D and the four prevalences.
//
// Counts are numeric cells, percentages numbers with the format 0.0 %; every
// sheet is set up for A4 landscape, its header rows frozen. The aggregate
// sheets carry the signature lines (kader, bidan, TPG) and never a name or a
// NIK: those are only in "Daftar anak", whose header is its first row so that
// the list can be filtered and copied like e-PPGBM's own export.
//
// The workbook is written straight to `path`: callers write to a temporary
// file (records/outputfile.h) and rename it.
#include "report/monthly/monthlyreport.h"

#include <QString>

namespace tumbuh::report {

// False with the reason in `error` when the file cannot be written.
bool writeMonthlyXlsx(const MonthlyReport& report, const QString& path, QString* error = nullptr);

} // namespace tumbuh::report
