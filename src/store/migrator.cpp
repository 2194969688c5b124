#include "store/migrator.h"

#include "store/sqlutil.h"
#include "store/uidbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace tumbuh::store {
namespace {

Error migrationError(int version, const QString& detail)
{
    return Error{ErrorCode::MigrationFailed, {}, QCoreApplication::translate("tumbuh::store", "Upgrading the database to version %1 failed; the file was left "
                                                                                              "as it was. Details: %2")
                                                     .arg(version)
                                                     .arg(detail),
                 {},
                 {}};
}

// sqlite3_exec with the error text returned rather than leaked.
QString execScript(sqlite3* h, const QByteArray& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err) == SQLITE_OK)
        return {};
    QString text = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_free(err);
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

// tumbuh_uid_blob(x) for 0005_compact.sql (SQLite 3.40 has no unhex()): the
// 16 bytes of a UUID text 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' (either
// case, as QUuid::toRfc4122 orders them), and anything else back unchanged,
// so that the column's type CHECK refuses it and the upgrade rolls back.
void uidBlob(sqlite3_context* context, int, sqlite3_value** argv)
{
    sqlite3_value* v = argv[0];
    if (sqlite3_value_type(v) == SQLITE_TEXT) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
        if (const auto uid = sql::uidFromCanonicalText(p, sqlite3_value_bytes(v))) {
            const UidBytes bytes(*uid);
            sqlite3_result_blob(context, bytes.data(), UidBytes::size(), SQLITE_TRANSIENT);
            return;
        }
    }
    sqlite3_result_value(context, v);
}

std::vector<Migrator::Step> scan()
{
    std::vector<Migrator::Step> steps;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const auto m = name.match(f);
        if (!m.hasMatch())
            continue;
        steps.push_back({m.captured(1).toInt(), dir.filePath(f)});
    }
    // A gap or a duplicate number is a programming error; stop the list there
    // so that it cannot silently skip a step.
    std::vector<Migrator::Step> contiguous;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != static_cast<int>(i) + 1)
            break;
        contiguous.push_back(steps[i]);
    }
    return contiguous;
}

} // namespace

const std::vector<Migrator::Step>& Migrator::steps()
{
    static const std::vector<Step> all = scan();
    return all;
}

int Migrator::latestVersion()
{
    return static_cast<int>(steps().size());
}

QString Migrator::script(int version)
{
    for (const Step& s : steps()) {
        if (s.version == version) {
            QFile f(s.resourcePath);
            if (f.open(QIODevice::ReadOnly))
                return QString::fromUtf8(f.readAll());
        }
    }
    return {};
}

Result<int> Migrator::migrate(void* sqliteHandle, int from)
{
    auto* h = static_cast<sqlite3*>(sqliteHandle);
    int version = from;
    if (from >= latestVersion())
        return version;
    if (sqlite3_create_function_v2(h, "tumbuh_uid_blob", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, uidBlob,
                                   nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return migrationError(from + 1, QString::fromUtf8(sqlite3_errmsg(h)));
    // A migration that rebuilds a table must be able to drop it: foreign keys
    // are checked by foreign_key_check before each commit instead.
    if (const QString e = execScript(h, "PRAGMA foreign_keys = OFF;"); !e.isEmpty())
        return migrationError(from + 1, e);
    Result<int> result(version);
    for (const Step& step : steps()) {
        if (step.version <= from)
            continue;
        QFile f(step.resourcePath);
        if (!f.open(QIODevice::ReadOnly)) {
            result = migrationError(step.version, f.errorString());
            break;
        }
        const QByteArray sql = f.readAll();
        if (QString e = execScript(h, "BEGIN IMMEDIATE;"); !e.isEmpty()) {
            result = migrationError(step.version, e);
            break;
        }
        QString e = execScript(h, sql);
        if (e.isEmpty())
            e = execScript(h, QByteArray("PRAGMA user_version = ") + QByteArray::number(step.version) + ';');
        if (e.isEmpty()) {
            // foreign_key_check returns one row per violation.
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(h, "PRAGMA foreign_key_check", -1, &st, nullptr) == SQLITE_OK) {
                if (sqlite3_step(st) == SQLITE_ROW)
                    e = QStringLiteral("foreign key violation in table %1")
                            .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))));
            } else {
                e = QString::fromUtf8(sqlite3_errmsg(h));
            }
            sqlite3_finalize(st);
        }
        if (e.isEmpty())
            e = execScript(h, "COMMIT;");
        if (!e.isEmpty()) {
            execScript(h, "ROLLBACK;");
            result = migrationError(step.version, e);
            break;
        }
        version = step.version;
        result = Result<int>(version);
    }
    execScript(h, "PRAGMA foreign_keys = ON;");
    // A migration that rebuilds tables (0005) leaves the old tables' pages
    // free: a city's file would grow by a third instead of shrinking. When
    // more than a quarter of the file is free pages, VACUUM gives them back.
    // Its failure (a full disk) leaves a valid, upgraded file: not an error.
    if (result && version > from) {
        sqlite3_stmt* st = nullptr;
        long long freePages = 0;
        long long pages = 0;
        if (sqlite3_prepare_v2(h, "SELECT freelist_count, page_count FROM pragma_freelist_count, pragma_page_count", -1,
                               &st, nullptr)
                == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW) {
            freePages = sqlite3_column_int64(st, 0);
            pages = sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
        if (freePages * 4 > pages)
            execScript(h, "VACUUM;");
    }
    return result;
}

} // namespace tumbuh::store
