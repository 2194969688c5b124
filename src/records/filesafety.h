#pragma once
#include "records/storenames.h"
// Writing files so that a power cut never leaves a half-written one under
// the final name: write a temporary file in the same folder, flush it to
// the disk, rename it over the target (atomic on one file system), flush
// the folder. Used by backup, restore and demo, and by every command output
// through records/outputfile.h.
#include "store/result.h"

#include <QString>

namespace tumbuh::records::filesafety {

// fsync() of a file's contents (FlushFileBuffers on Windows).
Result<void> syncFile(const QString& path);
// fsync() of a folder, so that a rename in it survives a power cut (no-op
// where the platform has no such thing).
void syncDirectory(const QString& dir);
// Makes `from` owner-only (0600 on Linux), syncs it, renames it to `to`
// (replacing `to` if it exists), syncs the folder.
Result<void> replaceFile(const QString& from, const QString& to);
// Copies a file to `to` through "<to>.part", synced and renamed.
Result<void> copyFile(const QString& from, const QString& to);
// Removes an SQLite file and its companions (-wal, -shm, -journal), if any.
void removeDatabaseFiles(const QString& path);

} // namespace tumbuh::records::filesafety
