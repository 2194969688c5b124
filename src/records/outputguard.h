#pragma once
#include "records/storenames.h"
// Refuses an output path that would overwrite something the command needs:
// the database (or its -wal, -shm, -journal or lock file), the input file, or
// another output of the same command. Two paths are the same file when they
// name the same device and inode (a hard link, a symlink, "./db", "a/../db"),
// or, for files that do not exist yet, the same folder and name once every
// symlink in the folder is resolved. Used by every command that writes a file.
#include "store/result.h"

#include <QString>

#include <filesystem>
#include <vector>

namespace tumbuh::records {

class OutputGuard {
public:
    enum class Clash { None,
                       Database,
                       Input,
                       OtherOutput,
                       SomeDatabase };

    // The database at `path` and its companion files.
    void protectDatabase(const QString& path);
    void protectInput(const QString& path);
    // For outputs that are never databases (CSV, PDF): also refuse a target
    // that is an existing SQLite file, whichever database it is (zscore -o
    // kota.db, where the command knows no database).
    void protectEveryDatabase() { everyDatabase_ = true; }

    // Clash::None when `output` is none of the protected files nor an output
    // claimed before; it is then claimed (a later output may not be it).
    Clash check(const std::filesystem::path& output);
    // The same, with the reason as an error: "The output file is the
    // database itself: choose another file name. Nothing was written."
    Result<void> claim(const QString& output);

    static QString message(Clash clash, const QString& output);
    // Whether two paths name one file (see above).
    static bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b);

private:
    struct Entry {
        std::filesystem::path path;
        Clash kind;
    };
    std::vector<Entry> entries_;
    bool everyDatabase_ = false;
};

} // namespace tumbuh::records
