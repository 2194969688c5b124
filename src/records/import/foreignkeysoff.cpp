#include "records/import/foreignkeysoff.h"

#include "records/nativestatement.h"

namespace tumbuh::records {

bool ForeignKeysOff::enforced(Database& db)
{
    auto q = NativeStatement::prepare(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!q)
        return true;
    auto row = q->step();
    return !row || !*row || q->int64(0) != 0;
}

ForeignKeysOff::ForeignKeysOff(Database& db) : db_(db)
{
    if (!enforced(db_))
        return;
    (void)NativeStatement::exec(db_, "PRAGMA foreign_keys = OFF");
    switched_ = !enforced(db_);
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (switched_)
        (void)NativeStatement::exec(db_, "PRAGMA foreign_keys = ON");
}

} // namespace tumbuh::records
