#include "records/package/decryptedpackage.h"

#include "records/filesafety.h"
#include "records/package/packagecrypto.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tumbuh::records {

DecryptedPackage::~DecryptedPackage()
{
    if (!path_.isEmpty())
        filesafety::removeDatabaseFiles(path_);
}

Result<std::unique_ptr<DecryptedPackage>> DecryptedPackage::open(const QString& encryptedPath, const QString& passphrase)
{
    std::unique_ptr<DecryptedPackage> p(new DecryptedPackage);
    p->dir_ = std::make_unique<QTemporaryDir>(); // 0700
    if (!p->dir_->isValid()) {
        return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "No private temporary folder can be made: %1").arg(p->dir_->errorString()), {}, {}};
    }
    const QString plain = p->dir_->filePath(QFileInfo(encryptedPath).completeBaseName() + QStringLiteral(".plain"));
    if (auto done = packagecrypto::decryptFile(encryptedPath, plain, passphrase); !done)
        return done.error();
    p->path_ = plain;
    return p;
}

} // namespace tumbuh::records
