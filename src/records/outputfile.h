#pragma once
#include "records/storenames.h"
// One output file written so that a failed run leaves the previous file as
// it was: the command writes a temporary file beside the target
// ("<name>.XXXXXX.part", in the same folder so the rename stays on one file
// system), and commit() flushes it to the disk and renames it over the
// target (through a symbolic link, over the file it points to). The output
// is owner-only (0600 on Linux), whatever the target's mode was. Destroyed
// without commit() (an error, an early return), the temporary file is
// removed and the target never touched. OutputGuard says which targets are
// refused.
#include "store/result.h"

#include <QString>

namespace tumbuh::records {

class OutputFile {
public:
    explicit OutputFile(QString target);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Creates the empty temporary file. Fails when the folder does not exist
    // or cannot be written.
    Result<void> create();
    const QString& target() const { return target_; }
    // Where to write; empty before create().
    const QString& temporaryPath() const { return temporary_; }

    // fsync, rename over the target, fsync the folder.
    Result<void> commit();
    // Removes the temporary file (and any SQLite companion of it).
    void discard();

private:
    QString target_;
    QString destination_; // the target, or the file a symbolic link target points to
    QString temporary_;
};

} // namespace tumbuh::records
