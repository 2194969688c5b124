#pragma once
// NIK (Nomor Induk Kependudukan): 16 digits PP KK CC DDMMYY NNNN. The DD part
// is the birth day, +40 for girls. See indonesia-domain.md 4.5: a NIK is never
// reissued after a birth-date correction, so a disagreement with the child's
// record is a warning, never a refusal.
#include "growth/types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tumbuh::store {

class Nik {
public:
    // Exactly 16 ASCII digits.
    static bool isWellFormed(const QString& nik);

    struct BirthPart {
        int day = 0;   // 1..31 (the +40 removed)
        int month = 0; // 1..12
        int yy = 0;    // two-digit year
        growth::Sex sex = growth::Sex::Male;
    };
    // The birth part, or nullopt when DD/MM are not a possible day and month.
    static std::optional<BirthPart> birthPart(const QString& nik);

    // Does the birth part agree with this date (day, month and two-digit year)?
    static bool matchesDate(const BirthPart& part, const QDate& birthDate);
};

} // namespace tumbuh::store
