#pragma once
// Applies the numbered migrations compiled in from resources/migrations
// (":/migrations/NNNN_name.sql"), each in its own transaction together with
// PRAGMA user_version = NNNN. A fresh database is version 0 and gets all of
// them: the migrations are the one source of truth for the schema. Migration
// files must not contain BEGIN/COMMIT themselves.
#include "store/result.h"

#include <QString>

#include <vector>

namespace tumbuh::store {

class Database;

class Migrator {
public:
    struct Step {
        int version = 0;
        QString resourcePath;
    };
    // All migrations in order; versions are 1..N without gaps (checked).
    static const std::vector<Step>& steps();
    static int latestVersion();

    // Upgrades `db` (native sqlite3 handle of an open, writable connection)
    // from `from` to latestVersion(). Stops at the first failing migration,
    // which is rolled back; the versions before it stay applied.
    static Result<int> migrate(void* sqliteHandle, int from);

    // The SQL text of one migration (tests use it to build fixtures).
    static QString script(int version);
};

} // namespace tumbuh::store
