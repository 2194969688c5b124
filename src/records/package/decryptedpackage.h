#pragma once
#include "records/storenames.h"
// An encrypted package (packagecrypto.h) decrypted for the merge: the plain
// package in a private temporary folder (0700, the file 0600), removed with
// this object. Only a package whose every chunk was authenticated is handed
// out, so the reader and merger see exactly what was written.
#include "store/result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace tumbuh::records {

class DecryptedPackage {
public:
    ~DecryptedPackage();
    DecryptedPackage(const DecryptedPackage&) = delete;
    DecryptedPackage& operator=(const DecryptedPackage&) = delete;

    // Fails (and leaves nothing behind) on a wrong passphrase, a changed or
    // truncated file, or a file that is not an encrypted package.
    static Result<std::unique_ptr<DecryptedPackage>> open(const QString& encryptedPath, const QString& passphrase);

    // The plain package, for PackageReader / PackageMerger.
    const QString& path() const { return path_; }

private:
    DecryptedPackage() = default;
    std::unique_ptr<QTemporaryDir> dir_;
    QString path_;
};

} // namespace tumbuh::records
