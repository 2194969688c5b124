#include "cli/databaseopener.h"

#include "cli/console.h"

namespace tumbuh::cli {

namespace {

std::unique_ptr<store::Database> open(std::string_view command, const QString& path, const store::OpenOptions& options)
{
    auto db = store::Database::open(path, options);
    if (!db) {
        console::complain(command, db.error().message);
        return nullptr;
    }
    for (const store::Warning& w : db.warnings())
        console::complain(command, w.message);
    return std::move(*db);
}

} // namespace

std::unique_ptr<store::Database> openDatabase(std::string_view command, const QString& path, bool create)
{
    store::OpenOptions options;
    options.createIfMissing = create;
    return open(command, path, options);
}

std::unique_ptr<store::Database> openDatabaseReadOnly(std::string_view command, const QString& path)
{
    store::OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    auto db = store::Database::open(path, options);
    if (!db) {
        // A file of an older version must be upgraded before anything reads
        // it: when the file may be written, that is done (as a writer).
        if (db.error().code == store::ErrorCode::ReadOnly) {
            store::OpenOptions upgrade;
            upgrade.createIfMissing = false;
            if (auto writable = store::Database::open(path, upgrade); writable && !(*writable)->isReadOnly())
                return std::move(*writable);
        }
        console::complain(command, db.error().message);
        return nullptr;
    }
    // Opened read-only on purpose: the OpenedReadOnly warning is not news.
    return std::move(*db);
}

} // namespace tumbuh::cli
