#pragma once
// Opening the --db file of a records command, with the store's message on
// standard error when it cannot be used (damaged, newer schema...).
#include "store/database.h"

#include <QString>

#include <memory>
#include <string_view>

namespace tumbuh::cli {

// nullptr after printing why. `create`: a missing file becomes a new, empty
// database (import into a fresh file); otherwise it is an error.
// A writable open takes the database's writer lock: while another program
// writes the file, this one waits a few seconds and is then refused, with
// the other program named.
std::unique_ptr<store::Database> openDatabase(std::string_view command, const QString& path, bool create);

// For the commands that only read (export, package, card, backup): no writer
// lock, nothing written beside the file, so a read-only disk or folder works.
std::unique_ptr<store::Database> openDatabaseReadOnly(std::string_view command, const QString& path);

} // namespace tumbuh::cli
