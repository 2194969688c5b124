#pragma once
#include "records/storenames.h"
// SQLite's foreign-key enforcement switched off for one import, and on
// again when the scope ends. A million-row import otherwise looks up the
// child and the posyandu of every measurement it inserts (about a fifth of
// each insert's work), although the import found both itself. The import
// then checks the references of every row it wrote once, at its end
// (ReferenceCheck), before it commits: the file keeps the same guarantee.
//
// The switch works only outside a transaction (SQLite ignores it inside
// one): make the scope before the import's Transaction, and ask off()
// whether enforcement really is off.
#include <QtGlobal>

namespace tumbuh::records {

class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    // Whether this scope turned enforcement off (it was on, and no
    // transaction was open).
    bool off() const { return switched_; }

    // The connection's enforcement now (PRAGMA foreign_keys).
    static bool enforced(Database& db);

private:
    Database& db_;
    bool switched_ = false;
};

} // namespace tumbuh::records
