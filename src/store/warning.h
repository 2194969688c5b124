#pragma once
// Warnings accompany a successful result: the data was saved (or opened), but
// the user should look at a field again.
#include <QString>

namespace tumbuh::store {

enum class WarningCode {
    NikBirthDateMismatch, // the DDMMYY part of the NIK is not the child's birth date
    NikSexMismatch,       // the day part says the other sex (+40 for girls)
    NikDateInvalid,       // the DDMMYY part is not a date at all
    PossibleDuplicate,    // same name, birth date and mother's name as another child
    OpenedReadOnly,       // the database file is read-only: it can be viewed, not changed
};

struct Warning {
    WarningCode code;
    QString field;   // column name the warning concerns
    QString message; // translated
};

} // namespace tumbuh::store
