#pragma once
#include "records/storenames.h"
// Writes one posyandu's package (packageformat.h) from an open database.
#include "store/database.h"
#include "records/package/packageformat.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QString>

namespace tumbuh::records {

class PackageWriter {
public:
    explicit PackageWriter(Database& db) : db_(db) { }

    // The live posyandu with this UID, or else with this name (case- and
    // space-insensitive; refused when several have it).
    Result<RowId> findPosyandu(const QString& nameOrUid);

    // Written under a temporary name in the target folder and renamed when
    // complete. The database must not be inside a transaction (ATTACH).
    Result<PackageInfo> write(RowId posyanduId, const QString& path);

    // The same package encrypted with `passphrase` (packagecrypto.h): the
    // plain package is written into a private temporary folder, sealed into
    // `path`, and removed. A passphrase under 8 characters is refused.
    Result<PackageInfo> writeEncrypted(RowId posyanduId, const QString& path, const QString& passphrase);

private:
    Database& db_;
};

} // namespace tumbuh::records
