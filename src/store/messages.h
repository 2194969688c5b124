#pragma once
// The store's user-facing texts, in one place so that the same situation is
// always worded the same way (one term per concept). Source strings are
// English, context "tumbuh::store"; resources/translations/tumbuh_id.ts has the
// Indonesian. Numbers and dates follow the default QLocale, which
// installTranslator() sets to match the language.
#include "store/error.h"
#include "store/warning.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tumbuh::store::msg {

// The translated name of a column, as the forms label it.
QString fieldLabel(const QString& field);

QString formatDate(const QDate& d);

enum class Unit { Kilograms,
                  Centimetres };

Error required(const QString& field);
// `value`, `min` and `max` in grams (Kilograms) or millimetres (Centimetres).
Error outOfRange(const QString& field, std::int32_t value, std::int32_t min, std::int32_t max, Unit unit);
Error sixteenDigits(const QString& field, const QString& value);
Error dateInFuture(const QString& field, const QDate& date);
Error dateBeforeBirth(const QString& field, const QDate& date, const QDate& birth);
Error birthDateTooOld(const QDate& date, const QDate& earliest);
Error positionMissing();
Error positionWithoutLength();
Error nothingMeasured();
Error statusDateMissing();
Error measuredAfterDeath(const QDate& date, const QDate& died);
Error duplicateNik(const QString& nik, const QString& otherName, const QDate& otherBirth);
Error notFound(const QString& field);
Error inUse(const QString& what, qint64 liveChildren);
Error regionCode(const QString& value);
Error phone(const QString& value);
// A text longer than its field allows (Validation::checkText).
Error textTooLong(const QString& field, int length, int maxChars);
// A control or text-direction character in a text field.
Error forbiddenCharacter(const QString& field, char32_t c);
Error dateBefore(const QString& field, const QDate& date, const QString& otherField, const QDate& other);
Error closedWithoutDate();
Error arrivedWithoutDate();
// A referral step that the workflow does not allow (store/referralworkflow.h):
// both statuses in words.
Error stepNotAllowed(const QString& fromWord, const QString& toWord);
// A referral step dated before the step before it.
Error stepBeforePrevious(const QDate& date, const QString& previousWord, const QDate& previous);
Error readOnly(const QString& path);
// Appended to an open error when a backup of the file exists (the program's
// dialog shows its own note instead, so it takes this sentence out).
QString backupExists(const QString& backupPath);

// Another program (or, for restore, this one) writes the database: its
// writer lock (store/writerlock.h) names the program, process, user, host.
Error openElsewhere(const QString& path, const QString& program, qint64 pid, const QString& user, const QString& host);

// What the machine refused, each with what to do; never SQLite's English.
enum class SqliteFailure {
    DiskFull,   // SQLITE_FULL
    Busy,       // SQLITE_BUSY, SQLITE_LOCKED
    ReadOnly,   // SQLITE_READONLY
    CannotOpen, // SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH
    DiskError,  // SQLITE_IOERR
};
// The failure an SQLite result code (primary or extended) is, if it is one
// of those above.
std::optional<SqliteFailure> sqliteFailure(int sqliteCode);
// `path`: the database concerned, named in the message when given.
Error fromSqlite(SqliteFailure failure, const QString& path = {});
// The store's error for an SQLite failure: one of the above, or
// ErrorCode::Sql with SQLite's own text for anything unexpected.
Error sqliteError(int sqliteCode, const QString& sqliteText, const QString& path = {});

Warning nikBirthDate(const QString& nik, const QString& nikDatePart, const QDate& birth);
Warning nikSex(const QString& nik, bool nikSaysFemale);
Warning nikDateInvalid(const QString& nik);
Warning possibleDuplicate(const QString& name, const QDate& birth, const QString& mother);

} // namespace tumbuh::store::msg
