#include "records/outputguard.h"

#include <QCoreApplication>

#include <cstring>
#include <fstream>
#include <system_error>

namespace tumbuh::records {
namespace {

std::filesystem::path native(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

// The absolute path with "." and ".." gone and the symlinks of its existing
// part resolved; the path as given if even that fails.
std::filesystem::path resolved(const std::filesystem::path& p)
{
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(p, ec);
    if (ec)
        return p.lexically_normal();
    std::filesystem::path canonical = std::filesystem::weakly_canonical(abs, ec);
    if (ec)
        return abs.lexically_normal();
    return canonical;
}

// An existing file that begins with SQLite's header.
bool isSqliteFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    char header[16] = {};
    if (!in.read(header, sizeof header))
        return false;
    return std::memcmp(header, "SQLite format 3", sizeof header) == 0; // with its NUL
}

} // namespace

bool OutputGuard::sameFile(const std::filesystem::path& a, const std::filesystem::path& b)
{
    std::error_code ec;
    // Both exist: the same device and inode, whatever the names.
    if (std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec)) {
        const bool same = std::filesystem::equivalent(a, b, ec);
        if (!ec)
            return same;
    }
    return resolved(a) == resolved(b);
}

void OutputGuard::protectDatabase(const QString& path)
{
    if (path.isEmpty())
        return;
    // SQLite's companions, and the lock files a writer may keep beside it.
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock", "-lock"})
        entries_.push_back({native(path + QLatin1String(suffix)), Clash::Database});
}

void OutputGuard::protectInput(const QString& path)
{
    if (!path.isEmpty())
        entries_.push_back({native(path), Clash::Input});
}

OutputGuard::Clash OutputGuard::check(const std::filesystem::path& output)
{
    for (const Entry& e : entries_) {
        if (sameFile(output, e.path))
            return e.kind;
    }
    if (everyDatabase_ && isSqliteFile(output))
        return Clash::SomeDatabase;
    entries_.push_back({output, Clash::OtherOutput});
    return Clash::None;
}

Result<void> OutputGuard::claim(const QString& output)
{
    const Clash clash = check(native(output));
    if (clash == Clash::None)
        return {};
    return Error{ErrorCode::Inconsistent, {}, message(clash, output), {}, {}};
}

QString OutputGuard::message(Clash clash, const QString& output)
{
    switch (clash) {
    case Clash::None:
        break;
    case Clash::Database:
        return QCoreApplication::translate("tumbuh::records",
                                           "The output file %1 is the database itself: choose another file name. "
                                           "Nothing was written.")
            .arg(output);
    case Clash::Input:
        return QCoreApplication::translate("tumbuh::records",
                                           "The output file %1 is the input file: choose another file name. "
                                           "Nothing was written.")
            .arg(output);
    case Clash::SomeDatabase:
        return QCoreApplication::translate("tumbuh::records",
                                           "The output file %1 is a database: choose another file name. "
                                           "Nothing was written.")
            .arg(output);
    case Clash::OtherOutput:
        return QCoreApplication::translate("tumbuh::records",
                                           "The output file %1 is also another output of this command: choose "
                                           "another file name. Nothing was written.")
            .arg(output);
    }
    return {};
}

} // namespace tumbuh::records
