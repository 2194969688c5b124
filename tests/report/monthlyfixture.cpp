#include "monthlyfixture.h"

#include "support/recordsfixture.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

namespace tumbuh::report::test {
namespace {

using records::test::openDb;
using records::test::rawExec;

QString uid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

const QString kStamp = QStringLiteral("1704067200000"); // 2024-01-01T00:00:00Z, as schema 5 stores it

// The fixture's rows are written below with uids and dates as text; schema 5
// stores a uid as its 16 bytes and a date as days since 1970.
QString inSchema5Forms(QString sql)
{
    static const QRegularExpression uuid(
        QStringLiteral("'([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})'"));
    sql.replace(uuid, QStringLiteral("X'\\1\\2\\3\\4\\5'"));
    static const QRegularExpression date(QStringLiteral("'(\\d{4}-\\d{2}-\\d{2})'"));
    sql.replace(date, QStringLiteral("CAST(julianday('\\1') - 2440587.5 AS INTEGER)"));
    return sql;
}

QString quoted(const QString& s) { return s.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + s + QLatin1Char('\''); }

struct Sql {
    QStringList lines;
    int nextMeasurement = 1;

    void posyandu(int id, const QString& u, const QString& name)
    {
        lines << QStringLiteral("INSERT INTO posyandu (id, uid, name, rw, kelurahan, kecamatan, kabupaten, province, "
                                "created_at, updated_at) VALUES (%1, '%2', '%3', '003', 'Sungai Uji', 'Kecamatan Uji', "
                                "'Kota Uji', 'Kalimantan Timur', %4, %4);")
                     .arg(id)
                     .arg(u, name, kStamp);
    }
    // sex 1 boy, 2 girl; status 'active' / 'moved' / 'deceased'.
    void child(int id, int posyandu, const QString& name, int sex, const QString& birth, bool kia = true,
               const QString& status = QStringLiteral("active"), const QString& statusDate = {},
               const QString& nik = {}, int household = 0)
    {
        lines << QStringLiteral("INSERT INTO children (id, uid, nik, name, sex, birth_date, posyandu_id, status, "
                                "status_date, has_kia, household_id, mother_name, created_at, updated_at) VALUES "
                                "(%1, '%2', %3, '%4', %5, '%6', %7, '%8', %9, %10, %11, NULL, %12, %12);")
                     .arg(id)
                     .arg(uid(), quoted(nik), name)
                     .arg(sex)
                     .arg(birth)
                     .arg(posyandu)
                     .arg(status, quoted(statusDate))
                     .arg(kia ? 1 : 0)
                     .arg(household ? QString::number(household) : QStringLiteral("NULL"), kStamp);
    }
    // weight in grams; length in mm (0 = none) with position 1 lying, 2 standing.
    void measure(int child, int posyandu, const QString& date, int grams, int mm = 0, int position = 0,
                 bool deleted = false)
    {
        lines << QStringLiteral("INSERT INTO measurements (id, uid, child_id, posyandu_id, measured_on, weight_g, "
                                "length_mm, length_position, created_at, updated_at, deleted_at) VALUES "
                                "(%1, '%2', %3, %4, '%5', %6, %7, %8, %9, %9, %10);")
                     .arg(nextMeasurement++)
                     .arg(uid())
                     .arg(child)
                     .arg(posyandu)
                     .arg(date)
                     .arg(grams)
                     .arg(mm ? QString::number(mm) : QStringLiteral("NULL"),
                          position ? QString::number(position) : QStringLiteral("NULL"), kStamp,
                          deleted ? kStamp : QStringLiteral("NULL"));
    }
};

} // namespace

void makeMonthlyFixture(const QString& path)
{
    openDb(path).reset(); // the schema, through the store
    Sql s;
    s.posyandu(1, QString::fromLatin1(kUjiUid), QString::fromLatin1(kUji));
    s.posyandu(2, uid(), QString::fromLatin1(kLain));
    s.lines << QStringLiteral("INSERT INTO households (id, uid, posyandu_id, address, rt, rw, father_name, "
                              "mother_name, created_at, updated_at) VALUES (1, '%1', 1, 'Jl. Uji No. 1', '004', "
                              "'003', 'Bapak Budi', 'Ibu Budi', %2, %2);")
                   .arg(uid(), kStamp);
    const int U = 1;
    const int L = 2;
    // Ages are completed months (growth::completedMonths) on 2024-05-31 and
    // on the weighing day; KBM of the default table (11-60 months: 200 g).

    // 1 Budi: boy, 12 m. First weighing ever on 15 May -> B (12-23 L).
    s.child(1, U, QStringLiteral("Budi Baru"), 1, QStringLiteral("2023-05-10"), true, QStringLiteral("active"), {},
            QStringLiteral("6471010101230001"), 1);
    s.measure(1, U, QStringLiteral("2024-05-15"), 9600, 750, 1);
    // 2 Ani: girl, 24 m (24 on 14 May). March then May, not April -> O (24-59 P).
    s.child(2, U, QStringLiteral("Ani Absen"), 2, QStringLiteral("2022-05-01"));
    s.measure(2, U, QStringLiteral("2024-03-12"), 11000, 850, 2);
    s.measure(2, U, QStringLiteral("2024-05-14"), 11300, 855, 2);
    // 3 Candra: boy, 35 m on 15 May. +300 g >= 200 -> N (24-59 L). Height
    // 60 cm standing at 35 months: TB/U flagged (WHO: z < -6).
    s.child(3, U, QStringLiteral("Candra Naik"), 1, QStringLiteral("2021-05-20"));
    s.measure(3, U, QStringLiteral("2024-04-15"), 14000, 950, 2);
    s.measure(3, U, QStringLiteral("2024-05-15"), 14300, 600, 2);
    // 4 Dewi: girl, 30 m. March 12.0, April 12.5 (N), May 12.6: +100 g < 200 -> T, not 2T.
    s.child(4, U, QStringLiteral("Dewi Tetap"), 2, QStringLiteral("2021-11-03"));
    s.measure(4, U, QStringLiteral("2024-03-15"), 12000, 880, 2);
    s.measure(4, U, QStringLiteral("2024-04-15"), 12500, 885, 2);
    s.measure(4, U, QStringLiteral("2024-05-15"), 12600, 890, 2);
    // 5 Eko: boy, 28 m. Feb 11.5, Mar 12.0 (N), Apr 12.1 (T), May 12.2 (T) -> T and 2T.
    s.child(5, U, QStringLiteral("Eko Duate"), 1, QStringLiteral("2022-01-10"));
    s.measure(5, U, QStringLiteral("2024-02-15"), 11500, 870, 2);
    s.measure(5, U, QStringLiteral("2024-03-15"), 12000, 875, 2);
    s.measure(5, U, QStringLiteral("2024-04-15"), 12100, 880, 2);
    s.measure(5, U, QStringLiteral("2024-05-15"), 12200, 890, 2);
    // 6 Fajar: boy, 36 m on 15 May. April 8.0, May 8.3 (+300 -> N); 8.3 kg
    // at 36 months is far below BB/U -3 SD (10.0 kg) -> BGM (24-59 L).
    // Weighed only (no height).
    s.child(6, U, QStringLiteral("Fajar Merah"), 1, QStringLiteral("2021-04-20"));
    s.measure(6, U, QStringLiteral("2024-04-15"), 8000);
    s.measure(6, U, QStringLiteral("2024-05-15"), 8300);
    // 7 Gita: girl, 6 m at the month end. April 8 (5 m) 6.5; 6 May (6 m) 6.7
    // (+200 < 400: T); 27 May 7.2 (+700 against April: N). The last weighing
    // counts: N (6-11 P), once in D.
    s.child(7, U, QStringLiteral("Gita Dua Kali"), 2, QStringLiteral("2023-11-05"));
    s.measure(7, U, QStringLiteral("2024-04-08"), 6500, 640, 1);
    s.measure(7, U, QStringLiteral("2024-05-06"), 6700, 650, 1);
    s.measure(7, U, QStringLiteral("2024-05-27"), 7200, 655, 1);
    // 8 Hadi: boy, 15 m, moved in: March and April weighed at Posyandu Lain,
    // now on Uji's register; 20 May +250 g against April -> N (12-23 L).
    s.child(8, U, QStringLiteral("Hadi Pindahan"), 1, QStringLiteral("2023-02-14"));
    s.measure(8, L, QStringLiteral("2024-03-14"), 10000, 770, 1);
    s.measure(8, L, QStringLiteral("2024-04-14"), 10200, 780, 1);
    s.measure(8, U, QStringLiteral("2024-05-20"), 10450, 790, 1);
    // 9 Indah: girl, moved away on 16 May, weighed on 10 May -> in no count.
    s.child(9, U, QStringLiteral("Indah Pergi"), 2, QStringLiteral("2022-08-01"), true, QStringLiteral("moved"),
            QStringLiteral("2024-05-16"));
    s.measure(9, U, QStringLiteral("2024-04-10"), 10500, 830, 2);
    s.measure(9, U, QStringLiteral("2024-05-10"), 10800, 835, 2);
    // 10 Joko: boy, died on 20 May -> in no count.
    s.child(10, U, QStringLiteral("Joko Wafat"), 1, QStringLiteral("2023-09-09"), true, QStringLiteral("deceased"),
            QStringLiteral("2024-05-20"));
    s.measure(10, U, QStringLiteral("2024-04-10"), 7800, 680, 1);
    // 11 Jeni: girl, 26 m, moves away on 5 June (after the month end): still
    // in S; April 11.0, May 11.3 -> N (24-59 P).
    s.child(11, U, QStringLiteral("Jeni Nanti Pindah"), 2, QStringLiteral("2022-03-03"), true,
            QStringLiteral("moved"), QStringLiteral("2024-06-05"));
    s.measure(11, U, QStringLiteral("2024-04-15"), 11000, 865, 2);
    s.measure(11, U, QStringLiteral("2024-05-15"), 11300, 870, 2);
    // 12 Kiki: girl born 16 Nov 2023: 5 months 29 days on 15 May (0-5 for D),
    // 6 months at the month end (6-11 for S and K). April 6.6, May 7.2:
    // +600 >= 500 (KBM at 5 m) -> N.
    s.child(12, U, QStringLiteral("Kiki Lima Bulan"), 2, QStringLiteral("2023-11-16"));
    s.measure(12, U, QStringLiteral("2024-04-15"), 6600, 630, 1);
    s.measure(12, U, QStringLiteral("2024-05-15"), 7200, 640, 1);
    // 13 Lukman: boy, 60 months on 12 May, weighed on 10 May at 59 months:
    // 60 at the month end -> out of S, so in no count.
    s.child(13, U, QStringLiteral("Lukman Lulus"), 1, QStringLiteral("2019-05-12"));
    s.measure(13, U, QStringLiteral("2024-04-10"), 17800, 1080, 2);
    s.measure(13, U, QStringLiteral("2024-05-10"), 18000, 1085, 2);
    // 14 Lina: girl, 60 months on the weighing day (20 May) -> in no count.
    s.child(14, U, QStringLiteral("Lina Enam Puluh"), 2, QStringLiteral("2019-05-05"));
    s.measure(14, U, QStringLiteral("2024-04-20"), 17500, 1075, 2);
    s.measure(14, U, QStringLiteral("2024-05-20"), 17700, 1080, 2);
    // 15 Maya: girl, 15 m, no Buku KIA: in S, not in K. April 9.0, May 9.1:
    // +100 -> T (12-23 P). 70.5 cm at 15 months: stunted (Pendek).
    s.child(15, U, QStringLiteral("Maya Tanpa KIA"), 2, QStringLiteral("2023-01-20"), false);
    s.measure(15, U, QStringLiteral("2024-04-15"), 9000, 700, 1);
    s.measure(15, U, QStringLiteral("2024-05-15"), 9100, 705, 1);
    // 16 Nanda: boy, 10 m, weight only in May: April 8.5, May 8.9: +400 >=
    // 300 -> N (6-11 L); no TB/U, BB/TB, IMT/U this month.
    s.child(16, U, QStringLiteral("Nanda Berat Saja"), 1, QStringLiteral("2023-07-01"));
    s.measure(16, U, QStringLiteral("2024-04-15"), 8500, 720, 1);
    s.measure(16, U, QStringLiteral("2024-05-15"), 8900);
    // 17 Oki: boy, 19 m, not weighed in May (his May row was deleted): in S
    // and K only (12-23 L).
    s.child(17, U, QStringLiteral("Oki Tidak Datang"), 1, QStringLiteral("2022-10-10"));
    s.measure(17, U, QStringLiteral("2024-04-15"), 10000, 800, 1);
    s.measure(17, U, QStringLiteral("2024-05-15"), 10200, 805, 1, true);
    // 18 Putri: girl born 3 May 2024, weighed 20 May -> B (0-5 P).
    s.child(18, U, QStringLiteral("Putri Lahir Mei"), 2, QStringLiteral("2024-05-03"));
    s.measure(18, U, QStringLiteral("2024-05-20"), 3800, 510, 1);
    // 19 Qori: girl born 2 June 2024 -> in no count of May.
    s.child(19, U, QStringLiteral("Qori Lahir Juni"), 2, QStringLiteral("2024-06-02"));
    // 20 Rudi: boy, 27 m, Posyandu Lain: April 13.0, May 13.3 -> N (Lain 24-59 L).
    s.child(20, L, QStringLiteral("Rudi Lain"), 1, QStringLiteral("2022-02-02"));
    s.measure(20, L, QStringLiteral("2024-04-15"), 13000, 900, 2);
    s.measure(20, L, QStringLiteral("2024-05-15"), 13300, 905, 2);
    // 21 Sari: girl, 40 m, Posyandu Lain: weighed in December 2022 and then
    // not until 15 May 2024 -> O, not B (her only earlier weighing lies
    // before the 13 months the loader reads) (Lain 24-59 P).
    s.child(21, L, QStringLiteral("Sari Lama"), 2, QStringLiteral("2021-01-15"));
    s.measure(21, L, QStringLiteral("2022-12-15"), 10500);
    s.measure(21, L, QStringLiteral("2024-05-15"), 13000, 950, 2);

    // Referrals of Posyandu Uji. Eko: referred 16 May for violence
    // (kekerasan), arrived 20 May -> made 1, arrived 1, not overdue.
    // Fajar: referred 20 March, follow-up 29 March, no answer -> overdue at
    // the end of May. Dewi: referred in April, completed 10 May -> completed 1.
    // Counselling: Maya on 15 May (counts), Dewi on 15 April (not May).
    s.lines << QStringLiteral("INSERT INTO referrals (id, uid, child_id, referred_on, reasons, destination, status, "
                              "follow_up_on, arrived_on, created_at, updated_at) VALUES "
                              "(1, '%1', 5, '2024-05-16', '[\"kekerasan\"]', 'perlindungan_anak', 'arrived', "
                              "'2024-05-30', '2024-05-20', %4, %4), "
                              "(2, '%2', 6, '2024-03-20', '[\"bgm\"]', 'puskesmas', 'referred', '2024-03-29', NULL, "
                              "%4, %4), "
                              "(3, '%3', 4, '2024-04-20', '[\"t\"]', 'puskesmas', 'completed', '2024-05-04', "
                              "'2024-05-02', %4, %4);")
                   .arg(uid(), uid(), uid(), kStamp);
    s.lines << QStringLiteral("INSERT INTO referral_events (uid, referral_id, status, happened_on, created_at, "
                              "updated_at) VALUES ('%1', 1, 'referred', '2024-05-16', %7, %7), "
                              "('%2', 1, 'arrived', '2024-05-20', %7, %7), "
                              "('%3', 2, 'referred', '2024-03-20', %7, %7), "
                              "('%4', 3, 'referred', '2024-04-20', %7, %7), "
                              "('%5', 3, 'arrived', '2024-05-02', %7, %7), "
                              "('%6', 3, 'completed', '2024-05-10', %7, %7);")
                   .arg(uid(), uid(), uid(), uid(), uid(), uid(), kStamp);
    s.lines << QStringLiteral("INSERT INTO counselling (uid, child_id, counselled_on, topic, created_at, updated_at) "
                              "VALUES ('%1', 15, '2024-05-15', 'gizi', %3, %3), "
                              "('%2', 4, '2024-04-15', 'gizi', %3, %3);")
                   .arg(uid(), uid(), kStamp);
    rawExec(path, inSchema5Forms(s.lines.join(QLatin1Char('\n'))).toUtf8());
}

} // namespace tumbuh::report::test
