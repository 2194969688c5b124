#include "store/userrepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/rowreaders.h"
#include "store/rowwriter.h"
#include "store/storagecodes.h"
#include "store/validation.h"

namespace tumbuh::store {
namespace {

const rowwriter::Table& table()
{
    static const rowwriter::Table t =
        rowwriter::makeTable(QStringLiteral("users"), {QStringLiteral("name"), QStringLiteral("role")});
    return t;
}

QVariantList values(const User& u)
{
    return {u.name, codes::roleText(u.role)};
}

Result<std::optional<User>> fetch(Database& db, const QString& where, const QVariant& key)
{
    static const QString select = QStringLiteral("SELECT ") + rows::userColumns({}) + QStringLiteral(" FROM users ");
    auto q = sql::exec(db, select + where, {key});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    if (!(*q)->next())
        return std::optional<User>();
    return std::optional<User>(rows::readUser(QtRow(**q)));
}

void normalize(User& u)
{
    u.name = u.name.simplified();
}

} // namespace

Result<void> UserRepository::validate(const User& user) const
{
    Validation v;
    if (user.name.trimmed().isEmpty())
        v.fail(msg::required(QStringLiteral("name")));
    v.checkText(QStringLiteral("name"), user.name);
    return v.result();
}

Result<User> UserRepository::add(User user, UserId who, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    normalize(user);
    if (auto v = validate(user); !v)
        return v.error();
    sql::stampInsert(user.meta, stamp);
    return rowwriter::insert(db_, table(), user, values(user), who);
}

Result<User> UserRepository::update(User user, UserId who, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = fetch(db_, QStringLiteral("WHERE id = ?"), user.meta.id);
    if (!stored)
        return stored.error();
    if (!*stored || ((*stored)->meta.isDeleted() && stamp == Stamp::Now))
        return msg::notFound(QStringLiteral("user_id"));
    normalize(user);
    if (auto v = validate(user); !v)
        return v.error();
    sql::stampUpdate(user.meta, (*stored)->meta, stamp);
    return rowwriter::update(db_, table(), user, **stored, values(user), who, AuditAction::Update);
}

Result<void> UserRepository::remove(RowId id, UserId who)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    return rowwriter::softDelete(db_, table(), *stored, values(*stored), who);
}

Result<User> UserRepository::get(RowId id) const
{
    auto r = fetch(db_, QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), id);
    if (!r)
        return r.error();
    if (!*r)
        return msg::notFound(QStringLiteral("user_id"));
    return **r;
}

Result<std::optional<User>> UserRepository::findByUid(const QUuid& uid) const
{
    return fetch(db_, QStringLiteral("WHERE uid = ?"), sql::uidText(uid));
}

Result<std::vector<User>> UserRepository::list() const
{
    static const QString select = QStringLiteral("SELECT ") + rows::userColumns({})
        + QStringLiteral(" FROM users WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id");
    auto q = sql::exec(db_, select);
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<User> out;
    while ((*q)->next())
        out.push_back(rows::readUser(QtRow(**q)));
    return out;
}

} // namespace tumbuh::store
