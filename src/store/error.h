#pragma once
// Errors are values: the store never throws at its callers and never shows UI.
// The message is already translated (Indonesian or English, whichever
// translator is installed when the error is made); `field` names the column
// the error concerns so that the UI can put the message next to that field.
#include <QString>

#include <vector>

namespace tumbuh::store {

enum class ErrorCode {
    // Opening a database file.
    FileNotFound,    // the file does not exist and creating it was not asked for
    CannotOpen,      // the operating system refused the file or its folder
    NotADatabase,    // not an SQLite file, or an SQLite file that is not Tumbuh's
    Corrupt,         // truncated or damaged (PRAGMA quick_check failed)
    ReadOnly,        // the file can only be read: writes are refused
    NewerSchema,     // written by a newer Tumbuh than this one
    MigrationFailed, // upgrading the schema failed (the file is left as it was)
    // Saving data.
    Required,      // a field that must be given is empty
    OutOfRange,    // a value outside its plausible range (the range is in the message)
    InvalidFormat, // e.g. a NIK that is not 16 digits
    InvalidDate,   // a date in the future, before birth, too far back...
    Inconsistent,  // fields that contradict each other (length without position...)
    DuplicateNik,  // another live child already has this NIK
    NotFound,      // the row (or the row it refers to) does not exist or was deleted
    InUse,         // deleting a row that live rows still refer to
    // Who is working.
    SignInRefused, // unknown or deactivated user, wrong PIN, locked, PIN not set
    NotAllowed,    // the signed-in user's role may not do this (store/access.h)
    // The machine.
    Busy,     // another program writes the file (its writer lock, or SQLite busy)
    DiskFull, // no space left on the disk
    Sql,      // an unexpected database error (the SQLite text is in the message)
};

struct Error {
    ErrorCode code = ErrorCode::Sql;
    QString field;   // column name ("weight_g", "nik"...), empty when not about one field
    QString message; // translated, complete sentence(s)
    // Further field errors found by the same validation, so that a form can
    // mark every wrong field at once; the first one is the Error itself.
    std::vector<Error> more;
    // Set by Database::open when the file cannot be used and a backup of it
    // exists in the backup folder the caller named: the newest such file.
    QString backupPath;
};

} // namespace tumbuh::store
