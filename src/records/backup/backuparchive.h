#pragma once
#include "records/storenames.h"
// A compressed backup file (libzstd): a small header, then one zstd frame.
//
//   - a full backup ("<name>-<stamp>.db.zst") holds the whole database
//     file compressed on its own; `zstd -d` gives the SQLite file back;
//   - a delta ("<name>-<stamp>.db.delta.zst") holds a database file
//     compressed against the content of an earlier backup, its base (zstd's
//     "patch-from": the base is the frame's prefix, long-distance matching
//     with a window covering both), so a day that added a posyandu's
//     measurements costs a few hundred kB to a few MB.
//
// The header is a zstd skippable frame (ignored by the zstd tool) holding a
// JSON object: the format, the kind, the database file's size and SHA-256
// (of the uncompressed bytes), the base's file name and SHA-256 (delta
// only), and the end of the audit log (Backup::changedSince). The zstd
// frame carries its own checksum (XXH64) too.
//
// Extracting a backup walks its chain of bases (in the backup's own folder),
// checks each link against the SHA-256 its successor recorded and each
// result against its own, and refuses a missing or damaged link naming it.
//
// Memory: the files (the database copy to compress, each base, each output)
// are memory-mapped, so they live in the page cache, not in the program's
// own memory. Beside them a full backup needs ~20 MB for zstd's tables, a
// delta about 70-130 MB (long-distance matching table for a window of 512
// MB-1 GB) plus its compressed output (a few MB). Extracting needs the
// frame's size of output plus the base file, both mapped: with a 263 MB
// city, ~530 MB of page cache the kernel can write out and drop. Disk:
// while a delta is made, the plain copy and its base's plain copy lie in
// the backup folder as ".part" files (2 x the database) and are removed.
#include "store/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tumbuh::records {

struct ArchiveHeader {
    enum class Kind { Full,
                      Delta };
    Kind kind = Kind::Full;
    qint64 size = 0;    // of the database file
    QByteArray sha256;  // hex, of the database file
    QString base;       // delta: the base's file name, in the same folder
    QByteArray baseSha; // delta: hex SHA-256 of the base's database file
    std::optional<qint64> auditEnd;
};

class BackupArchive {
public:
    static const QString kFullSuffix;  // ".db.zst"
    static const QString kDeltaSuffix; // ".db.delta.zst"

    // Whether the file starts as a compressed Tumbuh backup.
    static bool isArchive(const QString& path);
    static Result<ArchiveHeader> header(const QString& path);

    // Compresses the SQLite file `plain` into `target` (written under
    // ".part", synced, renamed, owner-only). With `basePlain` (the base's
    // database file, its header given) a delta against it. Level: zstd's.
    static Result<ArchiveHeader> write(const QString& plain, const QString& target, std::optional<qint64> auditEnd,
                                       const QString& basePlain = {}, const ArchiveHeader& base = {},
                                       const QString& baseName = {});

    // Writes the database file the backup holds to `out` (its bases
    // decompressed first, each link checked), not synced (a temporary file;
    // Restore syncs its copy). On failure `out` is removed and the message
    // names the link.
    static Result<void> extract(const QString& archive, const QString& out);
};

} // namespace tumbuh::records
