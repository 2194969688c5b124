// The pure pieces of the monthly report: the Wilson interval (issue 11's own
// example), the F1 age groups, the e-PPGBM header and the age text.
#include "report/monthly/daftaranak.h"
#include "report/monthly/monthlyreport.h"

#include <boost/test/unit_test.hpp>

#include <chrono>

using namespace tumbuh::report;
using namespace std::chrono;

BOOST_AUTO_TEST_SUITE(monthly_report_pure)

// Issue 11: "a posyandu of 40 children with 6 stunted is 15 % (7–29 %)".
// By hand: p = 0.15, z² = 3.8416, z²/n = 0.09604; centre = (0.15 + 0.04802) /
// 1.09604 = 0.18067; half = 1.96 * sqrt(0.0031875 + 0.00060025) / 1.09604 =
// 0.11006 -> 0.0706 .. 0.2907.
BOOST_AUTO_TEST_CASE(wilson_six_of_forty)
{
    const WilsonInterval w = wilson(6, 40);
    BOOST_TEST(w.low == 0.0706, boost::test_tools::tolerance(0.0005));
    BOOST_TEST(w.high == 0.2907, boost::test_tools::tolerance(0.0005));
    const Prevalence p{6, 40, w};
    BOOST_TEST(prevalenceText(p).toStdString() == "15 % (7–29 %)");
}

// Edge cases by hand: 0 of 10 -> [0, 0.2775] (z²/(n+z²) = 3.8416/13.8416);
// 10 of 10 -> [0.7225, 1]; nothing of nothing -> no percentage, "–".
BOOST_AUTO_TEST_CASE(wilson_edges)
{
    BOOST_TEST(wilson(0, 10).low == 0.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(wilson(0, 10).high == 0.2775, boost::test_tools::tolerance(0.0005));
    BOOST_TEST(wilson(10, 10).low == 0.7225, boost::test_tools::tolerance(0.0005));
    BOOST_TEST(wilson(10, 10).high == 1.0, boost::test_tools::tolerance(1e-9));
    const Prevalence none{0, 0, wilson(0, 0)};
    BOOST_TEST(!none.percent().has_value());
    BOOST_TEST(prevalenceText(none).toStdString() == "–");
    const Ratio empty{3, 0};
    const Ratio threeOfFour{3, 4};
    BOOST_TEST(!empty.percent().has_value());
    BOOST_TEST(*threeOfFour.percent() == 75.0);
}

BOOST_AUTO_TEST_CASE(age_groups_of_the_f1_form)
{
    BOOST_TEST(!skdnAgeGroup(-1).has_value());
    BOOST_TEST((*skdnAgeGroup(0) == AgeGroup::M0To5));
    BOOST_TEST((*skdnAgeGroup(5) == AgeGroup::M0To5));
    BOOST_TEST((*skdnAgeGroup(6) == AgeGroup::M6To11));
    BOOST_TEST((*skdnAgeGroup(11) == AgeGroup::M6To11));
    BOOST_TEST((*skdnAgeGroup(12) == AgeGroup::M12To23));
    BOOST_TEST((*skdnAgeGroup(23) == AgeGroup::M12To23));
    BOOST_TEST((*skdnAgeGroup(24) == AgeGroup::M24To59));
    BOOST_TEST((*skdnAgeGroup(59) == AgeGroup::M24To59));
    BOOST_TEST(!skdnAgeGroup(60).has_value());
    BOOST_TEST(ageGroupKey(AgeGroup::M12To23).toStdString() == "12-23");
    BOOST_TEST(ageGroupKey(AgeGroup::Total).toStdString() == "total");
    BOOST_TEST(sexKey(SexColumn::P).toStdString() == "P");
}

// indonesia-domain.md §3.4, in order.
BOOST_AUTO_TEST_CASE(daftar_anak_header_is_e_ppgbm)
{
    const QString expected = QStringLiteral(
        "NIK|Nama|JK|Tgl Lahir|BB Lahir|TB Lahir|Nama Ortu|Prov|Kab/Kota|Kec|Pukesmas|Desa/Kel|Posyandu|RT|RW|Alamat|"
        "Usia Saat Ukur|Tanggal Pengukuran|Bulan Pengukuran|Berat|Tinggi|Cara Ukur|LiLA|BB/U|ZS BB/U|TB/U|ZS TB/U|"
        "BB/TB|ZS BB/TB|Naik Berat Badan|PMT Diterima (kg)|Jml Vit A|KPSP|KIA|Kelas Ibu Balita|MBG|Detail");
    BOOST_TEST(daftarAnakHeaders().join(QLatin1Char('|')).toStdString() == expected.toStdString());
}

BOOST_AUTO_TEST_CASE(age_text_as_e_ppgbm_writes_it)
{
    // 2022-02-10 -> 2024-05-15: 2 years 3 months (10 May), 5 days.
    BOOST_TEST(ageText(2022y / 2 / 10, 2024y / 5 / 15).toStdString() == "2 Tahun - 3 Bulan - 5 Hari");
    // Born 31 January: 1 month on 1 March (completedMonths' rule), 0 days.
    BOOST_TEST(ageText(2023y / 1 / 31, 2023y / 3 / 1).toStdString() == "0 Tahun - 1 Bulan - 0 Hari");
    // 5 months 29 days (the fixture's Kiki).
    BOOST_TEST(ageText(2023y / 11 / 16, 2024y / 5 / 15).toStdString() == "0 Tahun - 5 Bulan - 29 Hari");
}

BOOST_AUTO_TEST_CASE(last_day_of_month)
{
    BOOST_TEST((lastDayOf(2024y / 2) == 2024y / 2 / 29));
    BOOST_TEST((lastDayOf(2023y / 2) == 2023y / 2 / 28));
    BOOST_TEST((lastDayOf(2024y / 12) == 2024y / 12 / 31));
}

BOOST_AUTO_TEST_SUITE_END()
