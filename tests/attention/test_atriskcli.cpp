// tumbuh-cli at-risk, run as a real process on a real database.
#include "attentionfixture.h"

#include "support/recordsfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using attention::test::Families;
using records::test::readText;
using records::test::runCli;

namespace {

const QString kHeader = QStringLiteral("child_uid,name,sex,birth_date,posyandu,measured_on,reasons,action,age_months,"
                                       "mother,rt,rw,referral_status");

QString uidOf(store::Database& db, store::RowId child)
{
    const QStringList lines = records::test::queryLines(
        db.path(), QStringLiteral("SELECT uid FROM children_readable WHERE id = %1").arg(child));
    BOOST_REQUIRE(lines.size() == 1);
    return lines.front();
}

// The CSV's rows (header first), split on commas (no field here has one).
QList<QStringList> rowsOf(const QString& path)
{
    QList<QStringList> out;
    for (const QString& line : QString::fromUtf8(readText(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << line.split(QLatin1Char(','));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(at_risk_cli)

BOOST_FIXTURE_TEST_CASE(one_row_per_child_who_needs_attention, Families)
{
    const QString out = dir.filePath(QStringLiteral("perlu-perhatian.csv"));
    QString said;
    records::test::giveConsent(path()); // a by-name CSV lists only children with consent for reporting
    const int code = runCli({QStringLiteral("at-risk"), QStringLiteral("--db"), path(), QStringLiteral("--month"),
                             QStringLiteral("2026-03"), QStringLiteral("-o"), out},
                            &said);
    BOOST_TEST_REQUIRE(code == 0, said.toStdString());
    const auto rows = rowsOf(out);
    BOOST_REQUIRE(rows.size() >= 4);
    BOOST_TEST(rows.front().join(QLatin1Char(',')).startsWith(kHeader));
    const QStringList header = rows.front();
    const auto col = [&](const char* name) { return header.indexOf(QString::fromLatin1(name)); };

    QStringList budiRow;
    QStringList fajarRow;
    const QString budiUid = uidOf(*db, budi);
    const QString fajarUid = uidOf(*db, fajar);
    for (const auto& r : rows.mid(1)) {
        BOOST_REQUIRE(r.size() == header.size());
        BOOST_TEST(!r[col("reasons")].isEmpty());
        if (r[col("child_uid")] == budiUid)
            budiRow = r;
        if (r[col("child_uid")] == fajarUid)
            fajarRow = r;
    }
    BOOST_REQUIRE(!budiRow.isEmpty());
    BOOST_TEST(budiRow[col("name")] == QStringLiteral("Budi Santoso"));
    BOOST_TEST(budiRow[col("sex")] == QStringLiteral("L"));
    BOOST_TEST(budiRow[col("birth_date")] == QStringLiteral("2025-01-10"));
    BOOST_TEST(budiRow[col("posyandu")] == QStringLiteral("Posyandu Mawar"));
    BOOST_TEST(budiRow[col("measured_on")] == QStringLiteral("2026-03-12"));
    BOOST_TEST(budiRow[col("reasons")].split(QLatin1Char(';')).contains(QStringLiteral("2T")));
    BOOST_TEST(budiRow[col("action")] == QStringLiteral("rujuk"));
    BOOST_TEST(budiRow[col("age_months")] == QStringLiteral("14")); // on 31 March (the month is over)
    BOOST_TEST(budiRow[col("mother")] == QStringLiteral("Rina Wati"));
    BOOST_TEST(budiRow[col("rt")] == QStringLiteral("004"));
    BOOST_TEST(budiRow[col("rw")] == QStringLiteral("002"));
    BOOST_TEST(budiRow[col("referral_status")] == QStringLiteral("referred"));
    BOOST_REQUIRE(!fajarRow.isEmpty());
    BOOST_TEST(fajarRow[col("reasons")] == QStringLiteral("not_weighed"));
    BOOST_TEST(fajarRow[col("action")] == QStringLiteral("pantau"));
    BOOST_TEST(fajarRow[col("measured_on")].isEmpty());
    // Rujuk rows come first.
    BOOST_TEST(rows[1][col("action")] == QStringLiteral("rujuk"));
    // A violence referral never appears in the export: Citra's row has no referral.
    const QString citraUid = uidOf(*db, citra);
    bool citraSeen = false;
    for (const auto& r : rows.mid(1))
        if (r[col("child_uid")] == citraUid) {
            citraSeen = true;
            BOOST_TEST(r[col("referral_status")].isEmpty());
            BOOST_TEST(r[col("referral_overdue")].isEmpty());
        }
    BOOST_TEST(citraSeen);
    BOOST_TEST(!QString::fromUtf8(readText(out)).contains(QStringLiteral("kekerasan")));
    BOOST_TEST(!QString::fromUtf8(readText(out)).contains(QStringLiteral("uptd_ppa")));
}

BOOST_FIXTURE_TEST_CASE(posyandu_by_name_limits_the_rows, Families)
{
    const QString out = dir.filePath(QStringLiteral("melati.csv"));
    QString said;
    records::test::giveConsent(path()); // a by-name CSV lists only children with consent for reporting
    BOOST_TEST_REQUIRE(runCli({QStringLiteral("at-risk"), QStringLiteral("--db"), path(), QStringLiteral("--month"),
                               QStringLiteral("2026-03"), QStringLiteral("--posyandu"),
                               QStringLiteral("posyandu melati"), QStringLiteral("-o"), out},
                              &said)
                           == 0,
                       said.toStdString());
    const auto rows = rowsOf(out);
    BOOST_REQUIRE(rows.size() >= 2);
    const auto posyandu = rows.front().indexOf(QStringLiteral("posyandu"));
    for (const auto& r : rows.mid(1))
        BOOST_TEST(r[posyandu] == QStringLiteral("Posyandu Melati"));
}

BOOST_FIXTURE_TEST_CASE(bad_arguments_exit_2_with_the_reason, Families)
{
    const QString out = dir.filePath(QStringLiteral("none.csv"));
    const auto run = [&](const QStringList& extra, const QString& file, QString* said) {
        return runCli(QStringList{QStringLiteral("at-risk"), QStringLiteral("--db"), file, QStringLiteral("-o"), out}
                          + extra,
                      said);
    };
    QString said;
    BOOST_TEST(run({QStringLiteral("--month"), QStringLiteral("2026-13")}, path(), &said) == 2);
    BOOST_TEST(said.contains(QStringLiteral("YYYY-MM")), said.toStdString());
    BOOST_TEST(run({QStringLiteral("--month"), QStringLiteral("Maret")}, path(), &said) == 2);
    BOOST_TEST(said.contains(QStringLiteral("Maret")), said.toStdString());
    BOOST_TEST(run({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--posyandu"),
                    QStringLiteral("Posyandu Kenanga")},
                   path(), &said)
               == 2);
    BOOST_TEST(said.contains(QStringLiteral("Posyandu Kenanga")), said.toStdString());
    const QString notDb = dir.filePath(QStringLiteral("notes.txt"));
    records::test::writeText(notDb, "this is not a database\n");
    BOOST_TEST(run({QStringLiteral("--month"), QStringLiteral("2026-03")}, notDb, &said) == 2);
    BOOST_TEST(!said.trimmed().isEmpty());
    BOOST_TEST(run({QStringLiteral("--month"), QStringLiteral("2026-03")}, dir.filePath(QStringLiteral("missing.db")),
                   &said)
               == 2);
    BOOST_TEST(said.contains(QStringLiteral("missing.db")), said.toStdString());
    // Without --month: the usage.
    BOOST_TEST(run({}, path(), &said) == 2);
    BOOST_TEST(said.contains(QStringLiteral("--month YYYY-MM")), said.toStdString());
    // The database itself as the output: refused, the file untouched.
    const QByteArray before = records::test::fileHash(path());
    BOOST_TEST(runCli({QStringLiteral("at-risk"), QStringLiteral("--db"), path(), QStringLiteral("--month"),
                       QStringLiteral("2026-03"), QStringLiteral("-o"), path()},
                      &said)
               == 2);
    BOOST_TEST(records::test::fileHash(path()) == before);
    BOOST_TEST(!QFile::exists(out));
}

BOOST_AUTO_TEST_SUITE_END()

// A puskesmas's own rules file beside the database decides the action; a
// broken copy is named on stderr (with its line) and the built-in rules are used.
BOOST_AUTO_TEST_SUITE(at_risk_own_rules)

namespace {

QString actionOf(const QString& csv, const QString& childUid)
{
    const auto rows = rowsOf(csv);
    const QStringList header = rows.front();
    for (const auto& r : rows.mid(1))
        if (r[header.indexOf(QStringLiteral("child_uid"))] == childUid)
            return r[header.indexOf(QStringLiteral("action"))];
    return {};
}

} // namespace

BOOST_FIXTURE_TEST_CASE(the_puskesmas_copy_of_the_rules_is_used, Families)
{
    QString shipped = QString::fromUtf8(readText(QStringLiteral(TUMBUH_SOURCE_DIR "/resources/followup/attention-rules.csv")));
    BOOST_REQUIRE(shipped.contains(QStringLiteral("\nnot_weighed,pantau,")));
    const QString copy = QFileInfo(path()).absoluteDir().filePath(QStringLiteral("attention-rules.csv"));
    const QString out = dir.filePath(QStringLiteral("perlu-perhatian.csv"));
    const QStringList args = {QStringLiteral("at-risk"), QStringLiteral("--db"), path(), QStringLiteral("--month"),
                              QStringLiteral("2026-03"), QStringLiteral("-o"), out};
    const QString fajarUid = uidOf(*db, fajar);
    QString said;

    // Not weighed for two months: counselling (edukasi) in this puskesmas.
    records::test::writeText(copy, shipped.replace(QStringLiteral("\nnot_weighed,pantau,"), QStringLiteral("\nnot_weighed,edukasi,")).toUtf8());
    records::test::giveConsent(path()); // a by-name CSV lists only children with consent for reporting
    BOOST_TEST_REQUIRE(runCli(args, &said) == 0, said.toStdString());
    BOOST_TEST(actionOf(out, fajarUid) == QStringLiteral("edukasi"));

    // A typo in the copy: the built-in rules, and the reason with the line.
    records::test::writeText(copy, shipped.replace(QStringLiteral("\nnot_weighed,edukasi,"), QStringLiteral("\nnot_weighed,refer,")).toUtf8());
    BOOST_TEST_REQUIRE(runCli(args, &said) == 0, said.toStdString());
    BOOST_TEST(actionOf(out, fajarUid) == QStringLiteral("pantau"));
    BOOST_TEST(said.contains(QStringLiteral("attention-rules.csv")), said.toStdString());
    BOOST_TEST(said.contains(QStringLiteral("refer")), said.toStdString());
}

BOOST_AUTO_TEST_SUITE_END()
