// tumbuh-cli signs in (issue 12): every command that opens a database takes
// --user NAME and the PIN from TUMBUH_PIN; refusals exit 2 with the reason
// and write nothing; five wrong PINs lock the user across processes; each
// role runs what the role table allows and is refused the rest; a file
// without users gets its first admin; the audit names the signed-in user.
// Real demo files, a real tumbuh-cli process per run.
#include "cli/secretprompt.h"
#include "store/access.h"
#include "support/recordsfixture.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

using namespace tumbuh::records::test;
using tumbuh::store::Permission;
using tumbuh::store::Role;

namespace {

constexpr int kRefused = 2;

// A demo file (users admin, kader, gizi with PIN 123456) and the UIDs the
// commands need, read with plain SQLite.
struct DemoFile {
    DemoFile()
    {
        makeDemo(db, 60, 8);
        posyandu = queryLines(db, "SELECT uid FROM posyandu_readable ORDER BY id LIMIT 1").value(0);
        child = queryLines(db, "SELECT uid FROM children_readable WHERE deleted_at IS NULL ORDER BY id LIMIT 1").value(0);
        referral = queryLines(db, "SELECT uid FROM referrals_readable ORDER BY id LIMIT 1").value(0);
        BOOST_REQUIRE(!posyandu.isEmpty() && !child.isEmpty() && !referral.isEmpty());
    }
    // tumbuh-cli as `user` with `pin`, in Indonesian (as a kader would see it).
    int run(QStringList args, const QString& user, const QString& pin, QString* out) const
    {
        args.insert(1, "--user");
        args.insert(2, user);
        return runCli(args, out, {"TUMBUH_PIN=" + pin, "TUMBUH_LANG=id"});
    }
    int userId(const QString& name) const
    {
        return queryLines(db, "SELECT id FROM users WHERE name = '" + name + "'").value(0).toInt();
    }

    Folder f;
    QString db = f.path("demo.db");
    QString posyandu, child, referral;
};

} // namespace

BOOST_AUTO_TEST_SUITE(cli_access)

BOOST_AUTO_TEST_CASE(refused_sign_ins_exit_2_with_the_reason_and_write_nothing)
{
    DemoFile d;
    rawExec(d.db, "UPDATE users SET active = 0 WHERE name = 'kader'");
    const QString out = d.f.path("out.csv");
    const QStringList exportArgs{"export", "--db", d.db, "--what", "children", "-o", out};
    const QByteArray file = fileHash(d.db);
    const QByteArray content = contentHash(d.db, true);

    QString said;
    // Without --user (TUMBUH_PIN set, so runCli adds no user).
    BOOST_TEST(runCli(exportArgs, &said, {"TUMBUH_PIN=123456"}) == kRefused);
    BOOST_TEST(said.contains("--user"), said.toStdString());
    // An unknown user, a deactivated one.
    BOOST_TEST(d.run(exportArgs, "nobody", "123456", &said) == kRefused);
    BOOST_TEST(said.contains("\"nobody\""), said.toStdString());
    BOOST_TEST(d.run(exportArgs, "kader", "123456", &said) == kRefused);
    BOOST_TEST(said.contains("dinonaktifkan"), said.toStdString());
    // No PIN at all: not in the environment, and standard input is a pipe.
    BOOST_TEST(runCli({"export", "--user", "admin", "--db", d.db, "--what", "children", "-o", out}, &said) == kRefused);
    BOOST_TEST(said.contains("TUMBUH_PIN"), said.toStdString());
    BOOST_TEST(fileHash(d.db) == file);

    // A wrong PIN is counted (users.failed_pins), nothing else changes.
    BOOST_TEST(d.run(exportArgs, "gizi", "654321", &said) == kRefused);
    BOOST_TEST(said.contains("PIN salah"), said.toStdString());
    BOOST_TEST(contentHash(d.db, true) == content);
    BOOST_TEST(queryLines(d.db, "SELECT failed_pins FROM users WHERE name = 'gizi'").value(0) == "1");
    BOOST_TEST(!QFileInfo::exists(out));

    // The right PIN works and clears the count.
    BOOST_TEST(d.run(exportArgs, "gizi", "123456", &said) == 0, said.toStdString());
    BOOST_TEST(QFileInfo::exists(out));
    BOOST_TEST(queryLines(d.db, "SELECT failed_pins FROM users WHERE name = 'gizi'").value(0) == "0");
}

BOOST_AUTO_TEST_CASE(five_wrong_pins_lock_the_user_and_the_lock_outlives_the_process)
{
    DemoFile d;
    const QString out = d.f.path("out.csv");
    const QStringList args{"report", "--db", d.db, "--month", "2024-06", "--format", "csv", "-o", out};
    QString said;
    for (int i = 1; i <= 5; ++i) {
        BOOST_TEST(d.run(args, "kader", "111111", &said) == kRefused);
        if (i < 5)
            BOOST_TEST(said.contains("PIN salah"), said.toStdString());
    }
    BOOST_TEST(said.contains("dikunci"), said.toStdString());
    BOOST_TEST(!queryLines(d.db, "SELECT locked_until FROM users_readable WHERE name = 'kader'").value(0).isEmpty());

    // A sixth run, a new process, with the right PIN: still locked.
    const QByteArray file = fileHash(d.db);
    BOOST_TEST(d.run(args, "kader", "123456", &said) == kRefused);
    BOOST_TEST(said.contains("dikunci"), said.toStdString());
    BOOST_TEST(!QFileInfo::exists(out));
    BOOST_TEST(fileHash(d.db) == file);
    // Another user is not locked.
    BOOST_TEST(d.run(args, "gizi", "123456", &said) == 0, said.toStdString());
}

BOOST_AUTO_TEST_CASE(each_role_runs_what_the_role_table_allows)
{
    DemoFile d;
    // Made beforehand by the admin: a CSV to import, a package to merge, a backup to restore.
    const QString csv = d.f.path("measurements.csv");
    const QString package = d.f.path("posyandu.tumbuh");
    const QString backups = d.f.path("backups");
    QString said;
    BOOST_REQUIRE(d.run({"export", "--db", d.db, "--what", "measurements", "-o", csv}, "admin", "123456", &said) == 0);
    BOOST_REQUIRE(d.run({"package", "--db", d.db, "--posyandu", d.posyandu, "-o", package}, "admin", "123456", &said) == 0);
    BOOST_REQUIRE(d.run({"backup", "--db", d.db, "--dir", backups}, "admin", "123456", &said) == 0);
    const QStringList made = QDir(backups).entryList({"*.db.zst"}, QDir::Files);
    BOOST_REQUIRE_EQUAL(made.size(), 1);
    const QString backup = QDir(backups).filePath(made.front());

    struct Row {
        const char* command;
        std::function<QStringList(const QString& out)> args; // `out`: a fresh output path
        std::vector<Permission> needs;                       // empty: every role
        bool kader, gizi, admin;                             // allowed? written out here, from the table
    };
    const std::vector<Row> table{
        {"import", [&](const QString&) { return QStringList{"import", "--db", d.db, csv}; }, {Permission::EditRegister, Permission::EditMeasurements}, true, true, true},
        {"export", [&](const QString& o) { return QStringList{"export", "--db", d.db, "--what", "children", "-o", o}; }, {Permission::ExportByName}, false, true, true},
        {"package", [&](const QString& o) { return QStringList{"package", "--db", d.db, "--posyandu", d.posyandu, "-o", o}; }, {Permission::MakePackage}, true, true, true},
        {"merge", [&](const QString&) { return QStringList{"merge", "--db", d.db, package}; }, {Permission::MergePackage}, false, true, true},
        {"backup", [&](const QString& o) { return QStringList{"backup", "--db", d.db, "--dir", o}; }, {Permission::MakeBackup}, true, true, true},
        {"card", [&](const QString& o) { return QStringList{"card", "--db", d.db, "--child", d.child, "-o", o}; }, {Permission::PrintForFamily}, true, true, true},
        {"referral-slip", [&](const QString& o) { return QStringList{"referral-slip", "--db", d.db, "--referral", d.referral, "-o", o}; }, {Permission::PrintForFamily}, true, true, true},
        {"consent-notice", [&](const QString& o) { return QStringList{"consent-notice", "--db", d.db, "--child", d.child, "-o", o}; }, {Permission::PrintForFamily}, true, true, true},
        {"referrals", [&](const QString& o) { return QStringList{"referrals", "--db", d.db, "-o", o}; }, {}, true, true, true},
        {"at-risk", [&](const QString& o) { return QStringList{"at-risk", "--db", d.db, "--month", "2024-06", "-o", o}; }, {Permission::ExportByName}, false, true, true},
        {"report",
         [&](const QString& o) { return QStringList{"report", "--db", d.db, "--month", "2024-06", "--format", "csv", "-o", o}; },
         {Permission::AggregateReport},
         true,
         true,
         true},
        {"restore", [&](const QString&) { return QStringList{"restore", "--db", d.db, backup}; }, {Permission::RestoreBackup}, false, false, true},
    };
    const std::vector<std::pair<QString, Role>> users{{"kader", Role::Kader}, {"gizi", Role::Nutritionist}, {"admin", Role::Admin}};
    int n = 0;
    for (const Row& row : table) {
        for (const auto& [user, role] : users) {
            const bool allowed = role == Role::Kader ? row.kader : role == Role::Nutritionist ? row.gizi
                                                                                              : row.admin;
            const std::string what = std::string(row.command) + " as " + user.toStdString();
            const QString out = d.f.path(QStringLiteral("out-%1").arg(++n));
            const QByteArray before = contentHash(d.db, true);
            const int rc = d.run(row.args(out), user, "123456", &said);
            if (allowed) {
                BOOST_TEST(rc != kRefused, what << ": " << said.toStdString());
                BOOST_TEST(!said.contains("tidak boleh"), what << ": " << said.toStdString());
                continue;
            }
            BOOST_TEST(rc == kRefused, what);
            BOOST_REQUIRE(!row.needs.empty());
            BOOST_TEST(said.contains(tumbuh::store::refusalText(role, row.needs.front())), what << ": " << said.toStdString());
            BOOST_TEST(!QFileInfo::exists(out), what);
            BOOST_TEST(contentHash(d.db, true) == before, what);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_kader_sees_the_at_risk_list_on_the_console_but_writes_no_csv)
{
    DemoFile d;
    const QString out = d.f.path("at-risk.csv");
    QString said;
    BOOST_TEST(d.run({"at-risk", "--db", d.db, "--month", "2024-06"}, "kader", "123456", &said) == 0, said.toStdString());
    BOOST_TEST(said.contains("perlu perhatian pada 2024-06"), said.toStdString());
    // The console shows names, never a NIK.
    BOOST_TEST(!tumbuh::store::containsFullNik(said));
    BOOST_TEST(d.run({"at-risk", "--db", d.db, "--month", "2024-06", "-o", out}, "kader", "123456", &said) == kRefused);
    BOOST_TEST(!QFileInfo::exists(out));
}

BOOST_AUTO_TEST_CASE(a_file_without_users_gets_its_first_admin)
{
    Folder f;
    const QString db = f.path("new.db");
    const QString csv = f.path("children.csv");
    // A file made by another demo, exported, imported into a new file.
    makeDemo(f.path("demo.db"), 10, 2);
    giveConsent(f.path("demo.db")); // a by-name export lists only children with consent for reporting
    BOOST_REQUIRE(runCli({"export", "--db", f.path("demo.db"), "--what", "children", "-o", csv, "--full-nik"}) == 0);

    QString said;
    BOOST_TEST(runCli({"import", "--user", "Siti", "--db", db, "--create", csv}, &said, {"TUMBUH_PIN=246810"}) == 0,
               said.toStdString());
    BOOST_TEST(said.contains("first user"), said.toStdString());
    BOOST_TEST(queryLines(db, "SELECT name, role FROM users") == QStringList{"Siti|admin"});
    const QString hash = queryLines(db, "SELECT pin_hash FROM users").value(0);
    BOOST_TEST(!hash.isEmpty());
    BOOST_TEST(!hash.contains("246810"));
    // The import's rows are hers.
    BOOST_TEST(queryLines(db, "SELECT DISTINCT user_id FROM audit_log WHERE table_name <> 'users'") == queryLines(db, "SELECT id FROM users"));

    // From now on her PIN is asked for, and nobody else becomes admin.
    BOOST_TEST(runCli({"export", "--user", "Siti", "--db", db, "--what", "children", "-o", f.path("a.csv")}, &said,
                      {"TUMBUH_PIN=111111"})
               == kRefused);
    BOOST_TEST(runCli({"export", "--user", "Budi", "--db", db, "--what", "children", "-o", f.path("b.csv")}, &said,
                      {"TUMBUH_PIN=246810"})
               == kRefused);
    BOOST_TEST(runCli({"export", "--user", "siti", "--db", db, "--what", "children", "-o", f.path("c.csv")}, &said,
                      {"TUMBUH_PIN=246810"})
                   == 0,
               said.toStdString());
    BOOST_TEST(queryLines(db, "SELECT count(*) FROM users").value(0) == "1");
}

BOOST_AUTO_TEST_CASE(an_import_is_audited_as_the_signed_in_user)
{
    DemoFile d;
    const QString csv = d.f.path("children.csv");
    QString said;
    giveConsent(d.db); // a by-name export lists only children with consent for reporting
    BOOST_REQUIRE(d.run({"export", "--db", d.db, "--what", "children", "-o", csv, "--full-nik"}, "admin", "123456", &said) == 0);
    // One child changed, so that the import writes.
    QByteArray text = readText(csv);
    const QByteArray name = queryLines(d.db, "SELECT name FROM children WHERE deleted_at IS NULL ORDER BY id LIMIT 1").value(0).toUtf8();
    BOOST_REQUIRE(text.contains(name));
    text.replace(name, name + " Putri");
    writeText(csv, text);
    const QString lastAudit = queryLines(d.db, "SELECT max(id) FROM audit_log").value(0);

    BOOST_TEST(d.run({"import", "--db", d.db, csv}, "kader", "123456", &said) != kRefused, said.toStdString());
    const QStringList who = queryLines(d.db, "SELECT DISTINCT user_id FROM audit_log WHERE id > " + lastAudit);
    BOOST_TEST(who == QStringList{QString::number(d.userId("kader"))});
}

BOOST_AUTO_TEST_CASE(the_pin_comes_from_the_environment_variable)
{
    qputenv("TUMBUH_TEST_SECRET", "975310");
    BOOST_TEST(tumbuh::cli::readSecret("PIN: ", "TUMBUH_TEST_SECRET").value_or("none") == "975310");
    qputenv("TUMBUH_TEST_SECRET", "");
    BOOST_TEST(tumbuh::cli::readSecret("PIN: ", "TUMBUH_TEST_SECRET").value_or("none") == "");
    qunsetenv("TUMBUH_TEST_SECRET");
}

BOOST_AUTO_TEST_CASE(demo_prints_its_users)
{
    Folder f;
    QString said;
    BOOST_TEST(runCli({"demo", "-o", f.path("d.db"), "--children", "5", "--months", "1"}, &said, {"TUMBUH_LANG=id"}) == 0);
    BOOST_TEST(said.contains("Pengguna demo: admin, kader, gizi — PIN 123456"), said.toStdString());
    BOOST_TEST(queryLines(f.path("d.db"), "SELECT name, role, posyandu_id IS NOT NULL FROM users ORDER BY id") == (QStringList{"admin|admin|0", "kader|kader|1", "gizi|nutritionist|0"}));
}

BOOST_AUTO_TEST_SUITE_END()
