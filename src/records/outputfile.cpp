#include "records/outputfile.h"

#include "records/filesafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace tumbuh::records {

OutputFile::OutputFile(QString target) : target_(std::move(target)) { }

OutputFile::~OutputFile()
{
    discard();
}

Result<void> OutputFile::create()
{
    discard();
    // Through a symbolic link, the file it points to is replaced (as
    // QSaveFile does), not the link.
    const QFileInfo link(target_);
    destination_ = link.isSymLink() ? link.symLinkTarget() : target_;
    const QFileInfo info(destination_);
    QTemporaryFile file(info.absoluteDir().filePath(info.fileName() + QStringLiteral(".XXXXXX.part")));
    file.setAutoRemove(false);
    if (!file.open()) {
        return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(target_, file.errorString()), {}, {}};
    }
    temporary_ = file.fileName();
    // QTemporaryFile makes the file private to its owner, and so it stays:
    // commit() (filesafety::replaceFile) leaves every output owner-only.
    file.close();
    return {};
}

Result<void> OutputFile::commit()
{
    if (temporary_.isEmpty()) {
        return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(target_), {}, {}};
    }
    auto moved = filesafety::replaceFile(temporary_, destination_);
    if (!moved) {
        discard();
        return moved;
    }
    temporary_.clear();
    return {};
}

void OutputFile::discard()
{
    if (temporary_.isEmpty())
        return;
    filesafety::removeDatabaseFiles(temporary_);
    temporary_.clear();
}

} // namespace tumbuh::records
