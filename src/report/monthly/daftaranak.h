#pragma once
// One row of the by-name list (e-PPGBM "Daftar Anak Berdasarkan Status
// Gizi"), from a child's last weighing of the month. Internal to
// computeMonthlyReport; the columns are daftarAnakHeaders().
#include "report/monthly/monthlyreport.h"

namespace tumbuh::report {

DaftarAnakRow makeDaftarAnakRow(const ChildForReport& child, const PosyanduInfo& posyandu, const growth::Visit& visit,
                                const growth::Assessment& assessment, growth::WeighingStatus letter);

// "2 Tahun - 3 Bulan - 5 Hari", as e-PPGBM writes "Usia Saat Ukur".
QString ageText(std::chrono::year_month_day birth, std::chrono::year_month_day on);

// "YYYY-MM-DD".
QString isoDate(std::chrono::year_month_day d);

} // namespace tumbuh::report
