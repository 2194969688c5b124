#include "records/import/childmatcher.h"

#include "records/nativestatement.h"

namespace tumbuh::records {

QString ChildMatcher::personKey(const QString& name, const QDate& birth, const QString& mother)
{
    // The date as its day number: equal dates give equal keys, as the ISO
    // text did, without QDate::toString's formatting (a tenth of the work
    // of each new child in a large import). An invalid date has one key too.
    return name.simplified().toLower() + QLatin1Char('|') + QString::number(birth.toJulianDay()) + QLatin1Char('|')
         + mother.simplified().toLower();
}

Result<ChildMatcher> ChildMatcher::load(Database& db)
{
    auto q = NativeStatement::prepare(
        db, QStringLiteral("SELECT id, uid, nik, name, birth_date, mother_name, deleted_at IS NOT NULL FROM children"));
    if (!q)
        return q.error();
    ChildMatcher m;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const RowId id = q->int64(0);
        const QUuid uid = q->uid(1);
        if (q->int64(6) != 0) {
            m.byUid_.insert(uid, {id, true});
            continue;
        }
        m.remember(id, uid, q->text(2), q->text(3), q->date(4), q->text(5));
    }
    return m;
}

std::optional<ChildMatcher::Found> ChildMatcher::byUid(const QUuid& uid) const
{
    const UuidTable::Value* v = byUid_.find(uid);
    if (!v)
        return std::nullopt;
    return Found{v->id, v->flag};
}

std::optional<RowId> ChildMatcher::byNik(const QString& nik) const
{
    if (nik.isEmpty())
        return std::nullopt;
    const auto it = byNik_.constFind(nik);
    if (it == byNik_.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<RowId> ChildMatcher::byPerson(const QString& name, const QDate& birth, const QString& mother) const
{
    if (name.isEmpty() || !birth.isValid())
        return std::nullopt;
    const auto it = byPerson_.constFind(personKey(name, birth, mother));
    if (it == byPerson_.constEnd())
        return std::nullopt;
    return *it;
}

bool ChildMatcher::nikTaken(const QString& nik) const
{
    return !nik.isEmpty() && nikCount_.contains(nik);
}

bool ChildMatcher::personTaken(const QString& name, const QDate& birth, const QString& mother) const
{
    return personCount_.contains(personKey(name, birth, mother));
}

void ChildMatcher::count(QHash<QString, int>& counts, const QString& key, int delta)
{
    if (key.isEmpty())
        return;
    auto it = counts.find(key);
    if (it == counts.end()) {
        if (delta > 0)
            counts.insert(key, delta);
        return;
    }
    *it += delta;
    if (*it <= 0)
        counts.erase(it);
}

void ChildMatcher::remember(RowId id, const QUuid& uid, const QString& nik, const QString& name, const QDate& birth,
                            const QString& mother)
{
    if (const auto old = keys_.constFind(id); old != keys_.constEnd()) {
        if (byNik_.value(old->nik) == id)
            byNik_.remove(old->nik);
        if (byPerson_.value(old->person) == id)
            byPerson_.remove(old->person);
        count(nikCount_, old->nik, -1);
        count(personCount_, old->person, -1);
    }
    Keys k{nik, personKey(name, birth, mother)};
    count(nikCount_, k.nik, 1);
    count(personCount_, k.person, 1);
    if (!nik.isEmpty())
        byNik_.insert(nik, id);
    byPerson_.insert(k.person, id);
    byUid_.insert(uid, {id, false});
    keys_.insert(id, k);
}

void ChildMatcher::forget(RowId id, const QUuid& uid)
{
    if (const auto old = keys_.constFind(id); old != keys_.constEnd()) {
        if (byNik_.value(old->nik) == id)
            byNik_.remove(old->nik);
        if (byPerson_.value(old->person) == id)
            byPerson_.remove(old->person);
        count(nikCount_, old->nik, -1);
        count(personCount_, old->person, -1);
        keys_.remove(id);
    }
    byUid_.erase(uid);
}

} // namespace tumbuh::records
