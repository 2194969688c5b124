#include "cli/databaseopener.h"

#include "cli/console.h"

namespace tumbuh::cli {

std::unique_ptr<store::Database> openDatabase(std::string_view command, const QString& path, bool create)
{
    store::OpenOptions options;
    options.createIfMissing = create;
    auto db = store::Database::open(path, options);
    if (!db) {
        console::complain(command, db.error().message);
        return nullptr;
    }
    for (const store::Warning& w : db.warnings())
        console::complain(command, w.message);
    return std::move(*db);
}

} // namespace tumbuh::cli
