#include "support/recordsfixture.h"

#include "records/demo/demogenerator.h"

#include <boost/test/unit_test.hpp>

#include <QCryptographicHash>
#include <QUuid>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <sqlite3.h>

#include <algorithm>

namespace tumbuh::records::test {
namespace {

struct Raw {
    explicit Raw(const QString& path, bool write = false)
    {
        const int flags = write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
        BOOST_REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK);
    }
    ~Raw() { sqlite3_close(db); }
    sqlite3* db = nullptr;
};

QString columnText(sqlite3_stmt* st, int c)
{
    if (sqlite3_column_type(st, c) == SQLITE_NULL)
        return QStringLiteral("<null>");
    if (sqlite3_column_type(st, c) == SQLITE_BLOB) {
        // Schema 5's uids: 16 bytes, shown as the UUID text (as the
        // <table>_readable views show them); any other blob in hex.
        const QByteArray b(static_cast<const char*>(sqlite3_column_blob(st, c)), sqlite3_column_bytes(st, c));
        if (b.size() == 16)
            return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
        return QString::fromLatin1(b.toHex());
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
}

} // namespace

Folder::Folder()
{
    BOOST_REQUIRE(dir.isValid());
}

std::unique_ptr<Database> openDb(const QString& path)
{
    auto r = Database::open(path);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    auto db = std::move(r).value();
    db->setToday(kToday);
    return db;
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    BOOST_REQUIRE(f.write(text) == text.size());
}

QByteArray readText(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), path.toStdString());
    return f.readAll();
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readText(path), QCryptographicHash::Sha256).toHex();
}

qint64 rows(const QString& dbPath, const QString& table, bool liveOnly)
{
    // Through the table's <table>_readable view (schema 5), so that a
    // condition written on dates or uids as text ("measured_on >
    // '2024-06-15'") compares text with text.
    const qsizetype end = table.indexOf(QLatin1Char(' '));
    const QString from = end < 0 ? table + QStringLiteral("_readable")
                                 : table.left(end) + QStringLiteral("_readable") + table.mid(end);
    const QStringList lines = queryLines(
        dbPath, QStringLiteral("SELECT count(*) FROM %1%2").arg(from, liveOnly ? QStringLiteral(" WHERE deleted_at IS NULL") : QString()));
    BOOST_REQUIRE_EQUAL(lines.size(), 1);
    return lines.front().toLongLong();
}

QStringList queryLines(const QString& dbPath, const QString& sql)
{
    Raw raw(dbPath);
    sqlite3_stmt* st = nullptr;
    BOOST_REQUIRE_MESSAGE(sqlite3_prepare_v2(raw.db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK,
                          sqlite3_errmsg(raw.db));
    QStringList out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        QStringList fields;
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            fields << columnText(st, c);
        out << fields.join(QLatin1Char('|'));
    }
    sqlite3_finalize(st);
    return out;
}

QByteArray contentHash(const QString& dbPath, bool withAudit)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QStringList tables{QStringLiteral("users"), QStringLiteral("posyandu"), QStringLiteral("households"),
                       QStringLiteral("children"), QStringLiteral("measurements"), QStringLiteral("referrals"),
                       QStringLiteral("referral_events"), QStringLiteral("counselling")};
    if (withAudit)
        tables << QStringLiteral("audit_log");
    // The users' sign-in bookkeeping is no content: the PIN hash has a random
    // salt (two demos differ there), the wrong-PIN count changes on a refusal.
    QStringList userColumns = queryLines(dbPath, QStringLiteral("SELECT name FROM pragma_table_info('users')"));
    userColumns.removeIf([](const QString& c) {
        return c == u"pin_hash" || c == u"failed_pins" || c == u"locked_until";
    });
    for (const QString& t : tables) {
        h.addData(t.toUtf8());
        const QString columns = t == u"users" ? userColumns.join(QLatin1Char(',')) : QStringLiteral("*");
        for (const QString& line : queryLines(dbPath, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, t)))
            h.addData(line.toUtf8() + '\n');
    }
    return h.result().toHex();
}

QString integrity(const QString& dbPath)
{
    return queryLines(dbPath, QStringLiteral("PRAGMA integrity_check")).join(QLatin1Char('\n'));
}

void rawExec(const QString& dbPath, const QByteArray& sql)
{
    Raw raw(dbPath, true);
    char* error = nullptr;
    const int rc = sqlite3_exec(raw.db, sql.constData(), nullptr, nullptr, &error);
    const std::string message = error ? error : "?";
    sqlite3_free(error);
    BOOST_REQUIRE_MESSAGE(rc == SQLITE_OK, message);
}

void giveConsent(const QString& dbPath, bool reporting, const QString& childCondition)
{
    // A statement newer than any before it: given_on today (not before
    // birth, not in the future), created now.
    const QByteArray sql = QStringLiteral(
                               "INSERT INTO consents (uid, child_id, given_on, guardian_name, guardian_relation, "
                               "for_monitoring, for_reporting, for_referral, withdrawal, recorded_by, notes, created_at, "
                               "updated_at) "
                               // schema 5's forms: a 16-byte uid, a day number, milliseconds
                               "SELECT randomblob(16), id, CAST(julianday(date('now')) - 2440587.5 AS INTEGER), "
                               "'Ibu ' || name, 'ibu', 1, %1, 1, 0, 'test', '', "
                               "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), "
                               "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) "
                               "FROM (SELECT id, name FROM children WHERE deleted_at IS NULL AND (%2))")
                               .arg(reporting ? 1 : 0)
                               .arg(childCondition)
                               .toUtf8();
    rawExec(dbPath, sql);
}

NamedPolicy adminPolicy(Database& db)
{
    auto user = signedInAs(db, 0);
    BOOST_REQUIRE(user.ok());
    auto policy = NamedPolicy::make(db, *user, true);
    BOOST_REQUIRE(policy.ok());
    return *policy;
}

void makeDemo(const QString& path, int children, int months, quint64 seed)
{
    DemoOptions o;
    o.children = children;
    o.months = months;
    o.seed = seed;
    o.today = kToday;
    auto r = generateDemo(path, o);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
}

int runCli(const QStringList& args, QString* out, const QStringList& env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("TUMBUH_LANG"), QStringLiteral("en"));
    e.remove(QStringLiteral("TUMBUH_PIN"));
    QStringList command = args;
    static const QStringList signsIn{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("package"),
                                     QStringLiteral("merge"), QStringLiteral("backup"), QStringLiteral("restore"),
                                     QStringLiteral("card"), QStringLiteral("referral-slip"), QStringLiteral("referrals"),
                                     QStringLiteral("at-risk"), QStringLiteral("report"),
                                     QStringLiteral("consent-notice")};
    const bool ownUser = std::any_of(args.begin(), args.end(), [](const QString& a) {
        return a == u"--user" || a.startsWith(u"--user=");
    });
    const bool ownPin = std::any_of(env.begin(), env.end(), [](const QString& kv) { return kv.startsWith(u"TUMBUH_PIN="); });
    if (!command.isEmpty() && signsIn.contains(command.front()) && !ownUser && !ownPin) {
        command.insert(1, QStringLiteral("--user"));
        command.insert(2, QStringLiteral("admin"));
        e.insert(QStringLiteral("TUMBUH_PIN"), QStringLiteral("123456"));
    }
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TUMBUH_CLI), command);
    BOOST_REQUIRE(p.waitForStarted());
    BOOST_REQUIRE(p.waitForFinished(300000));
    if (out)
        *out = QString::fromUtf8(p.readAll());
    BOOST_REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return p.exitCode();
}

} // namespace tumbuh::records::test
