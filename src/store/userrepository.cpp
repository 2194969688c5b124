#include "store/userrepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/crud.h"
#include "store/usercolumns.h"
#include "store/validation.h"

namespace tumbuh::store {
namespace {

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
    return Crud<User>(db_).add(std::move(user), who, stamp, [this](User& x) {
        normalize(x);
        return validate(x);
    });
}

Result<User> UserRepository::update(User user, UserId who, Stamp stamp)
{
    return Crud<User>(db_).update(std::move(user), who, stamp, [this](User& x, const User&) {
        normalize(x);
        return validate(x);
    });
}

Result<void> UserRepository::remove(RowId id, UserId who)
{
    return Crud<User>(db_).remove(id, who);
}

Result<User> UserRepository::get(RowId id) const
{
    return Crud<User>(db_).get(id);
}

Result<std::optional<User>> UserRepository::findByUid(const QUuid& uid) const
{
    return Crud<User>(db_).findByUid(uid);
}

Result<std::vector<User>> UserRepository::list() const
{
    return Crud<User>(db_).list(QStringLiteral("WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"));
}

} // namespace tumbuh::store
