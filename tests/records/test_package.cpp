// Posyandu packages: what goes in, merging into an empty and a filled
// database, twice (no change), the newer edit winning either way, deletions
// carried, audit entries for what changed, conflicts skipped with a reason.
#include "support/recordsfixture.h"

#include "store/childrepository.h"
#include "records/import/csvimporter.h"
#include "store/measurementrepository.h"
#include "records/package/packagemerger.h"
#include "records/package/packagereader.h"
#include "records/package/packagewriter.h"

#include <boost/test/unit_test.hpp>

#include <QSet>
#include <QThread>

namespace tumbuh::records::test {
namespace {

PackageInfo writePackage(const QString& dbPath, const QString& posyandu, const QString& out)
{
    auto db = openDb(dbPath);
    PackageWriter writer(*db);
    auto id = writer.findPosyandu(posyandu);
    BOOST_REQUIRE_MESSAGE(id.ok(), why(id));
    auto info = writer.write(*id, out);
    BOOST_REQUIRE_MESSAGE(info.ok(), why(info));
    return *info;
}

MergeReport merge(const QString& dbPath, const QString& package)
{
    auto db = openDb(dbPath);
    auto r = PackageMerger(*db).merge(package);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return *r;
}

QString firstPosyandu(const QString& dbPath)
{
    return queryLines(dbPath, "SELECT name FROM posyandu ORDER BY id LIMIT 1").front();
}

// The rows of one posyandu's children as the package must carry them.
QStringList childrenOf(const QString& dbPath, const QString& posyanduUid)
{
    return queryLines(dbPath, QStringLiteral("SELECT c.uid, c.name, c.nik, c.birth_date, c.status, c.updated_at, "
                                             "c.deleted_at FROM children_readable c JOIN posyandu_readable p ON p.id = c.posyandu_id "
                                             "WHERE p.uid = '%1' ORDER BY c.uid")
                                  .arg(posyanduUid));
}

QStringList measurementsOf(const QString& dbPath, const QString& posyanduUid)
{
    return queryLines(dbPath, QStringLiteral("SELECT m.uid, m.measured_on, m.weight_g, m.length_mm, m.measured_by, m.updated_at, "
                                             "m.deleted_at FROM measurements_readable m JOIN children_readable c ON c.id = m.child_id "
                                             "JOIN posyandu_readable p ON p.id = c.posyandu_id WHERE p.uid = '%1' ORDER BY m.uid")
                                  .arg(posyanduUid));
}

} // namespace

BOOST_AUTO_TEST_SUITE(posyandu_package)

BOOST_AUTO_TEST_CASE(package_holds_one_posyandu_with_deleted_rows)
{
    Folder f;
    const QString src = f.path("src.db");
    makeDemo(src, 600, 24);
    const QString name = firstPosyandu(src);
    const QString uid = queryLines(src, QStringLiteral("SELECT uid FROM posyandu_readable WHERE name = '%1'").arg(name)).front();
    // A measurement and a child deleted in the source travel as deletions.
    rawExec(src, QByteArrayLiteral("UPDATE measurements SET deleted_at = 1717203600000, " // 2024-06-01T01:00:00Z
                                   "updated_at = 1717203600000 WHERE id = (SELECT min(m.id) FROM measurements_readable m "
                                   "JOIN children_readable c ON c.id = m.child_id WHERE c.posyandu_id = 1)"));
    const PackageInfo info = writePackage(src, name, f.path("p.pkg"));
    BOOST_TEST(info.posyanduName == name);
    BOOST_TEST(info.children == rows(src, "children WHERE posyandu_id = 1"));
    BOOST_TEST(info.children > 50);

    auto contents = PackageReader::read(f.path("p.pkg"));
    BOOST_REQUIRE_MESSAGE(contents.ok(), why(contents));
    BOOST_TEST(contents->info.formatVersion == 1);
    BOOST_TEST(contents->children.size() == static_cast<std::size_t>(info.children));
    std::size_t deleted = 0;
    for (const Measurement& m : contents->measurements)
        deleted += m.meta.isDeleted() ? 1 : 0;
    BOOST_TEST(deleted >= 1);
    // The names of who measured travel with the measurements (0006), only
    // those its measurements use, and read back as names.
    const qint64 names = queryLines(src, "SELECT count(DISTINCT m.measurer_id) FROM measurements m JOIN children c "
                                         "ON c.id = m.child_id WHERE c.posyandu_id = 1")
                             .front()
                             .toLongLong();
    BOOST_TEST(names >= 2);
    BOOST_TEST(rows(f.path("p.pkg"), "measurers") == names);
    BOOST_TEST(rows(src, "measurers") > names);
    QSet<QString> read;
    for (const Measurement& m : contents->measurements)
        read.insert(m.measuredBy);
    const QStringList written = queryLines(src, "SELECT DISTINCT m.measured_by FROM measurements_readable m JOIN children c "
                                                "ON c.id = m.child_id WHERE c.posyandu_id = 1");
    BOOST_TEST(read == QSet<QString>(written.begin(), written.end()));
    // The package is not a working database: the program refuses to open it.
    auto asDb = Database::open(f.path("p.pkg"));
    BOOST_TEST(!asDb.ok());
    // And a working database is not a package.
    auto asPackage = PackageReader::read(src);
    BOOST_REQUIRE(!asPackage.ok());
    BOOST_TEST(asPackage.error().message.contains("not a Tumbuh posyandu package"));
    BOOST_TEST(!childrenOf(src, uid).isEmpty());
}

BOOST_AUTO_TEST_CASE(merging_twice_changes_nothing_the_second_time)
{
    Folder f;
    const QString src = f.path("src.db");
    makeDemo(src, 400, 12);
    const QString name = firstPosyandu(src);
    const QString uid = queryLines(src, QStringLiteral("SELECT uid FROM posyandu_readable WHERE name = '%1'").arg(name)).front();
    writePackage(src, name, f.path("p.pkg"));

    // The puskesmas already has another posyandu of the area.
    const QString target = f.path("puskesmas.db");
    const QString neighbour = queryLines(src, "SELECT name FROM posyandu ORDER BY id LIMIT 1 OFFSET 1").front();
    writePackage(src, neighbour, f.path("other.pkg"));
    merge(target, f.path("other.pkg"));
    const qint64 auditBefore = rows(target, "audit_log");
    const MergeReport first = merge(target, f.path("p.pkg"));
    for (const MergeIssue& i : first.skipped)
        BOOST_TEST_MESSAGE(i.table.toStdString() << " " << i.reason.toStdString());
    BOOST_TEST(first.children.added > 0);
    BOOST_TEST(first.measurements.added > 0);
    BOOST_TEST(first.skipped.empty());
    // Carried exactly, timestamps and deletions included.
    BOOST_TEST(childrenOf(target, uid) == childrenOf(src, uid));
    BOOST_TEST(measurementsOf(target, uid) == measurementsOf(src, uid));
    // One audit entry for each row the merge wrote.
    BOOST_TEST(rows(target, "audit_log") - auditBefore >= first.changed());

    const QByteArray content = contentHash(target, true);
    const MergeReport second = merge(target, f.path("p.pkg"));
    BOOST_TEST(second.changed() == 0);
    BOOST_TEST(second.children.unchanged == first.children.added);
    BOOST_TEST(second.measurements.unchanged == first.measurements.added);
    BOOST_TEST(contentHash(target, true) == content);
    BOOST_TEST(integrity(target) == "ok");
}

BOOST_AUTO_TEST_CASE(the_newer_edit_wins_and_deletions_are_carried)
{
    Folder f;
    const QString src = f.path("src.db");
    makeDemo(src, 300, 12);
    const QString name = firstPosyandu(src);
    writePackage(src, name, f.path("v1.pkg"));
    const QString target = f.path("target.db");
    merge(target, f.path("v1.pkg"));

    // On the posyandu laptop, later: a name corrected, a measurement deleted.
    const QString childUid = queryLines(src, "SELECT c.uid FROM children_readable c WHERE c.posyandu_id = 1 AND c.deleted_at IS NULL "
                                             "AND c.status = 'active' AND EXISTS (SELECT 1 FROM measurements_readable m WHERE "
                                             "m.child_id = c.id AND m.deleted_at IS NULL) ORDER BY c.id LIMIT 1")
                                 .front();
    QString measurementUid;
    {
        auto db = openDb(src);
        ChildRepository children(*db);
        auto c = children.findByUid(QUuid::fromString(childUid));
        BOOST_REQUIRE(c.ok() && c->has_value());
        Child edited = **c;
        edited.name = QStringLiteral("Nama Dibetulkan");
        BOOST_REQUIRE(children.update(edited, 0).ok());
        MeasurementRepository measurements(*db);
        auto history = measurements.history(edited.meta.id);
        BOOST_REQUIRE(history.ok() && !history->empty());
        measurementUid = history->back().meta.uid.toString(QUuid::WithoutBraces);
        BOOST_REQUIRE(measurements.remove(history->back().meta.id, 0).ok());
    }
    writePackage(src, name, f.path("v2.pkg"));
    const MergeReport r = merge(target, f.path("v2.pkg"));
    BOOST_TEST(r.children.updated == 1);
    BOOST_TEST(r.measurements.updated == 1);
    BOOST_TEST(r.measurements.deleted == 1);
    BOOST_TEST(queryLines(target, QStringLiteral("SELECT name FROM children_readable WHERE uid = '%1'").arg(childUid))
               == QStringList{"Nama Dibetulkan"});
    const QString deletedAt = QStringLiteral("SELECT deleted_at FROM measurements_readable WHERE uid = '%1'").arg(measurementUid);
    BOOST_TEST(queryLines(target, deletedAt) == queryLines(src, deletedAt));
    BOOST_TEST(queryLines(target, deletedAt).front() != "<null>");

    // Now the puskesmas edits the same child after the laptop did: an older
    // package does not overwrite it.
    QThread::msleep(5);
    {
        auto db = openDb(target);
        ChildRepository children(*db);
        auto c = children.findByUid(QUuid::fromString(childUid));
        BOOST_REQUIRE(c.ok() && c->has_value());
        Child edited = **c;
        edited.name = QStringLiteral("Nama Dari Puskesmas");
        BOOST_REQUIRE(children.update(edited, 0).ok());
    }
    const MergeReport older = merge(target, f.path("v2.pkg"));
    BOOST_TEST(older.changed() == 0);
    BOOST_TEST(queryLines(target, QStringLiteral("SELECT name FROM children_readable WHERE uid = '%1'").arg(childUid))
               == QStringList{"Nama Dari Puskesmas"});
    BOOST_TEST(integrity(target) == "ok");
}

BOOST_AUTO_TEST_CASE(a_deleted_child_arrives_deleted_with_its_measurements)
{
    Folder f;
    const QString src = f.path("src.db");
    makeDemo(src, 300, 12);
    const QString name = firstPosyandu(src);
    const QString target = f.path("target.db");
    writePackage(src, name, f.path("v1.pkg"));
    merge(target, f.path("v1.pkg"));
    const QString childUid = queryLines(src, "SELECT c.uid FROM children_readable c WHERE c.posyandu_id = 1 AND c.deleted_at IS NULL "
                                             "AND EXISTS (SELECT 1 FROM measurements_readable m WHERE m.child_id = c.id) "
                                             "ORDER BY c.id LIMIT 1")
                                 .front();
    {
        auto db = openDb(src);
        ChildRepository children(*db);
        auto c = children.findByUid(QUuid::fromString(childUid));
        BOOST_REQUIRE(c.ok() && c->has_value());
        BOOST_REQUIRE(children.remove((*c)->meta.id, 0).ok());
    }
    writePackage(src, name, f.path("v2.pkg"));
    const MergeReport r = merge(target, f.path("v2.pkg"));
    BOOST_TEST(r.children.deleted == 1);
    BOOST_TEST(r.skipped.empty());
    const QString q = QStringLiteral("SELECT deleted_at, updated_at FROM children_readable WHERE uid = '%1'").arg(childUid);
    BOOST_TEST(queryLines(target, q) == queryLines(src, q));

    // Into an empty database too: the deleted child and its measurements.
    const QString fresh = f.path("fresh.db");
    const MergeReport intoEmpty = merge(fresh, f.path("v2.pkg"));
    BOOST_TEST(intoEmpty.skipped.empty());
    BOOST_TEST(queryLines(fresh, q) == queryLines(src, q));
    const QString ms = QStringLiteral("SELECT m.uid, m.deleted_at FROM measurements_readable m JOIN children_readable c ON c.id = m.child_id "
                                      "WHERE c.uid = '%1' ORDER BY m.uid")
                           .arg(childUid);
    BOOST_TEST(queryLines(fresh, ms) == queryLines(src, ms));
    BOOST_TEST(!queryLines(fresh, ms).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_conflicting_child_is_skipped_with_its_reason)
{
    Folder f;
    const QString src = f.path("src.db");
    makeDemo(src, 300, 12);
    const QString name = firstPosyandu(src);
    writePackage(src, name, f.path("p.pkg"));
    // The puskesmas registered one of these children itself, with the same NIK.
    const QStringList withNik = queryLines(src, "SELECT c.nik, c.name, c.birth_date FROM children_readable c WHERE c.posyandu_id = 1 "
                                                "AND c.nik IS NOT NULL AND c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "
                                                "measurements m WHERE m.child_id = c.id) ORDER BY c.id LIMIT 1");
    BOOST_REQUIRE(!withNik.isEmpty());
    const QStringList parts = withNik.front().split(QLatin1Char('|'));
    const QString target = f.path("target.db");
    writeText(f.path("own.csv"), QStringLiteral("nik,name,sex,birth_date,posyandu\n%1,%2,L,%3,Posyandu Puskesmas\n")
                                     .arg(parts[0], parts[1] + QStringLiteral(" Dua"), parts[2])
                                     .toUtf8());
    {
        auto db = openDb(target);
        auto r = CsvImporter(*db, {}).run(f.path("own.csv"));
        BOOST_REQUIRE_MESSAGE(r.ok() && r->children.added == 1, why(r));
    }
    const MergeReport r = merge(target, f.path("p.pkg"));
    BOOST_TEST(r.children.skipped == 1);
    BOOST_REQUIRE(!r.skipped.empty());
    BOOST_TEST(r.skipped.front().reason.contains(parts[0]));
    // Its measurements are skipped too, with the reason that says why.
    bool dependent = false;
    for (const MergeIssue& i : r.skipped)
        dependent = dependent || (i.table == "measurements" && i.reason.contains("could not be merged"));
    BOOST_TEST(dependent);
    BOOST_TEST(r.children.added > 0);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
