#pragma once
#include "records/storenames.h"
// The monthly report as CSV files (issue 11 point 2): `write` puts one file
// per table in a folder, each written safely (records/outputfile.h) after
// records/outputguard.h has cleared its path. Comma separated, UTF-8, no
// BOM, LF line ends; numbers as plain numbers (percentages with one
// decimal, an empty field where the denominator is 0).
//
//   skdn.csv        posyandu,age_group,sex,S,K,D,N,T,O,B,2T,BGM
//   status.csv      posyandu,index,category,age_group,sex,count,denominator
//   flagged.csv     posyandu,index,age_group,sex,flagged
//   prevalence.csv  posyandu,indicator,cases,denominator,percent,ci_low,ci_high
//   ratios.csv      posyandu,ratio,numerator,denominator,percent
//   referrals.csv   posyandu,made,arrived,completed,no_show,overdue,counselling
//   trend.csv       posyandu,month,indicator,numerator,denominator,percent
//   daftar-anak.csv the e-PPGBM header (report::daftarAnakHeaders())
//
// `posyandu` is the posyandu's name, one block per posyandu in the report's
// order, then `total` for the whole scope. Names and NIK are only in
// daftar-anak.csv.
// daftar-anak.csv's last line, when the list leaves children out for want of
// consent or is not shown at all (issue 12), is "# " followed by
// report::daftarAnakNote().
#include "store/result.h"

#include <QString>
#include <QStringList>

namespace tumbuh::report {
struct MonthlyReport;
}

namespace tumbuh::records {

class OutputGuard;

class MonthlyCsv {
public:
    // The file names, in the order they are written.
    static const QStringList& fileNames();

    // Writes every file into `folder` (made when missing). `guard` has the
    // database protected; each file is claimed in it. Returns the paths
    // written. On an error, the files not yet written are left as they were.
    static Result<QStringList> write(const report::MonthlyReport& report, const QString& folder, OutputGuard& guard);
};

} // namespace tumbuh::records
