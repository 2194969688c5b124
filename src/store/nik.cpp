#include "store/nik.h"

namespace tumbuh::store {

bool Nik::isWellFormed(const QString& nik)
{
    if (nik.size() != 16)
        return false;
    for (const QChar c : nik) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

std::optional<Nik::BirthPart> Nik::birthPart(const QString& nik)
{
    if (!isWellFormed(nik))
        return std::nullopt;
    // Digits 7-12 (1-based) are DDMMYY.
    const int dd = nik.mid(6, 2).toInt();
    const int mm = nik.mid(8, 2).toInt();
    const int yy = nik.mid(10, 2).toInt();
    BirthPart part;
    if (dd >= 41 && dd <= 71) {
        part.day = dd - 40;
        part.sex = growth::Sex::Female;
    } else if (dd >= 1 && dd <= 31) {
        part.day = dd;
        part.sex = growth::Sex::Male;
    } else {
        return std::nullopt;
    }
    if (mm < 1 || mm > 12)
        return std::nullopt;
    part.month = mm;
    part.yy = yy;
    // A day the month never has (31 April) cannot be anyone's birth date;
    // 29 February is possible (leap years), so use a leap year to check.
    if (!QDate(2000, part.month, part.day).isValid())
        return std::nullopt;
    return part;
}

bool Nik::matchesDate(const BirthPart& part, const QDate& birthDate)
{
    return birthDate.isValid() && birthDate.day() == part.day && birthDate.month() == part.month
        && birthDate.year() % 100 == part.yy;
}

} // namespace tumbuh::store
