// The full check after a restore and after a merge (store/database.h,
// OpenCheck): a restored file is checked at its next open, a merged one at
// once by the merge itself, before anyone works on it.
#include "support/recordsfixture.h"

#include "records/backup/backup.h"
#include "records/backup/restore.h"
#include "records/package/packagemerger.h"
#include "store/integrityrecord.h"

#include <QDateTime>

#include <boost/test/unit_test.hpp>

using namespace tumbuh::records;
using namespace tumbuh::records::test;
namespace store = tumbuh::store;

BOOST_AUTO_TEST_SUITE(open_check_after_restore_and_merge)

BOOST_AUTO_TEST_CASE(a_restored_file_is_checked_at_its_next_open)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 60, 6);
    QString backup;
    {
        auto db = openDb(path);
        auto made = Backup::create(*db, f.path("backups"));
        BOOST_REQUIRE_MESSAGE(made.ok(), why(made));
        backup = *made;
    }
    {
        auto db = openDb(path);
        BOOST_TEST(!db->openCheck().ran); // closed cleanly: nothing to check
    }
    auto restored = Restore::run(path, backup);
    BOOST_REQUIRE_MESSAGE(restored.ok(), why(restored));
    BOOST_TEST((store::IntegrityRecord::read(path)->session == store::IntegrityRecord::Session::Restored));
    {
        auto db = openDb(path);
        BOOST_TEST(db->openCheck().ran);
        BOOST_TEST((db->openCheck().reason == store::CheckReason::AfterRestore));
    }
    auto db = openDb(path);
    BOOST_TEST(!db->openCheck().ran);
}

BOOST_AUTO_TEST_CASE(a_merge_checks_the_file_before_anyone_works_on)
{
    Folder f;
    const QString src = f.path("posyandu.db");
    BOOST_REQUIRE(runCli({"demo", "-o", src, "--children", "80", "--months", "6", "--today", "2024-06-15"}) == 0);
    const QString name = queryLines(src, "SELECT name FROM posyandu ORDER BY id LIMIT 1").front();
    BOOST_REQUIRE(runCli({"package", "--db", src, "--posyandu", name, "-o", f.path("a.pkg")}) == 0);

    // tumbuh-cli merge, a second process: its record names the merge.
    const QString target = f.path("puskesmas.db");
    makeDemo(target, 20, 3, 11);
    openDb(target).reset();
    BOOST_TEST(store::IntegrityRecord::read(target)->checkReason != QStringLiteral("after-merge"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString out;
    BOOST_REQUIRE_MESSAGE(runCli({"merge", "--db", target, f.path("a.pkg")}, &out) == 0, out.toStdString());
    const auto record = store::IntegrityRecord::read(target);
    BOOST_REQUIRE(record.has_value());
    BOOST_TEST(record->checkReason == QStringLiteral("after-merge"));
    BOOST_TEST(record->checkOk);
    BOOST_TEST(record->checkedAt >= before);
    BOOST_TEST((record->session == store::IntegrityRecord::Session::Closed));

    // In this process: the merge's own check.
    const QString other = f.path("kelurahan.db");
    makeDemo(other, 20, 3, 12);
    openDb(other).reset(); // its first open here checks it (no record yet)
    auto db = openDb(other);
    BOOST_TEST(!db->openCheck().ran);
    auto merged = PackageMerger(*db).merge(f.path("a.pkg"));
    BOOST_REQUIRE_MESSAGE(merged.ok(), why(merged));
    BOOST_TEST(store::IntegrityRecord::read(other)->checkReason == QStringLiteral("after-merge"));
    BOOST_TEST(db->openCheck().lastCheckAt >= before);
}

BOOST_AUTO_TEST_SUITE_END()
