#pragma once
// What a file's SQLite header says, read without opening it as a database
// (no lock, no journal, nothing written): for a screen that wants to know
// before Database::open whether the open will upgrade the file.
#include <QString>

#include <optional>

namespace tumbuh::store {

// The schema version (user_version) in the header of the SQLite file at
// `path`; nullopt when it is not one or cannot be read. A hint: while a
// write-ahead log is pending the header may be behind, and Database::open
// decides.
std::optional<int> schemaVersionInHeader(const QString& path);

} // namespace tumbuh::store
