// The small pieces of the monthly report: keys, ratios, Wilson intervals and
// the e-PPGBM header (see monthlyreport.h).
#include "report/monthly/monthlyreport.h"

#include <QCoreApplication>

#include <cmath>

namespace tumbuh::report {

ReferralCounts& ReferralCounts::operator+=(const ReferralCounts& o)
{
    made += o.made;
    arrived += o.arrived;
    completed += o.completed;
    noShow += o.noShow;
    overdue += o.overdue;
    counselling += o.counselling;
    return *this;
}

std::optional<AgeGroup> skdnAgeGroup(int completedMonths)
{
    if (completedMonths < 0 || completedMonths >= 60)
        return std::nullopt;
    if (completedMonths < 6)
        return AgeGroup::M0To5;
    if (completedMonths < 12)
        return AgeGroup::M6To11;
    if (completedMonths < 24)
        return AgeGroup::M12To23;
    return AgeGroup::M24To59;
}

QString ageGroupKey(AgeGroup g)
{
    switch (g) {
    case AgeGroup::M0To5:
        return QStringLiteral("0-5");
    case AgeGroup::M6To11:
        return QStringLiteral("6-11");
    case AgeGroup::M12To23:
        return QStringLiteral("12-23");
    case AgeGroup::M24To59:
        return QStringLiteral("24-59");
    case AgeGroup::Total:
        break;
    }
    return QStringLiteral("total");
}

QString sexKey(SexColumn s)
{
    switch (s) {
    case SexColumn::L:
        return QStringLiteral("L");
    case SexColumn::P:
        return QStringLiteral("P");
    case SexColumn::Total:
        break;
    }
    return QStringLiteral("total");
}

std::optional<double> Ratio::percent() const
{
    if (denominator == 0)
        return std::nullopt;
    return 100.0 * numerator / denominator;
}

std::optional<double> Prevalence::percent() const
{
    if (denominator == 0)
        return std::nullopt;
    return 100.0 * cases / denominator;
}

WilsonInterval wilson(int k, int n)
{
    if (n <= 0)
        return {};
    constexpr double z = 1.96;
    const double nn = n;
    const double p = k / nn;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denom;
    const double half = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

QString daftarAnakNote(const MonthlyReport& report)
{
    if (!report.daftarAnakShown)
        return QCoreApplication::translate("tumbuh::report",
                                           "The list of children by name is left out: this role may not see "
                                           "children's names in a report.");
    return leftOutNote(report.daftarAnakLeftOut);
}

QString leftOutNote(int leftOut)
{
    if (leftOut <= 0)
        return {};
    // Context tumbuh::records: records::NamedPolicy::note() says it for every
    // other by-name output through this function.
    return QCoreApplication::translate("tumbuh::records",
                                       "%n child(ren) left out: no consent of the parents for reporting (yet).", nullptr,
                                       leftOut);
}

QString prevalenceText(const Prevalence& p)
{
    const auto pc = p.percent();
    if (!pc)
        return QStringLiteral("–");
    const auto whole = [](double fraction) { return QString::number(std::lround(fraction * 100.0)); };
    return QStringLiteral("%1 % (%2–%3 %)")
        .arg(QString::number(std::lround(*pc)), whole(p.ci.low), whole(p.ci.high));
}

QString statusIndexKey(StatusIndex i)
{
    switch (i) {
    case StatusIndex::WeightForAge:
        return QStringLiteral("BB/U");
    case StatusIndex::LengthHeightForAge:
        return QStringLiteral("TB/U");
    case StatusIndex::WeightForLengthHeight:
        return QStringLiteral("BB/TB");
    case StatusIndex::BmiForAge:
        break;
    }
    return QStringLiteral("IMT/U");
}

growth::PermenkesIndex permenkesIndexOf(StatusIndex i)
{
    switch (i) {
    case StatusIndex::WeightForAge:
        return growth::PermenkesIndex::WeightForAge;
    case StatusIndex::LengthHeightForAge:
        return growth::PermenkesIndex::LengthHeightForAge;
    case StatusIndex::WeightForLengthHeight:
        return growth::PermenkesIndex::WeightForLengthHeight;
    case StatusIndex::BmiForAge:
        break;
    }
    return growth::PermenkesIndex::BmiForAge0To60Months;
}

growth::Indicator indicatorOf(StatusIndex i)
{
    switch (i) {
    case StatusIndex::WeightForAge:
        return growth::Indicator::WeightForAge;
    case StatusIndex::LengthHeightForAge:
        return growth::Indicator::LengthHeightForAge;
    case StatusIndex::WeightForLengthHeight:
        return growth::Indicator::WeightForLengthHeight;
    case StatusIndex::BmiForAge:
        break;
    }
    return growth::Indicator::BmiForAge;
}

const QStringList& daftarAnakHeaders()
{
    static const QStringList headers = {
        QStringLiteral("NIK"),
        QStringLiteral("Nama"),
        QStringLiteral("JK"),
        QStringLiteral("Tgl Lahir"),
        QStringLiteral("BB Lahir"),
        QStringLiteral("TB Lahir"),
        QStringLiteral("Nama Ortu"),
        QStringLiteral("Prov"),
        QStringLiteral("Kab/Kota"),
        QStringLiteral("Kec"),
        QStringLiteral("Pukesmas"),
        QStringLiteral("Desa/Kel"),
        QStringLiteral("Posyandu"),
        QStringLiteral("RT"),
        QStringLiteral("RW"),
        QStringLiteral("Alamat"),
        QStringLiteral("Usia Saat Ukur"),
        QStringLiteral("Tanggal Pengukuran"),
        QStringLiteral("Bulan Pengukuran"),
        QStringLiteral("Berat"),
        QStringLiteral("Tinggi"),
        QStringLiteral("Cara Ukur"),
        QStringLiteral("LiLA"),
        QStringLiteral("BB/U"),
        QStringLiteral("ZS BB/U"),
        QStringLiteral("TB/U"),
        QStringLiteral("ZS TB/U"),
        QStringLiteral("BB/TB"),
        QStringLiteral("ZS BB/TB"),
        QStringLiteral("Naik Berat Badan"),
        QStringLiteral("PMT Diterima (kg)"),
        QStringLiteral("Jml Vit A"),
        QStringLiteral("KPSP"),
        QStringLiteral("KIA"),
        QStringLiteral("Kelas Ibu Balita"),
        QStringLiteral("MBG"),
        QStringLiteral("Detail"),
    };
    return headers;
}

std::chrono::year_month_day lastDayOf(std::chrono::year_month m)
{
    return std::chrono::year_month_day{m / std::chrono::last};
}

} // namespace tumbuh::report
