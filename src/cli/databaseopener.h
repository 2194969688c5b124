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
std::unique_ptr<store::Database> openDatabase(std::string_view command, const QString& path, bool create);

} // namespace tumbuh::cli
