#include "store/messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <sqlite3.h>

namespace tumbuh::store::msg {
namespace {

Error make(ErrorCode code, const QString& field, const QString& message)
{
    return Error{code, field, message, {}, {}};
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

QString fieldLabel(const QString& field)
{
    // Labels as the forms show them; lupdate needs the literal calls.
    if (field == u"name") return QCoreApplication::translate("tumbuh::store", "Name");
    if (field == u"nik") return QCoreApplication::translate("tumbuh::store", "NIK");
    if (field == u"sex") return QCoreApplication::translate("tumbuh::store", "Sex");
    if (field == u"birth_date") return QCoreApplication::translate("tumbuh::store", "Birth date");
    if (field == u"birth_weight_g") return QCoreApplication::translate("tumbuh::store", "Birth weight");
    if (field == u"birth_length_mm") return QCoreApplication::translate("tumbuh::store", "Birth length");
    if (field == u"mother_name") return QCoreApplication::translate("tumbuh::store", "Mother's name");
    if (field == u"father_name") return QCoreApplication::translate("tumbuh::store", "Father's name");
    if (field == u"mother_nik") return QCoreApplication::translate("tumbuh::store", "Mother's NIK");
    if (field == u"father_nik") return QCoreApplication::translate("tumbuh::store", "Father's NIK");
    if (field == u"kk_number") return QCoreApplication::translate("tumbuh::store", "Family card number (No. KK)");
    if (field == u"address") return QCoreApplication::translate("tumbuh::store", "Address");
    if (field == u"rt") return QCoreApplication::translate("tumbuh::store", "RT");
    if (field == u"rw") return QCoreApplication::translate("tumbuh::store", "RW");
    if (field == u"kelurahan") return QCoreApplication::translate("tumbuh::store", "Kelurahan/desa");
    if (field == u"kecamatan") return QCoreApplication::translate("tumbuh::store", "Kecamatan");
    if (field == u"kabupaten") return QCoreApplication::translate("tumbuh::store", "Kabupaten/kota");
    if (field == u"province") return QCoreApplication::translate("tumbuh::store", "Province");
    if (field == u"notes") return QCoreApplication::translate("tumbuh::store", "Notes");
    if (field == u"measured_by") return QCoreApplication::translate("tumbuh::store", "Measured by");
    if (field == u"referred_by") return QCoreApplication::translate("tumbuh::store", "Referred by");
    if (field == u"region_code_version") return QCoreApplication::translate("tumbuh::store", "Region code list");
    if (field == u"phone") return QCoreApplication::translate("tumbuh::store", "Phone number");
    if (field == u"household_id") return QCoreApplication::translate("tumbuh::store", "Household");
    if (field == u"posyandu_id") return QCoreApplication::translate("tumbuh::store", "Posyandu");
    if (field == u"child_id") return QCoreApplication::translate("tumbuh::store", "Child");
    if (field == u"status_date") return QCoreApplication::translate("tumbuh::store", "Date of moving away or death");
    if (field == u"measured_on") return QCoreApplication::translate("tumbuh::store", "Measurement date");
    if (field == u"weight_g") return QCoreApplication::translate("tumbuh::store", "Weight");
    if (field == u"length_mm") return QCoreApplication::translate("tumbuh::store", "Length/height");
    if (field == u"length_position") return QCoreApplication::translate("tumbuh::store", "How length/height was measured");
    if (field == u"head_mm") return QCoreApplication::translate("tumbuh::store", "Head circumference");
    if (field == u"muac_mm") return QCoreApplication::translate("tumbuh::store", "Mid-upper arm circumference (LiLA)");
    if (field == u"referred_on") return QCoreApplication::translate("tumbuh::store", "Referral date");
    if (field == u"arrived_on") return QCoreApplication::translate("tumbuh::store", "Date of arrival at the destination");
    if (field == u"closed_on") return QCoreApplication::translate("tumbuh::store", "Closing date");
    if (field == u"destination") return QCoreApplication::translate("tumbuh::store", "Referral destination");
    if (field == u"reasons") return QCoreApplication::translate("tumbuh::store", "Reasons for the referral");
    if (field == u"follow_up_on") return QCoreApplication::translate("tumbuh::store", "Follow-up date");
    if (field == u"happened_on") return QCoreApplication::translate("tumbuh::store", "Date of this step");
    if (field == u"referral_id") return QCoreApplication::translate("tumbuh::store", "Referral");
    if (field == u"counselled_on") return QCoreApplication::translate("tumbuh::store", "Counselling date");
    if (field == u"topic") return QCoreApplication::translate("tumbuh::store", "Counselling topic");
    if (field == u"counselled_by") return QCoreApplication::translate("tumbuh::store", "Counselled by");
    if (field == u"recorded_by") return QCoreApplication::translate("tumbuh::store", "Recorded by");
    if (field == u"region_code") return QCoreApplication::translate("tumbuh::store", "Region code");
    if (field == u"user_id") return QCoreApplication::translate("tumbuh::store", "User");
    if (field == u"id") return QCoreApplication::translate("tumbuh::store", "Record");
    return field;
}

QString formatDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

Error required(const QString& field)
{
    return make(ErrorCode::Required, field, QCoreApplication::translate("tumbuh::store", "%1 must be filled in.").arg(fieldLabel(field)));
}

Error outOfRange(const QString& field, std::int32_t value, std::int32_t min, std::int32_t max, Unit unit)
{
    const double scale = unit == Unit::Kilograms ? 1000.0 : 10.0;
    const QString symbol = unit == Unit::Kilograms ? QStringLiteral("kg") : QStringLiteral("cm");
    return make(ErrorCode::OutOfRange, field,
                QCoreApplication::translate("tumbuh::store", "%1 must be between %2 and %3 %4; %5 %4 was entered.")
                    .arg(fieldLabel(field), number(min / scale), number(max / scale), symbol,
                         number(value / scale)));
}

Error sixteenDigits(const QString& field, const QString& value)
{
    return make(ErrorCode::InvalidFormat, field,
                QCoreApplication::translate("tumbuh::store", "%1 must be exactly 16 digits; \"%2\" has %3 characters.")
                    .arg(fieldLabel(field), value)
                    .arg(value.size()));
}

Error dateInFuture(const QString& field, const QDate& date)
{
    return make(ErrorCode::InvalidDate, field,
                QCoreApplication::translate("tumbuh::store", "%1 cannot be in the future (%2 was entered).").arg(fieldLabel(field), formatDate(date)));
}

Error dateBeforeBirth(const QString& field, const QDate& date, const QDate& birth)
{
    return make(ErrorCode::InvalidDate, field,
                QCoreApplication::translate("tumbuh::store", "%1 (%2) cannot be before the child's birth date (%3).")
                    .arg(fieldLabel(field), formatDate(date), formatDate(birth)));
}

Error birthDateTooOld(const QDate& date, const QDate& earliest)
{
    return make(ErrorCode::InvalidDate, QStringLiteral("birth_date"),
                QCoreApplication::translate("tumbuh::store", "Birth date cannot be more than 19 years ago: %1 was entered, the earliest allowed is %2.")
                    .arg(formatDate(date), formatDate(earliest)));
}

Error positionMissing()
{
    return make(ErrorCode::Inconsistent, QStringLiteral("length_position"),
                QCoreApplication::translate("tumbuh::store", "A length/height was entered without how it was measured: choose lying (length) or "
                                                             "standing (height)."));
}

Error positionWithoutLength()
{
    return make(ErrorCode::Inconsistent, QStringLiteral("length_position"),
                QCoreApplication::translate("tumbuh::store", "How length/height was measured is given, but no length/height was entered."));
}

Error nothingMeasured()
{
    return make(ErrorCode::Required, QStringLiteral("weight_g"),
                QCoreApplication::translate("tumbuh::store", "Nothing was measured: enter at least the weight, the length/height, the head "
                                                             "circumference or the arm circumference."));
}

Error statusDateMissing()
{
    return make(ErrorCode::Required, QStringLiteral("status_date"),
                QCoreApplication::translate("tumbuh::store", "Enter the date the child moved away or died."));
}

Error measuredAfterDeath(const QDate& date, const QDate& died)
{
    return make(ErrorCode::InvalidDate, QStringLiteral("measured_on"),
                QCoreApplication::translate("tumbuh::store", "Measurement date (%1) is after the child's recorded date of death (%2).")
                    .arg(formatDate(date), formatDate(died)));
}

Error duplicateNik(const QString& nik, const QString& otherName, const QDate& otherBirth)
{
    return make(ErrorCode::DuplicateNik, QStringLiteral("nik"),
                QCoreApplication::translate("tumbuh::store", "NIK %1 already belongs to another child: %2, born %3.")
                    .arg(nik, otherName, formatDate(otherBirth)));
}

Error notFound(const QString& field)
{
    return make(ErrorCode::NotFound, field,
                QCoreApplication::translate("tumbuh::store", "%1 was not found; it may have been deleted.").arg(fieldLabel(field)));
}

Error inUse(const QString& what, qint64 liveChildren)
{
    return make(ErrorCode::InUse, QStringLiteral("id"),
                QCoreApplication::translate("tumbuh::store", "%1 still has %2 registered children; move or delete them first.")
                    .arg(fieldLabel(what))
                    .arg(liveChildren));
}

Error regionCode(const QString& value)
{
    return make(ErrorCode::InvalidFormat, QStringLiteral("region_code"),
                QCoreApplication::translate("tumbuh::store", "Region code \"%1\" must look like PP.KK.CC.DDDD (for example 64.71.05.1002), or a "
                                                             "beginning of it.")
                    .arg(value));
}

Error phone(const QString& value)
{
    return make(ErrorCode::InvalidFormat, QStringLiteral("phone"),
                QCoreApplication::translate("tumbuh::store", "Phone number \"%1\" may contain only digits, spaces, +, - and parentheses, at most 20 "
                                                             "characters.")
                    .arg(value));
}

Error textTooLong(const QString& field, int length, int maxChars)
{
    return make(ErrorCode::OutOfRange, field,
                QCoreApplication::translate("tumbuh::store", "%1 is too long: %2 characters, at most %3 are allowed. "
                                                             "Shorten it.")
                    .arg(fieldLabel(field))
                    .arg(length)
                    .arg(maxChars));
}

Error forbiddenCharacter(const QString& field, char32_t c)
{
    const QString code = QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    return make(ErrorCode::InvalidFormat, field,
                QCoreApplication::translate("tumbuh::store", "%1 contains a hidden control or text-direction "
                                                             "character (%2) that cannot be saved. Type the text "
                                                             "again without it.")
                    .arg(fieldLabel(field), code));
}

Error dateBefore(const QString& field, const QDate& date, const QString& otherField, const QDate& other)
{
    return make(ErrorCode::InvalidDate, field,
                QCoreApplication::translate("tumbuh::store", "%1 (%2) cannot be before %3 (%4).")
                    .arg(fieldLabel(field), formatDate(date), fieldLabel(otherField), formatDate(other)));
}

Error closedWithoutDate()
{
    return make(ErrorCode::Required, QStringLiteral("closed_on"),
                QCoreApplication::translate("tumbuh::store", "A completed, missed or cancelled referral needs its closing date."));
}

Error arrivedWithoutDate()
{
    return make(ErrorCode::Required, QStringLiteral("arrived_on"),
                QCoreApplication::translate("tumbuh::store", "A referral marked as arrived needs the date of arrival."));
}

Error stepNotAllowed(const QString& fromWord, const QString& toWord)
{
    return make(ErrorCode::Inconsistent, QStringLiteral("status"),
                QCoreApplication::translate("tumbuh::store", "A referral that is \"%1\" cannot be changed to \"%2\". "
                                                             "Nothing was changed.")
                    .arg(fromWord, toWord));
}

Error stepBeforePrevious(const QDate& date, const QString& previousWord, const QDate& previous)
{
    return make(ErrorCode::InvalidDate, QStringLiteral("happened_on"),
                QCoreApplication::translate("tumbuh::store", "%1 (%2) cannot be before the previous step "
                                                             "(\"%3\" on %4).")
                    .arg(fieldLabel(QStringLiteral("happened_on")), formatDate(date), previousWord, formatDate(previous)));
}

QString backupExists(const QString& backupPath)
{
    return QCoreApplication::translate("tumbuh::store", "A backup of it exists and can be restored: %1").arg(QDir::toNativeSeparators(backupPath));
}

Error readOnly(const QString& path)
{
    return make(ErrorCode::ReadOnly, {},
                QCoreApplication::translate("tumbuh::store", "The database file %1 is read-only: it can be viewed, but changes cannot be saved.")
                    .arg(path));
}

Error openElsewhere(const QString& path, const QString& program, qint64 pid, const QString& user, const QString& host)
{
    return make(ErrorCode::Busy, {},
                QCoreApplication::translate("tumbuh::store",
                                            "The database %1 is open in %2 (pid %3, user %4, computer %5), which may be "
                                            "changing it. Close that program or wait until it has finished, then try again. "
                                            "Nothing was changed.")
                    .arg(QDir::toNativeSeparators(path), program)
                    .arg(pid)
                    .arg(user.isEmpty() ? QStringLiteral("?") : user, host.isEmpty() ? QStringLiteral("?") : host));
}

std::optional<SqliteFailure> sqliteFailure(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: return SqliteFailure::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return SqliteFailure::Busy;
    case SQLITE_READONLY: return SqliteFailure::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH: return SqliteFailure::CannotOpen;
    case SQLITE_IOERR: return SqliteFailure::DiskError;
    default: return std::nullopt;
    }
}

Error fromSqlite(SqliteFailure failure, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (failure) {
    case SqliteFailure::DiskFull:
        return make(ErrorCode::DiskFull, {},
                    QCoreApplication::translate("tumbuh::store",
                                                "The disk is full: free some space on the disk, then try again. Nothing "
                                                "was lost; what was already saved is safe."));
    case SqliteFailure::Busy:
        return make(ErrorCode::Busy, {},
                    QCoreApplication::translate("tumbuh::store",
                                                "The database is busy: another program is using it. Wait a moment or "
                                                "close the other program, then try again. Nothing was lost; what was "
                                                "already saved is safe."));
    case SqliteFailure::ReadOnly:
        return make(ErrorCode::ReadOnly, {},
                    QCoreApplication::translate("tumbuh::store",
                                                "The database is read-only (the file, its folder or the disk cannot be "
                                                "written): the change was not saved. Copy the file to a folder you may "
                                                "write, or ask whoever manages this computer."));
    case SqliteFailure::CannotOpen:
        if (!path.isEmpty())
            return make(ErrorCode::CannotOpen, {},
                        QCoreApplication::translate("tumbuh::store",
                                                    "The database file %1 cannot be opened: it or its folder is missing, "
                                                    "or you may not use it. Check the file's name and folder, or ask "
                                                    "whoever manages this computer for access.")
                            .arg(file));
        return make(ErrorCode::CannotOpen, {},
                    QCoreApplication::translate("tumbuh::store",
                                                "The database file cannot be opened: it or its folder is missing, or you "
                                                "may not use it. Check the file's name and folder, or ask whoever manages "
                                                "this computer for access."));
    case SqliteFailure::DiskError:
        return make(ErrorCode::Sql, {},
                    QCoreApplication::translate("tumbuh::store",
                                                "The disk could not be read or written (was it removed, or is it "
                                                "failing?). Check the disk, then try again; what was already saved is "
                                                "safe."));
    }
    return make(ErrorCode::Sql, {}, {});
}

Error sqliteError(int sqliteCode, const QString& sqliteText, const QString& path)
{
    if (const auto failure = sqliteFailure(sqliteCode))
        return fromSqlite(*failure, path);
    return make(ErrorCode::Sql, {}, QCoreApplication::translate("tumbuh::store", "Database error: %1").arg(sqliteText));
}

Warning nikBirthDate(const QString& nik, const QString& nikDatePart, const QDate& birth)
{
    return Warning{WarningCode::NikBirthDateMismatch, QStringLiteral("nik"),
                   QCoreApplication::translate("tumbuh::store", "NIK %1 encodes the birth date %2, but the birth date entered is %3. Check both; "
                                                                "the NIK is kept as entered.")
                       .arg(nik, nikDatePart, formatDate(birth))};
}

Warning nikSex(const QString& nik, bool nikSaysFemale)
{
    return Warning{WarningCode::NikSexMismatch, QStringLiteral("nik"),
                   nikSaysFemale
                       ? QCoreApplication::translate("tumbuh::store", "NIK %1 is a girl's NIK (day of birth plus 40), but the child is entered as a boy.")
                             .arg(nik)
                       : QCoreApplication::translate("tumbuh::store", "NIK %1 is a boy's NIK, but the child is entered as a girl (a girl's NIK has 40 "
                                                                      "added to the day of birth).")
                             .arg(nik)};
}

Warning nikDateInvalid(const QString& nik)
{
    return Warning{WarningCode::NikDateInvalid, QStringLiteral("nik"),
                   QCoreApplication::translate("tumbuh::store", "Digits 7 to 12 of NIK %1 are not a date of birth (DDMMYY, +40 on the day for girls). "
                                                                "Check the NIK.")
                       .arg(nik)};
}

Warning possibleDuplicate(const QString& name, const QDate& birth, const QString& mother)
{
    return Warning{WarningCode::PossibleDuplicate, QStringLiteral("name"),
                   QCoreApplication::translate("tumbuh::store", "A child named %1, born %2, with mother %3 is already registered. Is this the same "
                                                                "child?")
                       .arg(name, formatDate(birth), mother)};
}

} // namespace tumbuh::store::msg
