#pragma once
// The monthly report on paper (issue 11 point 2): A4 portrait, in
// Indonesian, one page a posyandu can pin to the wall — the F1 / SKDN table,
// the ratios as bars against the 80 % target line, the nutrition status
// table with the prevalences and their 95 % intervals, the names of the
// children who need follow-up (names only, never a NIK; no referral is ever
// named), the 12-month trend chart and the signature lines. A report of
// several posyandu (a puskesmas area) adds pages comparing the posyandu (D/S,
// N/D, stunting, wasting), each cell coloured by its rank.
//
// Qt Gui only: painted with QPainter on any QPagedPaintDevice (QPdfWriter
// here, the QPrinter ui sets up through QPrintDialog).
#include "report/monthly/monthlyreport.h"

#include <QString>

class QPagedPaintDevice;

namespace tumbuh::report {

// Writes the PDF to `path` (callers write to a temporary file through
// records/outputfile.h). False with the reason in `error`.
bool writeMonthlyPdf(const MonthlyReport& report, const QString& path, QString* error = nullptr);

// Prints on a device the caller has set up; the page is set to A4 portrait.
void printMonthly(const MonthlyReport& report, QPagedPaintDevice& device);

// The number of pages printMonthly makes: 1 for one posyandu, more for the
// comparison pages of several.
int monthlyPageCount(const MonthlyReport& report);

} // namespace tumbuh::report
