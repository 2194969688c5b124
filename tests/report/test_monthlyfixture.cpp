// The hand-made fixture (monthlyfixture.cpp), May 2024: every SKDN cell
// worked out by hand from the children's stories written there.
#include "monthlyfixture.h"

#include "records/monthly/monthlycsv.h"
#include "records/monthly/monthlyloader.h"
#include "records/outputguard.h"
#include "report/monthly/monthlyreport.h"
#include "support/recordsfixture.h"

#include <QDir>
#include <QFile>

#include <boost/test/unit_test.hpp>

#include <array>
#include <chrono>

using namespace tumbuh;
using namespace tumbuh::report;
using namespace std::chrono;
using records::test::adminPolicy;
using records::test::Folder;
using records::test::giveConsent;
using records::test::openDb;
using records::test::readText;
using records::test::why;

namespace {

// S, K, D, N, T, O, B, 2T, BGM of one cell.
using Expected = std::array<int, 9>;
// Rows: 0-5, 6-11, 12-23, 24-59, total; each L, P, total.
using ExpectedTable = std::array<std::array<Expected, 3>, 5>;

// Posyandu Uji (children 1-19 of the fixture):
//   S   0-5 P Putri | 6-11 L Nanda; P Gita, Kiki (6 m at the month end) |
//       12-23 L Budi, Hadi, Oki; P Maya | 24-59 L Candra, Eko, Fajar;
//       P Ani, Dewi, Jeni (moves after the month end).
//       Out: Indah (moved 16 May), Joko (died 20 May), Lukman and Lina
//       (60 months), Qori (born in June).
//   K   S without Maya (no Buku KIA).
//   D   everyone in S but Oki; Kiki in 0-5 (5 m 29 d on the weighing day).
//   N   Kiki (0-5 P), Nanda (6-11 L), Gita (6-11 P, her last weighing),
//       Hadi (12-23 L), Candra, Fajar (24-59 L), Jeni (24-59 P).
//   T   Maya (12-23 P), Eko (24-59 L), Dewi (24-59 P).
//   O   Ani (24-59 P).  B  Putri (0-5 P), Budi (12-23 L).
//   2T  Eko.  BGM  Fajar.
const ExpectedTable kUjiExpected = {{
    //  S  K  D  N  T  O  B 2T BGM
    {{{0, 0, 0, 0, 0, 0, 0, 0, 0}, {1, 1, 2, 1, 0, 0, 1, 0, 0}, {1, 1, 2, 1, 0, 0, 1, 0, 0}}},    // 0-5
    {{{1, 1, 1, 1, 0, 0, 0, 0, 0}, {2, 2, 1, 1, 0, 0, 0, 0, 0}, {3, 3, 2, 2, 0, 0, 0, 0, 0}}},    // 6-11
    {{{3, 3, 2, 1, 0, 0, 1, 0, 0}, {1, 0, 1, 0, 1, 0, 0, 0, 0}, {4, 3, 3, 1, 1, 0, 1, 0, 0}}},    // 12-23
    {{{3, 3, 3, 2, 1, 0, 0, 1, 1}, {3, 3, 3, 1, 1, 1, 0, 0, 0}, {6, 6, 6, 3, 2, 1, 0, 1, 1}}},    // 24-59
    {{{7, 7, 6, 4, 1, 0, 1, 1, 1}, {7, 6, 7, 3, 2, 1, 1, 0, 0}, {14, 13, 13, 7, 3, 1, 2, 1, 1}}}, // total
}};

// Posyandu Lain: Rudi (24-59 L), N; Sari (24-59 P), O (last weighed in
// December 2022). Hadi's old weighings there do not count for Lain: he is on
// Uji's register.
const ExpectedTable kLainExpected = {{
    {{{0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}}},
    {{{0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}}},
    {{{0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0}}},
    {{{1, 1, 1, 1, 0, 0, 0, 0, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0}, {2, 2, 2, 1, 0, 1, 0, 0, 0}}},
    {{{1, 1, 1, 1, 0, 0, 0, 0, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0}, {2, 2, 2, 1, 0, 1, 0, 0, 0}}},
}};

Expected values(const SkdnCell& c) { return {c.s, c.k, c.d, c.n, c.t, c.o, c.b, c.twoT, c.bgm}; }

void checkTable(const SkdnTable& got, const ExpectedTable& expected, const char* what)
{
    static const char* const groups[] = {"0-5", "6-11", "12-23", "24-59", "total"};
    static const char* const sexes[] = {"L", "P", "total"};
    static const char* const fields[] = {"S", "K", "D", "N", "T", "O", "B", "2T", "BGM"};
    for (std::size_t g = 0; g < 5; ++g) {
        for (std::size_t s = 0; s < 3; ++s) {
            const Expected v = values(got[g][s]);
            for (std::size_t f = 0; f < 9; ++f) {
                BOOST_TEST(v[f] == expected[g][s][f],
                           what << ' ' << groups[g] << ' ' << sexes[s] << ' ' << fields[f] << ": " << v[f]
                                << " != " << expected[g][s][f]);
            }
        }
    }
}

ExpectedTable sum(const ExpectedTable& a, const ExpectedTable& b)
{
    ExpectedTable t{};
    for (std::size_t g = 0; g < 5; ++g)
        for (std::size_t s = 0; s < 3; ++s)
            for (std::size_t f = 0; f < 9; ++f)
                t[g][s][f] = a[g][s][f] + b[g][s][f];
    return t;
}

struct FixtureReport {
    Folder folder;
    QString db = folder.path(QStringLiteral("fixture.db"));
    FixtureReport()
    {
        test::makeMonthlyFixture(db);
        giveConsent(db); // every child listed by name (consent has its own tests)
    }

    MonthlyReport make(const QStringList& posyandu)
    {
        auto database = openDb(db);
        const records::NamedPolicy policy = adminPolicy(*database);
        auto input = records::MonthlyLoader(*database, policy).load(2024y / 5, posyandu);
        BOOST_REQUIRE_MESSAGE(input.ok(), why(input));
        return computeMonthlyReport(*input);
    }
};

std::size_t at(AgeGroup g) { return static_cast<std::size_t>(g); }
std::size_t at(SexColumn s) { return static_cast<std::size_t>(s); }

} // namespace

BOOST_AUTO_TEST_SUITE(monthly_report_fixture)

BOOST_FIXTURE_TEST_CASE(every_skdn_cell_of_the_whole_file, FixtureReport)
{
    const MonthlyReport r = make({});
    BOOST_REQUIRE_EQUAL(r.posyandu.size(), 2u);
    BOOST_TEST(r.wholeFile);
    // Ordered by name: Lain, Uji.
    BOOST_TEST(r.posyandu[0].info.name.toStdString() == test::kLain);
    BOOST_TEST(r.posyandu[1].info.name.toStdString() == test::kUji);
    checkTable(r.posyandu[1].skdn, kUjiExpected, "Uji");
    checkTable(r.posyandu[0].skdn, kLainExpected, "Lain");
    checkTable(r.total.skdn, sum(kUjiExpected, kLainExpected), "total");
    BOOST_TEST(r.kecamatan.toStdString() == "Kecamatan Uji"); // shared by both
}

BOOST_FIXTURE_TEST_CASE(one_posyandu_by_name_or_uid, FixtureReport)
{
    for (const QString& which : {QStringLiteral("posyandu  uji"), QString::fromLatin1(test::kUjiUid)}) {
        const MonthlyReport r = make({which});
        BOOST_REQUIRE_EQUAL(r.posyandu.size(), 1u);
        BOOST_TEST(!r.wholeFile);
        BOOST_TEST(r.title.toStdString() == test::kUji);
        checkTable(r.posyandu[0].skdn, kUjiExpected, "Uji alone");
        checkTable(r.total.skdn, kUjiExpected, "Uji's total");
    }
}

BOOST_FIXTURE_TEST_CASE(unknown_posyandu_is_an_error, FixtureReport)
{
    auto database = openDb(db);
    const records::NamedPolicy policy = adminPolicy(*database);
    auto input = records::MonthlyLoader(*database, policy).load(2024y / 5, {QStringLiteral("Posyandu Tidak Ada")});
    BOOST_REQUIRE(!input.ok());
    BOOST_TEST((input.error().code == store::ErrorCode::NotFound));
    BOOST_TEST(input.error().message.contains(QStringLiteral("Posyandu Tidak Ada")));
}

// Ratios of Uji's total cell: K/S 13/14, D/S 13/14, D/K 13/13, N/D 7/13,
// N/S 7/14, BGM/D 1/13, 2T/D 1/13.
BOOST_FIXTURE_TEST_CASE(ratios_with_numerator_and_denominator, FixtureReport)
{
    const SkdnRatios q = make({QString::fromLatin1(test::kUji)}).posyandu[0].ratios;
    const auto is = [](const Ratio& r, int n, int d) { return r.numerator == n && r.denominator == d; };
    BOOST_TEST(is(q.ks, 13, 14));
    BOOST_TEST(is(q.ds, 13, 14));
    BOOST_TEST(is(q.dk, 13, 13));
    BOOST_TEST(is(q.nd, 7, 13));
    BOOST_TEST(is(q.ns, 7, 14));
    BOOST_TEST(is(q.bgmD, 1, 13));
    BOOST_TEST(is(q.twoTD, 1, 13));
    BOOST_TEST(*q.nd.percent() == 100.0 * 7 / 13, boost::test_tools::tolerance(1e-9));
}

// Nutrition status at the last visit of May of the 13 children in S with a
// visit. BB/U: all 13 usable; Fajar (8.3 kg at 36 m) "Berat badan sangat
// kurang" (24-59 L) and underweight 1 of 13. TB/U: Nanda and Fajar have no
// height, Candra's 60 cm is flagged -> denominator 10 (0-5: Kiki, Putri;
// 6-11: Gita; 12-23: Budi, Hadi, Maya; 24-59: Ani, Dewi, Eko, Jeni), flagged
// 1 (24-59 L); Maya (70.5 cm at 15 m) is "Pendek" -> stunting 1 of 10.
BOOST_FIXTURE_TEST_CASE(status_tables_by_hand, FixtureReport)
{
    const PosyanduReport p = make({QString::fromLatin1(test::kUji)}).posyandu[0];
    const StatusTable& bbu = p.status[0];
    BOOST_TEST((bbu.index == StatusIndex::WeightForAge));
    BOOST_TEST(bbu.denominator[at(AgeGroup::Total)][at(SexColumn::Total)] == 13);
    BOOST_TEST(bbu.flagged[at(AgeGroup::Total)][at(SexColumn::Total)] == 0);
    BOOST_TEST((bbu.categories[0] == growth::NutritionCategory::SeverelyUnderweight));
    BOOST_TEST(bbu.counts[0][at(AgeGroup::M24To59)][at(SexColumn::L)] == 1);
    BOOST_TEST(bbu.counts[0][at(AgeGroup::Total)][at(SexColumn::Total)] == 1);
    BOOST_TEST(p.prevalences.underweight.cases == 1);
    BOOST_TEST(p.prevalences.underweight.denominator == 13);

    const StatusTable& tbu = p.status[1];
    BOOST_TEST((tbu.index == StatusIndex::LengthHeightForAge));
    const auto& d = tbu.denominator;
    BOOST_TEST(d[at(AgeGroup::M0To5)][at(SexColumn::Total)] == 2);
    BOOST_TEST(d[at(AgeGroup::M6To11)][at(SexColumn::Total)] == 1);
    BOOST_TEST(d[at(AgeGroup::M12To23)][at(SexColumn::Total)] == 3);
    BOOST_TEST(d[at(AgeGroup::M24To59)][at(SexColumn::Total)] == 4);
    BOOST_TEST(d[at(AgeGroup::Total)][at(SexColumn::Total)] == 10);
    BOOST_TEST(tbu.flagged[at(AgeGroup::M24To59)][at(SexColumn::L)] == 1);
    BOOST_TEST(tbu.flagged[at(AgeGroup::Total)][at(SexColumn::Total)] == 1);
    BOOST_TEST((tbu.categories[1] == growth::NutritionCategory::Stunted));
    BOOST_TEST(tbu.counts[1][at(AgeGroup::M12To23)][at(SexColumn::P)] == 1);
    BOOST_TEST(p.prevalences.stunting.cases == 1);
    BOOST_TEST(p.prevalences.stunting.denominator == 10);
    // Every category count of a cell adds up to its denominator.
    for (const StatusTable& t : p.status) {
        for (std::size_t g = 0; g < 5; ++g) {
            for (std::size_t s = 0; s < 3; ++s) {
                int total = 0;
                for (const auto& grid : t.counts)
                    total += grid[g][s];
                BOOST_TEST(total == t.denominator[g][s]);
            }
        }
    }
}

// Uji in May: made 1 (Eko, kekerasan), arrived 2 (Eko 20 May, Dewi 2 May),
// completed 1 (Dewi), no-show 0, overdue 1 (Fajar, follow-up 29 March),
// counselling 1 (Maya; Dewi's was in April).
BOOST_FIXTURE_TEST_CASE(referrals_and_counselling_of_the_month, FixtureReport)
{
    const MonthlyReport r = make({});
    const ReferralCounts& u = r.posyandu[1].referrals;
    BOOST_TEST(u.made == 1);
    BOOST_TEST(u.arrived == 2);
    BOOST_TEST(u.completed == 1);
    BOOST_TEST(u.noShow == 0);
    BOOST_TEST(u.overdue == 1);
    BOOST_TEST(u.counselling == 1);
    BOOST_TEST(r.posyandu[0].referrals.made == 0);
    BOOST_TEST(r.total.referrals.arrived == 2);
}

// The by-name list: the 13 weighed children of Uji plus Rudi and Sari, one row each
// (Gita once, at 27 May), with the e-PPGBM columns Tumbuh holds.
BOOST_FIXTURE_TEST_CASE(by_name_rows, FixtureReport)
{
    const MonthlyReport r = make({});
    BOOST_REQUIRE_EQUAL(r.daftarAnak.size(), 15u);
    const QStringList& h = daftarAnakHeaders();
    const auto col = [&h](const char* name) { return static_cast<std::size_t>(h.indexOf(QLatin1String(name))); };
    int gitas = 0;
    for (const DaftarAnakRow& row : r.daftarAnak) {
        BOOST_REQUIRE_EQUAL(row.cells.size(), static_cast<std::size_t>(h.size()));
        const QString name = std::get<QString>(row.cells[col("Nama")]);
        if (name == QLatin1String("Gita Dua Kali")) {
            ++gitas;
            BOOST_TEST(std::get<QString>(row.cells[col("Tanggal Pengukuran")]).toStdString() == "2024-05-27");
            BOOST_TEST(std::get<QString>(row.cells[col("Naik Berat Badan")]).toStdString() == "N");
            BOOST_TEST(std::get<double>(row.cells[col("Berat")]) == 7.2);
        }
        if (name == QLatin1String("Budi Baru")) {
            BOOST_TEST(std::get<QString>(row.cells[col("NIK")]).toStdString() == "6471010101230001");
            BOOST_TEST(std::get<QString>(row.cells[col("Nama Ortu")]).toStdString() == "Ibu Budi");
            BOOST_TEST(std::get<QString>(row.cells[col("RT")]).toStdString() == "004");
            BOOST_TEST(std::get<QString>(row.cells[col("Naik Berat Badan")]).toStdString() == "B");
            BOOST_TEST(std::get<QString>(row.cells[col("Cara Ukur")]).toStdString() == "Terlentang");
            BOOST_TEST(std::get<QString>(row.cells[col("Usia Saat Ukur")]).toStdString() == "1 Tahun - 0 Bulan - 5 Hari");
        }
        if (name == QLatin1String("Maya Tanpa KIA"))
            BOOST_TEST(std::get<QString>(row.cells[col("KIA")]).toStdString() == "Tidak");
        if (name == QLatin1String("Nanda Berat Saja"))
            BOOST_TEST(std::holds_alternative<std::monostate>(row.cells[col("Tinggi")]));
        BOOST_TEST(std::holds_alternative<std::monostate>(row.cells[col("Pukesmas")]));
        BOOST_TEST(name != QLatin1String("Oki Tidak Datang"));
        BOOST_TEST(name != QLatin1String("Indah Pergi"));
        BOOST_TEST(name != QLatin1String("Lukman Lulus"));
    }
    BOOST_TEST(gitas == 1);
}

// The CSV files: exact headers, the skdn blocks, and names only in
// daftar-anak.csv; the violence referral is never named anywhere.
BOOST_FIXTURE_TEST_CASE(csv_files, FixtureReport)
{
    const MonthlyReport r = make({});
    records::OutputGuard guard;
    guard.protectDatabase(db);
    const QString dir = folder.path(QStringLiteral("out"));
    auto written = records::MonthlyCsv::write(r, dir, guard);
    BOOST_REQUIRE_MESSAGE(written.ok(), why(written));
    BOOST_TEST(written->size() == 8);

    const auto lines = [&dir](const char* file) {
        return QString::fromUtf8(readText(QDir(dir).filePath(QString::fromLatin1(file))))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList skdn = lines("skdn.csv");
    BOOST_TEST(skdn.first().toStdString() == "posyandu,age_group,sex,S,K,D,N,T,O,B,2T,BGM");
    BOOST_TEST(skdn.size() == 1 + 3 * 15); // Lain, Uji, total
    BOOST_TEST(skdn.contains(QStringLiteral("Posyandu Uji,total,total,14,13,13,7,3,1,2,1,1")));
    BOOST_TEST(skdn.contains(QStringLiteral("Posyandu Uji,0-5,P,1,1,2,1,0,0,1,0,0")));
    BOOST_TEST(skdn.contains(QStringLiteral("total,24-59,L,4,4,4,3,1,0,0,1,1")));
    BOOST_TEST(skdn.last().toStdString() == "total,total,total,16,15,15,8,3,2,2,1,1");
    BOOST_TEST(lines("status.csv").first().toStdString() == "posyandu,index,category,age_group,sex,count,denominator");
    BOOST_TEST(lines("status.csv").contains(QStringLiteral("Posyandu Uji,TB/U,Pendek,12-23,P,1,1")));
    BOOST_TEST(lines("ratios.csv").contains(QStringLiteral("Posyandu Uji,N/D,7,13,53.8")));
    BOOST_TEST(lines("referrals.csv").first().toStdString() == "posyandu,made,arrived,completed,no_show,overdue,counselling");
    BOOST_TEST(lines("referrals.csv").contains(QStringLiteral("Posyandu Uji,1,2,1,0,1,1")));
    BOOST_TEST(lines("prevalence.csv").contains(QStringLiteral("Posyandu Uji,stunting,1,10,10.0,1.8,40.4")));
    BOOST_TEST(lines("trend.csv").size() == 1 + 3 * 12 * 6);
    BOOST_TEST(lines("daftar-anak.csv").first() == daftarAnakHeaders().join(QLatin1Char(',')));
    BOOST_TEST(lines("daftar-anak.csv").size() == 16);

    const QByteArray bom("\xEF\xBB\xBF");
    for (const QString& path : *written) {
        const QByteArray bytes = readText(path);
        BOOST_TEST(!bytes.startsWith(bom));
        BOOST_TEST(!bytes.contains("kekerasan"));
        BOOST_TEST(!bytes.contains('\r'));
        if (!path.endsWith(QLatin1String("daftar-anak.csv"))) {
            BOOST_TEST(!bytes.contains("Eko"), path.toStdString());
            BOOST_TEST(!bytes.contains("6471010101230001"), path.toStdString());
        }
    }
    BOOST_TEST(readText(QDir(dir).filePath(QStringLiteral("daftar-anak.csv"))).contains("Eko Duate"));
}

BOOST_AUTO_TEST_SUITE_END()
