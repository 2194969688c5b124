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

namespace tumbuh::store::msg {

// The translated name of a column, as the forms label it.
QString fieldLabel(const QString& field);

QString formatDate(const QDate& d);

enum class Unit { Kilograms, Centimetres };

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
Error readOnly(const QString& path);

Warning nikBirthDate(const QString& nik, const QString& nikDatePart, const QDate& birth);
Warning nikSex(const QString& nik, bool nikSaysFemale);
Warning nikDateInvalid(const QString& nik);
Warning possibleDuplicate(const QString& name, const QDate& birth, const QString& mother);

} // namespace tumbuh::store::msg
