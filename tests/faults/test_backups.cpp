// Issue 8, point 3: backups that prune only their own files, by the order
// they were written (not by name or clock), and say what they removed.
#include "support/recordsfixture.h"

#include "records/backup/backup.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFileInfo>

namespace tumbuh::records::test {
namespace {

QStringList names(const QStringList& paths)
{
    QStringList out;
    for (const QString& p : paths)
        out << QFileInfo(p).fileName();
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(faults_backups)

BOOST_AUTO_TEST_CASE(a_backup_made_after_the_clock_went_back_is_kept)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 20, 2);
    const QString dir = f.path("b");
    auto db = openDb(path);
    auto first = Backup::make(*db, dir, 1, QDateTime(QDate(2024, 6, 15), QTime(8, 0)));
    BOOST_REQUIRE_MESSAGE(first.ok(), why(first));
    // The CMOS battery is flat: the next start believes it is 2020.
    auto second = Backup::make(*db, dir, 1, QDateTime(QDate(2020, 1, 1), QTime(0, 0)));
    BOOST_REQUIRE_MESSAGE(second.ok(), why(second));
    BOOST_TEST(QFileInfo::exists(second->path));
    BOOST_TEST(second->removed == QStringList{first->path});
    BOOST_TEST(!QFileInfo::exists(first->path));
    BOOST_TEST(Backup::list(path, dir) == QStringList{second->path});
    // The automatic backups follow the same order.
    BackupPolicy policy;
    policy.dir = dir;
    policy.keep = 1;
    db->setToday(QDate(2020, 1, 1));
    BOOST_TEST(!maybeBackup(*db, policy, QDateTime(QDate(2020, 1, 1), QTime(9, 0)))->has_value());
}

BOOST_AUTO_TEST_CASE(backup_into_the_users_folder_never_deletes_the_users_files)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 20, 2);
    // The user's own copies, named like backups, in the folder given with --dir.
    const QString own = f.path("posyandu-20200101-000000.db");
    const QString older = f.path("posyandu-19990101-000000.db");
    writeText(own, "my own copy");
    writeText(older, "an old copy");
    QString out;
    for (int i = 0; i < 3; ++i) {
        BOOST_REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--dir"),
                              f.dir.path(), QStringLiteral("--keep"), QStringLiteral("1")},
                             &out)
                      == 0);
    }
    BOOST_TEST(readText(own) == QByteArray("my own copy"));
    BOOST_TEST(readText(older) == QByteArray("an old copy"));
    BOOST_TEST(QFileInfo::exists(path));
    BOOST_TEST(QFileInfo::exists(f.path("tumbuh-backups.json")));
}

BOOST_AUTO_TEST_CASE(pruning_says_what_it_removed_and_spares_a_replaced_file)
{
    Folder f;
    const QString path = f.path("posyandu.db");
    makeDemo(path, 20, 2);
    const QString dir = f.path("b");
    QStringList made;
    {
        auto db = openDb(path);
        for (int day = 1; day <= 3; ++day) {
            auto m = Backup::make(*db, dir, 10, QDateTime(QDate(2024, 6, day), QTime(8, 0)));
            BOOST_REQUIRE_MESSAGE(m.ok(), why(m));
            BOOST_TEST(m->removed.isEmpty());
            made << m->path;
        }
    }
    // The user overwrote the second with something of their own.
    writeText(made[1], "not a backup any more");
    QString out;
    // Keep 1: a full backup, so none of the earlier ones is still needed
    // (the first is the full backup the others are deltas of).
    BOOST_REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--dir"), dir,
                          QStringLiteral("--keep"), QStringLiteral("1")},
                         &out)
                  == 0);
    BOOST_TEST(out.contains(QStringLiteral("Old backup removed: ") + QDir::toNativeSeparators(made[0])),
               out.toStdString());
    BOOST_TEST(!out.contains(QFileInfo(made[1]).fileName()), out.toStdString());
    BOOST_TEST(!QFileInfo::exists(made[0]));
    BOOST_TEST(readText(made[1]) == QByteArray("not a backup any more"));
    BOOST_TEST(out.contains(QStringLiteral("Old backup removed: ") + QDir::toNativeSeparators(made[2])), out.toStdString());
    BOOST_TEST(!QFileInfo::exists(made[2]));
    // The new one, and the user's file (named like a backup, never touched).
    BOOST_TEST(names(Backup::list(path, dir)).size() == 2);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
