#pragma once
#include "records/storenames.h"
// Finds the child a CSV row is about, in this order (the import's documented
// rule):
//   1. the child's UID (a row exported by Tumbuh, or the same child again);
//   2. the NIK (the child registered on another laptop or in e-PPGBM);
//   3. name + birth date + mother's name, compared case- and
//      space-insensitively (children without NIK; both mothers' names empty
//      also counts as equal).
// Only live children match by NIK or name; a UID also finds a deleted child,
// so that the import can refuse to bring it back unnoticed. Kept in memory
// for the whole import (tens of thousands of children, a few MB) and told
// about every child the import adds or changes.
#include "store/database.h"
#include "store/result.h"
#include "store/rowmeta.h"
#include "records/import/uuidtable.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

namespace tumbuh::records {

class ChildMatcher {
public:
    static Result<ChildMatcher> load(Database& db);

    struct Found {
        RowId id = 0;
        bool deleted = false;
    };
    std::optional<Found> byUid(const QUuid& uid) const;
    std::optional<RowId> byNik(const QString& nik) const;
    std::optional<RowId> byPerson(const QString& name, const QDate& birth, const QString& mother) const;

    // Whether a live child other than those the lookups above find could
    // have this NIK, or this name, birth date and mother's name: counts of
    // the live children by each key (the lookups keep one child per key).
    bool nikTaken(const QString& nik) const;
    bool personTaken(const QString& name, const QDate& birth, const QString& mother) const;

    // A child was saved (added or edited): index its current values.
    void remember(RowId id, const QUuid& uid, const QString& nik, const QString& name, const QDate& birth,
                  const QString& mother);

    // A child added by a row that was then rolled back.
    void forget(RowId id, const QUuid& uid);

private:
    static QString personKey(const QString& name, const QDate& birth, const QString& mother);

    struct Keys {
        QString nik;
        QString person;
    };
    UuidTable byUid_;
    QHash<QString, RowId> byNik_;
    QHash<QString, RowId> byPerson_;
    QHash<RowId, Keys> keys_;
    QHash<QString, int> nikCount_;
    QHash<QString, int> personCount_;

    static void count(QHash<QString, int>& counts, const QString& key, int delta);
};

} // namespace tumbuh::records
