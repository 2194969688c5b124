#pragma once
#include "records/storenames.h"
// The record of the backups this program wrote in a backup folder:
// "tumbuh-backups.json" beside them. Each backup has an entry with its file
// name, the database it is of (base name), a sequence number (increasing
// with every backup written into the folder, whatever the clock says), its
// size and SHA-256. Pruning goes by this record only: the order is the
// sequence, not the file names or the clock, and a file is deleted only if
// it is in the record and still has the recorded size and hash (a file the
// user put there, or replaced, is never touched), and never while a kept
// backup is a delta made against it (Entry::base). Backups made before the
// record existed are not in it and are never pruned.
//
// The file is written whole under ".part" and renamed, so it is either the
// old or the new record. A file of that name that is not such a record is
// refused rather than overwritten.
#include "store/result.h"

#include <QString>

#include <vector>

namespace tumbuh::records {

class BackupManifest {
public:
    static const QString kFileName;

    struct Entry {
        QString file;     // name inside the folder
        QString database; // the database file's base name
        qint64 sequence = 0;
        qint64 size = 0;
        QByteArray sha256; // hex
        QString base;      // a delta: the backup it was made against (BackupArchive)
    };

    // The folder's record (empty when there is none yet).
    static Result<BackupManifest> load(const QString& folder);
    Result<void> save() const;

    // Records a backup just written in the folder; returns its entry.
    Result<Entry> add(const QString& file, const QString& database, const QString& base = {});
    // Entries of one database, newest (highest sequence) first.
    std::vector<Entry> of(const QString& database) const;
    void remove(const QString& file);
    // Whether the file in the folder is still the one recorded.
    bool matches(const Entry& e) const;
    QString pathOf(const Entry& e) const;

    static QByteArray sha256(const QString& path);

private:
    QString folder_;
    qint64 next_ = 1;
    std::vector<Entry> entries_;
};

} // namespace tumbuh::records
