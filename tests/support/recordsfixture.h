#pragma once
// Helpers of the records tests: temporary folders, databases with "today"
// pinned, files written and hashed, row counts and content hashes read with
// plain SQLite (not through the code under test).
#include "records/namedpolicy.h"
#include "records/storenames.h"
#include "store/database.h"
#include "support/testprint.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <QDateTime>
#include <QUuid>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

// QByteArray as this area's tests read it (the other Qt types: support/testprint.h).
inline std::ostream& boost_test_print_type(std::ostream& os, const QByteArray& b) { return os << b.toStdString(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const std::optional<QDate>& d)
{
    return d ? os << d->toString(Qt::ISODate).toStdString() : os << "nullopt";
}
template <typename T>
std::ostream& boost_test_print_type(std::ostream& os, const std::optional<T>& v)
{
    return v ? os << *v : os << "nullopt";
}

namespace tumbuh::records::test {

inline const QDate kToday(2024, 6, 15);

// The message of a failed Result, for BOOST_REQUIRE_MESSAGE.
template <typename R>
std::string why(const R& r)
{
    return r.ok() ? std::string("ok") : r.error().message.toStdString();
}

struct Folder {
    Folder();
    QString path(const QString& name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

std::unique_ptr<Database> openDb(const QString& path);
void writeText(const QString& path, const QByteArray& text);
QByteArray readText(const QString& path);
QByteArray fileHash(const QString& path);

// Rows of a table (all, or live only), read with sqlite3 directly.
qint64 rows(const QString& dbPath, const QString& table, bool liveOnly = false);
// A hash of every row of the data tables (and the audit log if asked),
// ordered by id: equal hashes = equal content.
QByteArray contentHash(const QString& dbPath, bool withAudit = false);
// Every row of a query as text lines, for field-by-field comparisons.
QStringList queryLines(const QString& dbPath, const QString& sql);
QString integrity(const QString& dbPath);
// Runs SQL on a file without the store (to edit or damage fixtures).
void rawExec(const QString& dbPath, const QByteArray& sql);

// Records a consent statement (issue 12) for every live child of the file
// whose id satisfies `childCondition` (SQL on `children`, e.g. "id % 5 <> 0"):
// given by the mother on the child's birth day, for monitoring and referral,
// and for reporting when `reporting`. With raw SQL, as an older file or
// another program would have it; newest statement wins, so a later call
// changes what an earlier one gave.
void giveConsent(const QString& dbPath, bool reporting = true, const QString& childCondition = QStringLiteral("1"));

// The by-name policy of the program itself (store::signedInAs(db, 0): an
// admin) asking for full NIKs: only children with consent for reporting are
// listed, their NIKs whole.
NamedPolicy adminPolicy(Database& db);

// A small demo database (fixed today and seed) at `path`.
void makeDemo(const QString& path, int children, int months, quint64 seed = 7);

// Runs tumbuh-cli; returns the exit code, with its output (standard output
// and error) in `out`. `env`: "NAME=value" entries added to the environment.
// The commands that sign in (import, export, package, merge, backup,
// restore, card, referral-slip, referrals, at-risk, report) get
// `--user admin` right after the command name and TUMBUH_PIN=123456 (the
// demo users' PIN; on a file without users, admin becomes its first admin)
// unless `args` has its own --user or `env` sets TUMBUH_PIN. A TUMBUH_PIN of
// the test's own environment is never passed on.
int runCli(const QStringList& args, QString* out = nullptr, const QStringList& env = {});

} // namespace tumbuh::records::test
