#pragma once
// The month's report of one posyandu, several, or a whole puskesmas area
// (issue 11 point 1; indonesia-domain.md §2.1-§2.3, §3.1, §3.4): the F1 /
// SKDN table, its ratios, the Permenkes status tables with their
// prevalences and Wilson 95 % intervals, the referrals and counselling of the
// month, the by-name list shaped like e-PPGBM's "Daftar Anak Berdasarkan
// Status Gizi", and a 12-month trend per posyandu.
//
// This layer is pure: the records layer (records/monthly/monthlyloader.h)
// reads the store into a MonthlyInput, computeMonthlyReport() counts, and
// the writers (csv, xlsx, PDF, the "Laporan" page) only lay the result out.
//
// The rules, all as of the month's last day ("month end"):
//
//  S    A child counts in S of its posyandu (the posyandu of its register,
//       ChildForReport::posyandu) when it is born on or before the month
//       end, is 0-59 completed months old at the month end, and has not moved
//       away or died on or before the month end (status MovedAway / Deceased
//       with a statusDate after the month end still counts; a statusDate
//       missing counts as "before": out). Children who moved in during the
//       month are on the register and count; the file does not record when a
//       child joined, so a child on the register counts in every month it
//       was 0-59 months old. Every weighing of the child counts for its
//       register, wherever it was taken (a child who moved in brings its
//       history).
//       Age group of S and K: completed months (growth::completedMonths) at
//       the month end.
//  K    Of S, those with a Buku KIA / KMS (hasKia).
//  D    Of S, those with at least one weighing (a visit with a weight) in the
//       month. A child outside S (60 months or more at the month end, moved
//       away, died, born later) is in no count at all, so D never exceeds S.
//  N/T/O/B  The letter of the LAST weighing of the month, from
//       growth::assessSeries over all the child's weighings (each compared
//       with the latest weighing of an earlier calendar month). Every child
//       in D has exactly one letter, so D = N + T + O + B on every cell.
//       A weighing the engine cannot assess (before birth) is ignored.
//  2T   The last weighing of the month is T and the weighing it was compared
//       with was T (growth::SeriesAssessment::twoT).
//  BGM  BB/U of the last weighing of the month below settings.bgmLine
//       (growth::Assessment::bgm); a flagged BB/U is not counted.
//  Age group of D, N, T, O, B, 2T, BGM: completed months on the day of the
//       last weighing of the month. A child 5 months 29 days old on that day
//       is in 0-5 even when it is 6 months at the month end (and so in 6-11
//       for S and K). A child 60 months old on the weighing day is always 60
//       months or more at the month end, so it is outside S and in no count.
//  K-D  "Tidak hadir" on the form: K minus D of the same cell (it can be
//       negative in a cell because the two use different ages, and because
//       D includes children without a Buku KIA).
//
// Nutrition status: growth::assessVisit on the LAST visit of the month (any
// visit, weight-only or not) of every child in S with a visit in the month;
// age group by completed months on the day of that visit. For each index
// (BB/U, TB/U, BB/TB, IMT/U 0-60 months) the Permenkes category of the rounded z is counted; a z-score that could not be
// computed (no length, oedema, ...) is in no count of that index; a flagged
// (WHO implausible) z-score is left out of the category counts, the
// denominator and the prevalences, and counted separately in `flagged`.
// Denominator = children with a usable (computed, not flagged) z for that
// index.
//
// Prevalences: stunting TB/U z < -2, wasting BB/TB z < -2, underweight
// BB/U z < -2, overweight BB/TB z > +2 (growth::isStunted ...), each with a
// Wilson score 95 % interval (z = 1.96): 6 of 40 is 15 % (7-29 %).
//
// Units: counts are ints; percentages are doubles 0-100 computed only where
// the denominator is not zero.
#include "growth/assessment.h"
#include "growth/cadre.h"
#include "growth/permenkes.h"
#include "growth/types.h"

#include <QString>
#include <QStringList>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace tumbuh::report {

// ---------------------------------------------------------------- input

struct PosyanduInfo {
    QString uid;
    QString name;
    QString rw;
    QString kelurahan; // kelurahan or desa
    QString kecamatan;
    QString kabupaten; // kabupaten or kota
    QString province;
};

enum class RegisterStatus : std::uint8_t { Active,
                                           MovedAway,
                                           Deceased };

struct ChildForReport {
    QString uid;
    QString name;
    QString nik; // empty = none; only ever shown in the by-name list
    growth::Sex sex = growth::Sex::Male;
    std::chrono::year_month_day birth;
    int posyandu = 0; // index into MonthlyInput::posyandu (the child's register)
    RegisterStatus status = RegisterStatus::Active;
    std::optional<std::chrono::year_month_day> statusDate; // moved away / died on
    bool hasKia = true;
    std::optional<growth::Grams> birthWeight;
    std::optional<growth::Millimetres> birthLength;
    QString motherName;
    QString fatherName;
    QString address;
    QString rt;
    QString rw;
    // False: no consent of the parents for reporting (issue 12). The child
    // counts in every table but is left out of the by-name list (the nik
    // above is as the export may show it: the loader masks it).
    bool byName = true;
    // The visits up to the month end, in any order: at least every visit of
    // the 12 trend months and of the month before them, plus the latest
    // weighing before those (that is all the history N/T/O/B and 2T of the
    // trend months depend on); the loader gives the 13 months before the
    // report's month and that one earlier weighing.
    std::vector<growth::Visit> visits;
};

// Referrals and counselling of one posyandu in the month, counted by the
// loader (a referral belongs to the posyandu of its child). A referral whose
// reasons include `kekerasan` (violence) is counted like any other and never
// named anywhere in the report.
struct ReferralCounts {
    int made = 0;        // referred_on in the month
    int arrived = 0;     // an 'arrived' step happened in the month
    int completed = 0;   // a 'completed' step happened in the month
    int noShow = 0;      // a 'no_show' step happened in the month
    int overdue = 0;     // at the month end: still 'referred', follow-up day before the month end
    int counselling = 0; // counselling sessions given in the month

    ReferralCounts& operator+=(const ReferralCounts& o);
};

struct MonthlyInput {
    std::chrono::year_month month;
    std::vector<PosyanduInfo> posyandu; // the scope, in report order
    std::vector<ChildForReport> children;
    std::vector<ReferralCounts> referrals; // one per posyandu, same order (may be empty: all zero)
    growth::CadreSettings settings;
    std::chrono::year_month_day madeOn; // for the title block
    QString madeBy;
    bool wholeFile = false; // the scope is every posyandu in the file
    // False: the user may not see children by name (store::Permission::
    // ExportByName); the by-name list is left out entirely.
    bool byNameList = true;
};

// ---------------------------------------------------------------- tables

enum class AgeGroup : std::uint8_t { M0To5,
                                     M6To11,
                                     M12To23,
                                     M24To59,
                                     Total };
inline constexpr int kAgeGroupCount = 5; // with Total
inline constexpr std::array<AgeGroup, 5> kAgeGroups = {AgeGroup::M0To5, AgeGroup::M6To11, AgeGroup::M12To23,
                                                       AgeGroup::M24To59, AgeGroup::Total};
// The group of an age in completed months; nothing below 0 or from 60.
std::optional<AgeGroup> skdnAgeGroup(int completedMonths);
// "0-5", "6-11", "12-23", "24-59", "total" (the CSV keys).
QString ageGroupKey(AgeGroup g);

enum class SexColumn : std::uint8_t { L,
                                      P,
                                      Total };
inline constexpr int kSexColumnCount = 3;
inline constexpr std::array<SexColumn, 3> kSexColumns = {SexColumn::L, SexColumn::P, SexColumn::Total};
QString sexKey(SexColumn s); // "L", "P", "total"

// Rows are age groups (Total last), columns sexes (Total last).
template <typename T>
using AgeSexGrid = std::array<std::array<T, kSexColumnCount>, kAgeGroupCount>;

struct SkdnCell {
    int s = 0;
    int k = 0;
    int d = 0;
    int n = 0;
    int t = 0;
    int o = 0;
    int b = 0;
    int twoT = 0;
    int bgm = 0;
    int notPresent() const { return k - d; } // K - D
};
using SkdnTable = AgeSexGrid<SkdnCell>;

struct Ratio {
    int numerator = 0;
    int denominator = 0;
    std::optional<double> percent() const; // nothing when the denominator is 0
};

// The F1 ratios of the Total x Total cell.
struct SkdnRatios {
    Ratio ks, ds, dk, nd, ns, bgmD, twoTD;
};

// Wilson score interval, as fractions 0..1.
struct WilsonInterval {
    double low = 0.0;
    double high = 0.0;
};
// 95 % (z = 1.96) Wilson score interval of k successes in n; {0, 0} for n = 0.
WilsonInterval wilson(int k, int n);

struct Prevalence {
    int cases = 0;
    int denominator = 0;
    WilsonInterval ci;
    std::optional<double> percent() const;
};
// "15 % (7–29 %)"; "–" when the denominator is 0.
QString prevalenceText(const Prevalence& p);

struct Prevalences {
    Prevalence stunting;    // TB/U < -2
    Prevalence wasting;     // BB/TB < -2
    Prevalence underweight; // BB/U < -2
    Prevalence overweight;  // BB/TB > +2
};

// The four indices of the status tables, in this order.
enum class StatusIndex : std::uint8_t { WeightForAge,          // BB/U
                                        LengthHeightForAge,    // TB/U (PB/U)
                                        WeightForLengthHeight, // BB/TB (BB/PB)
                                        BmiForAge };           // IMT/U 0-60 bulan
inline constexpr int kStatusIndexCount = 4;
inline constexpr std::array<StatusIndex, 4> kStatusIndices = {
    StatusIndex::WeightForAge, StatusIndex::LengthHeightForAge, StatusIndex::WeightForLengthHeight,
    StatusIndex::BmiForAge};
QString statusIndexKey(StatusIndex i); // "BB/U", "TB/U", "BB/TB", "IMT/U"
growth::PermenkesIndex permenkesIndexOf(StatusIndex i);
growth::Indicator indicatorOf(StatusIndex i);

struct StatusTable {
    StatusIndex index = StatusIndex::WeightForAge;
    // growth::categoriesOf(permenkesIndexOf(index)), lowest z band first.
    std::vector<growth::NutritionCategory> categories;
    std::vector<AgeSexGrid<int>> counts; // one grid per category, same order
    AgeSexGrid<int> denominator{};       // children with a usable z for this index
    AgeSexGrid<int> flagged{};           // children whose z is flagged (left out above)
};

struct TrendPoint {
    std::chrono::year_month month;
    Ratio ds;
    Ratio nd;
    Prevalences prevalences;
};

// One posyandu, or the whole scope (MonthlyReport::total).
struct PosyanduReport {
    PosyanduInfo info; // the total's info holds the scope's common fields and name "total"
    SkdnTable skdn{};
    SkdnRatios ratios;
    std::array<StatusTable, kStatusIndexCount> status;
    Prevalences prevalences;
    ReferralCounts referrals;
    std::vector<TrendPoint> trend; // 12 months, oldest first, ending with the report's month
};

// ---------------------------------------------------------------- by name

// One cell of a table a writer lays out: empty, text, or a number (stored as
// a number in xlsx, never as text).
using Cell = std::variant<std::monostate, QString, double>;

// The header of e-PPGBM's "Daftar Anak Berdasarkan Status Gizi", exact text,
// in order (indonesia-domain.md §3.4): NIK, Nama, JK, Tgl Lahir, BB Lahir,
// TB Lahir, Nama Ortu, Prov, Kab/Kota, Kec, Pukesmas, Desa/Kel, Posyandu, RT,
// RW, Alamat, Usia Saat Ukur, Tanggal Pengukuran, Bulan Pengukuran, Berat,
// Tinggi, Cara Ukur, LiLA, BB/U, ZS BB/U, TB/U, ZS TB/U, BB/TB, ZS BB/TB,
// Naik Berat Badan, PMT Diterima (kg), Jml Vit A, KPSP, KIA,
// Kelas Ibu Balita, MBG, Detail.
const QStringList& daftarAnakHeaders();

// One child weighed in the month (in D), at the last weighing of the month.
// `cells` has one entry per daftarAnakHeaders() column; the columns Tumbuh
// does not hold (Pukesmas, PMT, Vit A, KPSP, Kelas Ibu Balita, MBG, Detail)
// are empty. Dates are "YYYY-MM-DD", weights kg and lengths cm as numbers,
// z-scores as numbers (2 decimals), categories as the Permenkes label, JK
// "L"/"P", Naik Berat Badan the letter N/T/O/B, KIA "Ya"/"Tidak".
struct DaftarAnakRow {
    int posyandu = 0; // index into MonthlyReport::posyandu
    std::vector<Cell> cells;
};

// ---------------------------------------------------------------- result

struct MonthlyReport {
    std::chrono::year_month month;
    // Title block: one posyandu -> its name and places; several -> the
    // names joined by ", " and the places they share (empty where they
    // differ); the whole file (wholeFile) -> title empty, the writers say
    // "semua posyandu".
    QString title;
    QString kelurahan;
    QString kecamatan;
    QString kabupaten;
    QString province;
    std::chrono::year_month_day madeOn;
    QString madeBy;
    bool wholeFile = false;

    std::vector<PosyanduReport> posyandu;  // same order as MonthlyInput::posyandu
    PosyanduReport total;                  // the whole scope
    std::vector<DaftarAnakRow> daftarAnak; // by posyandu, then name
    // The by-name list is shown at all (MonthlyInput::byNameList), and how
    // many children of the month (in D) it leaves out for want of consent.
    bool daftarAnakShown = true;
    int daftarAnakLeftOut = 0;
};

// The line every writer puts under the by-name list: why it is empty (not
// shown for this role) or how many children it leaves out; empty when
// neither. Translated (the by-name note of records/namedpolicy.h).
QString daftarAnakNote(const MonthlyReport& report);
// "%n anak tidak disertakan …": the note of every by-name output that left
// children out for want of consent (empty for 0).
QString leftOutNote(int leftOut);

MonthlyReport computeMonthlyReport(const MonthlyInput& input);

// The last day of a month.
std::chrono::year_month_day lastDayOf(std::chrono::year_month m);

} // namespace tumbuh::report
