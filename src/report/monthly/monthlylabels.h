#pragma once
// The Indonesian words the monthly report's files share (xlsx, PDF and the
// page), so that a row or a heading reads the same in each: month names, age
// groups, sexes, the title block's labels, the ratio and prevalence names,
// and which children of the by-name list need follow-up. The files are for
// the puskesmas and the Dinas Kesehatan: always Indonesian, whatever
// language the program speaks (as the growth card).
#include "report/monthly/monthlyreport.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <vector>

namespace tumbuh::report {

// "Maret 2026".
QString monthText(std::chrono::year_month month);
// "Mar", for the axis of a chart.
QString shortMonthText(std::chrono::year_month month);
// "6 Desember 2026".
QString dateText(std::chrono::year_month_day day);

// "0–5 bln", "6–11 bln", "12–23 bln", "24–59 bln", "Jumlah".
QString ageGroupLabel(AgeGroup group);
// "L", "P", "L+P".
QString sexLabel(SexColumn sex);

// One line of the title block: a label ("Kecamatan") and its value.
struct TitleLine {
    QString label;
    QString value;
};
// "Posyandu" or "Wilayah (puskesmas)", Kelurahan/Desa, Kecamatan,
// Kabupaten/Kota, Bulan, Dibuat pada, Dibuat oleh.
std::vector<TitleLine> titleBlock(const MonthlyReport& report);
// The title's name of the scope: the posyandu's names, or "Semua posyandu
// dalam file (12 posyandu)" for a whole file.
QString scopeName(const MonthlyReport& report);
// "LAPORAN BULANAN POSYANDU" or "LAPORAN BULANAN PUSKESMAS" (several posyandu).
QString reportHeading(const MonthlyReport& report);
// The name of a posyandu's block in a table; the scope's total is "Jumlah".
QString blockName(const PosyanduReport& block, bool isTotal);

// A ratio of the F1 form: its name ("D/S"), what it means ("Partisipasi
// masyarakat"), its value, and whether the 80 % target applies (not to BGM/D
// and 2T/D, where lower is better).
struct RatioRow {
    QString name;
    QString meaning;
    Ratio ratio;
    bool hasTarget = true;
};
std::vector<RatioRow> ratioRows(const SkdnRatios& ratios);
inline constexpr double kRatioTarget = 80.0; // per cent

// A prevalence with its name ("Stunting (TB/U < −2 SD)").
struct PrevalenceRow {
    QString name;
    QString shortName;
    Prevalence prevalence;
};
std::vector<PrevalenceRow> prevalenceRows(const Prevalences& prevalences);

// "BB/U", "TB/U", "BB/TB", "IMT/U" with the PMK's longer name.
QString statusIndexLabel(StatusIndex index);

// The posyandu blocks a table shows: each posyandu, then the scope's total
// when there are several (one posyandu: only itself).
struct ReportBlock {
    const PosyanduReport* report = nullptr;
    bool isTotal = false;
};
std::vector<ReportBlock> reportBlocks(const MonthlyReport& report);

// A child of the by-name list who needs follow-up this month: weight not
// gaining (T), or BB/U, TB/U or BB/TB beyond −2 SD (or above +2 SD for
// BB/TB). Only the name, the posyandu and the reasons: never the NIK.
// The list is built from the growth results alone; a referral (and so a
// confidential one) is never named in the report.
struct FollowUpChild {
    QString name;
    QString posyandu;
    QStringList reasons; // "tidak naik (T)", "pendek", ...
};
std::vector<FollowUpChild> followUpChildren(const MonthlyReport& report);

} // namespace tumbuh::report
