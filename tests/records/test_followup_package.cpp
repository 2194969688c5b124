// Referrals, their history and counselling in posyandu packages: merged by
// UUID both ways and twice (events unite, the newer edit wins), has_kia
// travelling, and a package of the previous format (schema 1) still merging.
#include "support/recordsfixture.h"

#include "records/package/packagemerger.h"
#include "records/package/packagereader.h"
#include "records/package/packagewriter.h"
#include "store/childrepository.h"
#include "store/counsellingrepository.h"
#include "store/measurementrepository.h"
#include "store/referralworkflow.h"

#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QThread>

namespace tumbuh::records::test {
namespace {

void writePackageOf(const QString& dbPath, const QString& posyanduUid, const QString& out)
{
    auto db = openDb(dbPath);
    PackageWriter writer(*db);
    auto id = writer.findPosyandu(posyanduUid);
    BOOST_REQUIRE_MESSAGE(id.ok(), why(id));
    auto info = writer.write(*id, out);
    BOOST_REQUIRE_MESSAGE(info.ok(), why(info));
}

MergeReport mergeInto(const QString& dbPath, const QString& package)
{
    auto db = openDb(dbPath);
    auto r = PackageMerger(*db).merge(package);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    for (const MergeIssue& i : r->skipped)
        BOOST_TEST_MESSAGE("skipped " << i.table.toStdString() << ": " << i.reason.toStdString());
    return *r;
}

// The follow-up rows of one posyandu's children, comparable between files.
QStringList followUpOf(const QString& dbPath, const QString& posyanduUid)
{
    const QString scope = QStringLiteral("JOIN children_readable c ON c.id = %1.child_id JOIN posyandu_readable p ON p.id = c.posyandu_id "
                                         "WHERE p.uid = '%2' ");
    QStringList out;
    out << queryLines(dbPath, QStringLiteral("SELECT c.uid, c.has_kia, c.updated_at FROM children_readable c "
                                             "JOIN posyandu_readable p ON p.id = c.posyandu_id WHERE p.uid = '%1' ORDER BY c.uid")
                                  .arg(posyanduUid));
    out << queryLines(dbPath, QStringLiteral("SELECT r.uid, c.uid, r.for_household, r.referred_on, r.reasons, r.consent, "
                                             "r.destination, r.status, r.follow_up_on, r.arrived_on, r.closed_on, "
                                             "r.updated_at, r.deleted_at FROM referrals_readable r ")
                                  + scope.arg(QStringLiteral("r"), posyanduUid) + QStringLiteral("ORDER BY r.uid"));
    out << queryLines(dbPath, QStringLiteral("SELECT e.uid, r.uid, e.status, e.happened_on, e.note, e.updated_at "
                                             "FROM referral_events_readable e JOIN referrals_readable r ON r.id = e.referral_id ")
                                  + scope.arg(QStringLiteral("r"), posyanduUid) + QStringLiteral("ORDER BY e.uid"));
    out << queryLines(dbPath, QStringLiteral("SELECT k.uid, c.uid, k.counselled_on, k.topic, k.notes, k.updated_at, "
                                             "k.deleted_at FROM counselling_readable k ")
                                  + scope.arg(QStringLiteral("k"), posyanduUid) + QStringLiteral("ORDER BY k.uid"));
    return out;
}

// A live active child of the posyandu, by its position among them.
RowId childOf(Database& db, const QString& posyanduUid, int nth)
{
    const auto ids = queryLines(db.path(), QStringLiteral("SELECT c.id FROM children_readable c JOIN posyandu_readable p ON p.id = "
                                                          "c.posyandu_id WHERE p.uid = '%1' AND c.deleted_at IS NULL "
                                                          "AND c.status = 'active' AND c.birth_date < '2024-01-01' "
                                                          "ORDER BY c.id")
                                               .arg(posyanduUid));
    BOOST_REQUIRE(ids.size() > nth);
    return ids.at(nth).toLongLong();
}

Referral referTo(Database& db, RowId child, const QDate& on, const QStringList& reasons)
{
    Referral r;
    r.childId = child;
    r.referredOn = on;
    r.reasons = reasons;
    r.destination = QStringLiteral("puskesmas");
    auto saved = ReferralWorkflow(db).refer(r, QStringLiteral("dirujuk kader"), 0);
    BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
    return *saved;
}

QByteArray fixtureV1()
{
    QFile f(QStringLiteral(TUMBUH_STORE_FIXTURES "/v1.sql"));
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A package as Tumbuh with schema version 1 wrote it: that schema (the
// store's v1 fixture, 0001_initial.sql with rows), marked as a package.
void writeV1Package(const QString& path)
{
    rawExec(path, fixtureV1()
                      + "PRAGMA application_id = 1414548295;\n" // 'TPKG'
                        "CREATE TABLE package_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
                        "INSERT INTO package_info VALUES ('format', 'tumbuh-posyandu-package'), "
                        "('format_version', '1'), ('schema_version', '1'), "
                        "('posyandu_uid', '00000000-0000-4000-8000-000000000002'), ('posyandu_name', 'Posyandu Contoh'), "
                        "('created_at', '2024-05-02T08:00:00.000Z'), ('source', 'v1.db'), ('referrals', '1');\n");
}

// A package as Tumbuh with schema version 3 (the version before 0004), 4
// (the last with text uids and dates) or 5 (the last with measured_by as
// text) wrote it: the store's fixture of that
// version, marked as a package.
void writeOldPackage(const QString& path, int version)
{
    QFile f(QStringLiteral(TUMBUH_STORE_FIXTURES "/v%1.sql").arg(version));
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    rawExec(path, f.readAll()
                      + "PRAGMA application_id = 1414548295;\n" // 'TPKG'
                        "CREATE TABLE package_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
                        "INSERT INTO package_info VALUES ('format', 'tumbuh-posyandu-package'), "
                        "('format_version', '1'), ('schema_version', '"
                      + QByteArray::number(version)
                      + "'), "
                        "('posyandu_uid', '00000000-0000-4000-8000-000000000002'), ('posyandu_name', 'Posyandu Contoh'), "
                        "('created_at', '2024-05-21T08:00:00.000Z'), ('source', 'old.db'), ('measurements', '3');\n");
}

// A package of schema `version` (3 or 4: text uids, dates and moments; 5:
// the measurer's name as text) merged
// into a new file of the current schema (numbers and blobs): every value of
// its rows arrives (read back as text through the target's <table>_readable
// views, the package's own tables as they are), and a second merge changes
// nothing.
void checkOldPackageMerges(int version)
{
    Folder f;
    const QString pkg = f.path("old.pkg");
    writeOldPackage(pkg, version);
    auto contents = PackageReader::read(pkg);
    BOOST_REQUIRE_MESSAGE(contents.ok(), why(contents));
    BOOST_TEST(contents->info.schemaVersion == version);

    const QString target = f.path("target.db");
    const MergeReport first = mergeInto(target, pkg);
    BOOST_TEST(first.skipped.empty());
    BOOST_TEST(first.children.added == 3);
    BOOST_TEST(first.consents.added == 1);
    BOOST_TEST(queryLines(target, "PRAGMA user_version") == QStringList{QString::number(Database::latestSchemaVersion())});
    // Stored in the current forms, not as the package's text.
    BOOST_TEST(queryLines(target, "SELECT DISTINCT typeof(uid) || typeof(measured_on) || typeof(created_at) "
                                  "FROM measurements")
               == QStringList{QStringLiteral("blobintegerinteger")});
    // Every value of the package's rows, as stored there and here (the ids
    // are the target's own).
    const QString rowsOf = QStringLiteral(
        "SELECT m.uid, c.uid, m.measured_on, m.weight_g, m.length_mm, m.length_position, "
        "m.head_mm, m.muac_mm, m.oedema, m.measured_by, m.notes, m.created_at, m.updated_at, "
        "m.deleted_at FROM measurements%1 m JOIN children%1 c ON c.id = m.child_id ORDER BY m.uid");
    const QString readable = QStringLiteral("_readable");
    // A package of schema 5 holds numbers and blobs: its own views give the text.
    const QString asStored = version >= 5 ? readable : QString();
    BOOST_TEST(queryLines(target, rowsOf.arg(readable)) == queryLines(pkg, rowsOf.arg(asStored)));
    const QString consentsOf = QStringLiteral(
        "SELECT s.uid, c.uid, s.given_on, s.guardian_name, s.for_monitoring, s.for_reporting, "
        "s.for_referral, s.created_at FROM consents%1 s JOIN children%1 c ON c.id = s.child_id");
    BOOST_TEST(queryLines(target, consentsOf.arg(readable)) == queryLines(pkg, consentsOf.arg(asStored)));
    const QString childrenOf = QStringLiteral("SELECT uid, birth_date, status, status_date, created_at, deleted_at FROM children%1 ORDER BY uid");
    BOOST_TEST(queryLines(target, childrenOf.arg(readable)) == queryLines(pkg, childrenOf.arg(asStored)));
    const QString referralsOf = QStringLiteral(
        "SELECT r.uid, r.referred_on, r.follow_up_on, r.arrived_on, r.closed_on, e.uid, e.happened_on, e.updated_at "
        "FROM referrals%1 r JOIN referral_events%1 e ON e.referral_id = r.id ORDER BY e.uid");
    BOOST_TEST(queryLines(target, referralsOf.arg(readable)) == queryLines(pkg, referralsOf.arg(asStored)));
    // Read through the repository: the live weighings of the first child.
    {
        auto db = openDb(target);
        const auto child = ChildRepository(*db).findByUid(QUuid(QStringLiteral("00000000-0000-4000-8000-000000000004")));
        BOOST_REQUIRE(child.ok() && child->has_value());
        const auto history = MeasurementRepository(*db).history((*child)->meta.id);
        BOOST_REQUIRE(history.ok());
        BOOST_REQUIRE(history->size() == 2u);
        BOOST_TEST((*history)[0].date == QDate(2024, 3, 10));
        BOOST_TEST((*history)[0].weight->value == 10500);
        BOOST_TEST((*history)[1].meta.uid == QUuid(QStringLiteral("00000000-0000-4000-8000-000000000008")));
        BOOST_TEST((*history)[1].meta.createdAt
                   == QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC));
    }
    const QByteArray content = contentHash(target, true);
    BOOST_TEST(mergeInto(target, pkg).changed() == 0);
    BOOST_TEST(contentHash(target, true) == content);
}

} // namespace

BOOST_AUTO_TEST_SUITE(followup_package)

BOOST_AUTO_TEST_CASE(referrals_events_and_counselling_merge_both_ways_and_twice)
{
    Folder f;
    const QString a = f.path("laptop.db");
    makeDemo(a, 200, 12);
    const QString pUid = queryLines(a, "SELECT uid FROM posyandu_readable ORDER BY id LIMIT 1").front();
    RowId r1 = 0;
    RowId r2 = 0;
    RowId c1 = 0;
    {
        auto db = openDb(a);
        r1 = referTo(*db, childOf(*db, pUid, 0), QDate(2024, 6, 1), {QStringLiteral("stunted")}).meta.id;
        r2 = referTo(*db, childOf(*db, pUid, 1), QDate(2024, 6, 2), {QStringLiteral("ekonomi"), QStringLiteral("bansos")})
                 .meta.id;
        Counselling k;
        k.childId = childOf(*db, pUid, 0);
        k.counselledOn = QDate(2024, 6, 1);
        k.topic = QStringLiteral("asi_mpasi");
        auto saved = CounsellingRepository(*db).add(k, 0);
        BOOST_REQUIRE(saved.ok());
        c1 = saved->meta.id;
    }
    // To the puskesmas, which had nothing.
    const QString b = f.path("puskesmas.db");
    writePackageOf(a, pUid, f.path("a1.pkg"));
    const MergeReport first = mergeInto(b, f.path("a1.pkg"));
    BOOST_TEST(first.skipped.empty());
    BOOST_TEST(first.referrals.added >= 2);
    BOOST_TEST(first.referralEvents.added >= 2);
    BOOST_TEST(first.counselling.added >= 1);
    BOOST_TEST(followUpOf(b, pUid) == followUpOf(a, pUid));
    const QByteArray once = contentHash(b, true);
    const MergeReport again = mergeInto(b, f.path("a1.pkg"));
    BOOST_TEST(again.changed() == 0);
    BOOST_TEST(again.referralEvents.unchanged == first.referralEvents.added);
    BOOST_TEST(contentHash(b, true) == once);

    // Both sides go on: the laptop records the arrival of R1, the puskesmas
    // the no-show of R2, corrects the counselling and marks a child without KIA.
    QThread::msleep(5);
    const QString r1Uid = queryLines(a, QStringLiteral("SELECT uid FROM referrals_readable WHERE id = %1").arg(r1)).front();
    const QString r2Uid = queryLines(a, QStringLiteral("SELECT uid FROM referrals_readable WHERE id = %1").arg(r2)).front();
    const QString c1Uid = queryLines(a, QStringLiteral("SELECT uid FROM counselling_readable WHERE id = %1").arg(c1)).front();
    {
        auto db = openDb(a);
        BOOST_REQUIRE(ReferralWorkflow(*db).transition(r1, ReferralStatus::Arrived, QDate(2024, 6, 5), {}, 0).ok());
    }
    QString childUid;
    {
        auto db = openDb(b);
        const RowId r2b = queryLines(b, QStringLiteral("SELECT id FROM referrals_readable WHERE uid = '%1'").arg(r2Uid)).front().toLongLong();
        auto moved = ReferralWorkflow(*db).transition(r2b, ReferralStatus::NoShow, QDate(2024, 6, 14),
                                                      QStringLiteral("keluarga pindah sementara"), 0);
        BOOST_REQUIRE_MESSAGE(moved.ok(), why(moved));
        CounsellingRepository counselling(*db);
        auto k = counselling.findByUid(QUuid::fromString(c1Uid));
        BOOST_REQUIRE(k.ok() && k->has_value());
        Counselling edited = **k;
        edited.topic = QStringLiteral("gizi_seimbang");
        BOOST_REQUIRE(counselling.update(edited, 0).ok());
        ChildRepository children(*db);
        auto c = children.get(childOf(*db, pUid, 2));
        BOOST_REQUIRE(c.ok());
        Child noKia = *c;
        noKia.hasKia = false;
        BOOST_REQUIRE(children.update(noKia, 0).ok());
        childUid = noKia.meta.uid.toString(QUuid::WithoutBraces);
    }
    writePackageOf(a, pUid, f.path("a2.pkg"));
    writePackageOf(b, pUid, f.path("b2.pkg"));
    const MergeReport toB = mergeInto(b, f.path("a2.pkg"));
    const MergeReport toA = mergeInto(a, f.path("b2.pkg"));
    BOOST_TEST(toB.skipped.empty());
    BOOST_TEST(toA.skipped.empty());
    BOOST_TEST(toB.referralEvents.added == 1);
    BOOST_TEST(toA.referralEvents.added == 1);
    BOOST_TEST(toA.counselling.updated == 1);
    BOOST_TEST(toA.children.updated == 1);
    BOOST_TEST(followUpOf(a, pUid) == followUpOf(b, pUid));
    BOOST_TEST(queryLines(a, QStringLiteral("SELECT status FROM referrals_readable WHERE uid = '%1'").arg(r1Uid))
               == QStringList{"arrived"});
    BOOST_TEST(queryLines(a, QStringLiteral("SELECT status FROM referrals_readable WHERE uid = '%1'").arg(r2Uid))
               == QStringList{"no_show"});
    BOOST_TEST(queryLines(a, QStringLiteral("SELECT e.status FROM referral_events_readable e JOIN referrals_readable r ON r.id = "
                                            "e.referral_id WHERE r.uid = '%1' ORDER BY e.happened_on")
                                 .arg(r2Uid))
               == (QStringList{"referred", "no_show"}));
    BOOST_TEST(queryLines(a, QStringLiteral("SELECT topic FROM counselling_readable WHERE uid = '%1'").arg(c1Uid))
               == QStringList{"gizi_seimbang"});
    BOOST_TEST(queryLines(a, QStringLiteral("SELECT has_kia FROM children_readable WHERE uid = '%1'").arg(childUid))
               == QStringList{"0"});

    // And once more each way: nothing changes.
    const QByteArray hashA = contentHash(a, true);
    const QByteArray hashB = contentHash(b, true);
    BOOST_TEST(mergeInto(b, f.path("a2.pkg")).changed() == 0);
    BOOST_TEST(mergeInto(a, f.path("b2.pkg")).changed() == 0);
    BOOST_TEST(contentHash(a, true) == hashA);
    BOOST_TEST(contentHash(b, true) == hashB);
    BOOST_TEST(integrity(a) == "ok");
    BOOST_TEST(integrity(b) == "ok");
}

BOOST_AUTO_TEST_CASE(a_package_of_schema_1_still_merges)
{
    Folder f;
    const QString pkg = f.path("old.pkg");
    writeV1Package(pkg);
    auto contents = PackageReader::read(pkg);
    BOOST_REQUIRE_MESSAGE(contents.ok(), why(contents));
    BOOST_TEST(contents->info.schemaVersion == 1);
    BOOST_TEST(contents->referrals.size() == 1u);
    BOOST_TEST(contents->referralEvents.empty());
    BOOST_TEST(contents->counselling.empty());
    for (const Child& c : contents->children)
        BOOST_TEST(c.hasKia);

    const QString target = f.path("target.db");
    const MergeReport first = mergeInto(target, pkg);
    BOOST_TEST(first.skipped.empty());
    BOOST_TEST(first.children.added == 3);
    BOOST_TEST(first.referrals.added == 1);
    BOOST_TEST(first.referralEvents.added == 2); // referred, arrived: from its own dates
    BOOST_TEST(queryLines(target, "SELECT for_household, consent, follow_up_on, status, arrived_on FROM referrals_readable")
               == QStringList{"0|<null>|2024-04-24|arrived|2024-04-12"});
    BOOST_TEST(queryLines(target, "SELECT status, happened_on FROM referral_events_readable ORDER BY happened_on")
               == (QStringList{"referred|2024-04-10", "arrived|2024-04-12"}));
    BOOST_TEST(queryLines(target, "SELECT DISTINCT has_kia FROM children_readable") == QStringList{"1"});

    const QByteArray content = contentHash(target, true);
    const MergeReport second = mergeInto(target, pkg);
    BOOST_TEST(second.changed() == 0);
    BOOST_TEST(contentHash(target, true) == content);

    // A database upgraded from the same version 1 rows already has the
    // history (migration 2): the package adds no second one.
    const QString upgraded = f.path("upgraded.db");
    rawExec(upgraded, fixtureV1());
    {
        auto db = openDb(upgraded);
    }
    BOOST_TEST(rows(upgraded, "referral_events") == 2);
    BOOST_TEST(mergeInto(upgraded, pkg).changed() == 0);
    BOOST_TEST(rows(upgraded, "referral_events") == 2);
}

BOOST_AUTO_TEST_CASE(a_package_of_schema_3_merges_into_the_current_schema)
{
    checkOldPackageMerges(3);
}

BOOST_AUTO_TEST_CASE(a_package_of_schema_4_merges_into_the_current_schema)
{
    // Schema 4 is the last with text uids, dates and moments (0005).
    checkOldPackageMerges(4);
}

BOOST_AUTO_TEST_CASE(a_package_of_schema_5_merges_into_the_current_schema)
{
    // Schema 5 is the last with the measurer's name on each measurement
    // (0006): the package's measured_by text arrives as measurers' rows.
    checkOldPackageMerges(5);
}

BOOST_AUTO_TEST_CASE(a_package_of_an_unknown_schema_is_refused)
{
    Folder f;
    const QString pkg = f.path("old.pkg");
    writeV1Package(pkg);
    rawExec(pkg, "PRAGMA user_version = 0;");
    auto old = PackageReader::read(pkg);
    BOOST_REQUIRE(!old.ok());
    BOOST_TEST(old.error().message.contains("schema 0"));
    rawExec(pkg, QByteArray("PRAGMA user_version = ") + QByteArray::number(Database::latestSchemaVersion() + 1) + ";");
    BOOST_TEST(!PackageReader::read(pkg).ok());
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
