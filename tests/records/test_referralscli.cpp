// tumbuh-cli referrals: the built binary as a second process on a real
// database; the CSV read back as text; confidential referrals masked; exit 2
// with the reason for a bad argument or an unreadable database.
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "store/referralworkflow.h"

#include <boost/test/unit_test.hpp>

#include <QFile>

#include <map>

namespace tumbuh::records::test {
namespace {

const QString kHeader = QStringLiteral("referral_uid,child_uid,child_name,posyandu,for_household,referred_on,reasons,"
                                       "destination,consent,status,follow_up_on,days_overdue,last_note");

// The rows of the file by referral uid (the texts used here hold no comma).
std::map<QString, QStringList> readRows(const QString& path, QString* header = nullptr)
{
    QStringList lines = QString::fromUtf8(readText(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE(!lines.isEmpty());
    if (header)
        *header = lines.front();
    std::map<QString, QStringList> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        BOOST_REQUIRE_MESSAGE(cells.size() == 13, lines.at(i).toStdString());
        out[cells.front()] = cells;
    }
    return out;
}

struct Referrals {
    QString db;
    QString overdueUid; // child's, overdue 31 days on 2024-06-15
    QString secretUid;  // household's, kekerasan, overdue 12 days
    QString arrivedUid; // at the other posyandu, arrived, with a note
    QString childName;
    QString posyandu;
    QString otherPosyandu;
};

Referrals makeReferrals(const Folder& f)
{
    Referrals out;
    out.db = f.path("referrals.db");
    makeDemo(out.db, 300, 6, 11);
    // The demo's own referrals stay; ours are told apart by their uid.
    const QStringList first = queryLines(out.db, "SELECT c.id, c.name, p.name, p.uid FROM children_readable c JOIN posyandu_readable p "
                                                 "ON p.id = c.posyandu_id WHERE c.deleted_at IS NULL AND c.status = "
                                                 "'active' AND c.birth_date < '2024-01-01' ORDER BY c.posyandu_id, c.id LIMIT 1");
    const QStringList other = queryLines(out.db, "SELECT c.id, p.name FROM children_readable c JOIN posyandu_readable p ON p.id = "
                                                 "c.posyandu_id WHERE c.deleted_at IS NULL AND c.status = 'active' AND "
                                                 "c.birth_date < '2024-01-01' ORDER BY c.posyandu_id DESC, c.id LIMIT 1");
    BOOST_REQUIRE(first.size() == 1 && other.size() == 1);
    const QStringList a = first.front().split(QLatin1Char('|'));
    const QStringList b = other.front().split(QLatin1Char('|'));
    BOOST_REQUIRE(a.at(2) != b.at(1));
    out.childName = a.at(1);
    out.posyandu = a.at(2);
    out.otherPosyandu = b.at(1);

    auto db = openDb(out.db);
    ReferralWorkflow flow(*db);
    auto refer = [&](RowId child, bool household, const QDate& on, const QStringList& reasons, const QString& where,
                     const QString& note) {
        Referral r;
        r.childId = child;
        r.forHousehold = household;
        r.referredOn = on;
        r.reasons = reasons;
        r.consent = true;
        r.destination = where;
        auto saved = flow.refer(r, note, 0);
        BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
        return *saved;
    };
    const Referral overdue = refer(a.at(0).toLongLong(), false, QDate(2024, 5, 1), {"stunted", "2T"},
                                   QStringLiteral("Puskesmas Contoh"), QStringLiteral("dibawa ibu"));
    const Referral secret = refer(a.at(0).toLongLong(), true, QDate(2024, 5, 20), {"ekonomi", "kekerasan"},
                                  QStringLiteral("UPTD PPA"), QStringLiteral("cerita tetangga tentang ayah"));
    const Referral arrived = refer(b.at(0).toLongLong(), false, QDate(2024, 5, 2), {"wasted"},
                                   QStringLiteral("Puskesmas Contoh"), {});
    BOOST_REQUIRE(flow.transition(arrived.meta.id, ReferralStatus::Arrived, QDate(2024, 5, 10),
                                  QStringLiteral("diterima bidan"), 0)
                      .ok());
    out.overdueUid = overdue.meta.uid.toString(QUuid::WithoutBraces);
    out.secretUid = secret.meta.uid.toString(QUuid::WithoutBraces);
    out.arrivedUid = arrived.meta.uid.toString(QUuid::WithoutBraces);
    giveConsent(out.db); // the list names only children with consent for reporting
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(referrals_cli)

BOOST_AUTO_TEST_CASE(lists_every_referral_with_overdue_days_and_masks_the_confidential)
{
    Folder f;
    const Referrals r = makeReferrals(f);
    const QByteArray before = fileHash(r.db);
    QString out;
    BOOST_TEST_REQUIRE(runCli({"referrals", "--db", r.db, "--today", "2024-06-15", "-o", f.path("all.csv")}, &out) == 0,
                       out.toStdString());
    BOOST_TEST(fileHash(r.db) == before); // read-only
    QString header;
    const auto listed = readRows(f.path("all.csv"), &header);
    BOOST_TEST(header == kHeader);
    BOOST_TEST(static_cast<qint64>(listed.size()) == rows(r.db, "referrals r JOIN children_readable c ON c.id = r.child_id WHERE "
                                                                "r.deleted_at IS NULL AND c.deleted_at IS NULL"));
    BOOST_REQUIRE(listed.count(r.overdueUid) == 1);
    const QStringList o = listed.at(r.overdueUid);
    BOOST_TEST(o.at(2) == r.childName);
    BOOST_TEST(o.at(3) == r.posyandu);
    BOOST_TEST(o.mid(4).join(QLatin1Char(',')).toStdString()
               == "0,2024-05-01,stunted;2T,Puskesmas Contoh,1,referred,2024-05-15,31,dibawa ibu");
    const QStringList s = listed.at(r.secretUid);
    BOOST_TEST(s.mid(4).join(QLatin1Char(',')).toStdString()
               == "1,2024-05-20,rahasia,UPTD PPA,1,referred,2024-06-03,12,");
    const QByteArray file = readText(f.path("all.csv"));
    BOOST_TEST(!file.contains("kekerasan"));
    BOOST_TEST(!file.contains("cerita tetangga"));
    const QStringList a = listed.at(r.arrivedUid);
    BOOST_TEST(a.at(3) == r.otherPosyandu);
    BOOST_TEST(a.mid(9).join(QLatin1Char(',')).toStdString() == "arrived,2024-05-16,0,diterima bidan");

    // --overdue: only those still referred past their follow-up date.
    BOOST_TEST_REQUIRE(runCli({"referrals", "--db", r.db, "--overdue", "--today", "2024-06-15", "-o",
                               f.path("late.csv")},
                              &out)
                           == 0,
                       out.toStdString());
    const auto late = readRows(f.path("late.csv"));
    BOOST_TEST(static_cast<qint64>(late.size())
               == rows(r.db, "referrals r JOIN children_readable c ON c.id = r.child_id WHERE r.deleted_at IS NULL AND "
                             "c.deleted_at IS NULL AND r.status = 'referred' AND r.follow_up_on < '2024-06-15'"));
    BOOST_TEST(late.count(r.overdueUid) == 1);
    BOOST_TEST(late.count(r.secretUid) == 1);
    BOOST_TEST(late.count(r.arrivedUid) == 0);
    for (const auto& [uid, cells] : late) {
        BOOST_TEST(cells.at(9) == "referred", uid.toStdString());
        BOOST_TEST(cells.at(11).toInt() > 0, uid.toStdString());
    }
    // A later day: more days overdue.
    BOOST_TEST_REQUIRE(runCli({"referrals", "--db", r.db, "--overdue", "--today", "2024-06-20", "-o",
                               f.path("later.csv")})
                       == 0);
    BOOST_TEST(readRows(f.path("later.csv")).at(r.overdueUid).at(11) == "36");

    // --posyandu: that posyandu's children only.
    BOOST_TEST_REQUIRE(runCli({"referrals", "--db", r.db, "--posyandu", r.otherPosyandu, "--today", "2024-06-15", "-o",
                               f.path("one.csv")})
                       == 0);
    const auto one = readRows(f.path("one.csv"));
    BOOST_TEST(one.count(r.arrivedUid) == 1);
    BOOST_TEST(one.count(r.overdueUid) == 0);
    for (const auto& [uid, cells] : one)
        BOOST_TEST(cells.at(3) == r.otherPosyandu, uid.toStdString());
}

BOOST_AUTO_TEST_CASE(bad_arguments_and_unreadable_databases_exit_2)
{
    Folder f;
    const Referrals r = makeReferrals(f);
    const QString out = f.path("out.csv");
    QString said;
    BOOST_TEST(runCli({"referrals", "--db", r.db}, &said) == 2);
    BOOST_TEST(said.contains("tumbuh-cli referrals --db"), said.toStdString());
    BOOST_TEST(runCli({"referrals", "-o", out}, &said) == 2);
    BOOST_TEST(runCli({"referrals", "--db", r.db, "-o", out, "--today", "15-06-2024"}, &said) == 2);
    BOOST_TEST(said.contains("15-06-2024"), said.toStdString());
    BOOST_TEST(runCli({"referrals", "--db", r.db, "-o", out, "--posyandu", "Posyandu Tidak Ada"}, &said) == 2);
    BOOST_TEST(said.contains("Posyandu Tidak Ada"), said.toStdString());
    BOOST_TEST(runCli({"referrals", "--db", r.db, "-o", out, "--unknown"}, &said) == 2);
    BOOST_TEST(runCli({"referrals", "--db", f.path("missing.db"), "-o", out}, &said) == 2);
    BOOST_TEST(said.contains("missing.db"), said.toStdString());
    writeText(f.path("garbage.db"), QByteArray(8192, 'x'));
    BOOST_TEST(runCli({"referrals", "--db", f.path("garbage.db"), "-o", out}, &said) == 2);
    BOOST_TEST(!said.trimmed().isEmpty());
    // The database itself is never the output.
    const QByteArray before = fileHash(r.db);
    BOOST_TEST(runCli({"referrals", "--db", r.db, "-o", r.db}, &said) == 2);
    BOOST_TEST(fileHash(r.db) == before);
    BOOST_TEST(!QFile::exists(out));
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
