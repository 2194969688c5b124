#include "store/signin.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/pin.h"
#include "store/sqlutil.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tumbuh::store {
namespace {

Error refused(const QString& message) { return Error{ErrorCode::SignInRefused, {}, message, {}, {}}; }
Error notAllowed(const QString& message) { return Error{ErrorCode::NotAllowed, {}, message, {}, {}}; }

struct Account {
    User user;
    QString pinHash;
    int failedPins = 0;
    std::optional<QDateTime> lockedUntil;
};

Result<std::optional<Account>> accountNamed(Database& db, const QString& name)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id, pin_hash, failed_pins, locked_until FROM users "
                                          "WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE "
                                          "ORDER BY active DESC, id LIMIT 1"),
                       {name.simplified()});
    if (!q)
        return q.error();
    std::optional<Account> out;
    RowId id = 0;
    {
        sql::Finisher done(*q);
        if (!(*q)->next())
            return out;
        id = (*q)->value(0).toLongLong();
        Account a;
        a.pinHash = sql::textFrom((*q)->value(1));
        a.failedPins = (*q)->value(2).toInt();
        a.lockedUntil = sql::optionalTimestamp((*q)->value(3));
        out = std::move(a);
    }
    auto user = UserRepository(db).get(id);
    if (!user)
        return user.error();
    out->user = std::move(*user);
    return out;
}

// Writes the wrong-PIN bookkeeping (not data: no audit, no updated_at).
// Through the database's own connection when it can write, else through a
// short second connection to the same file; nothing when the file cannot be
// written at all (the refusal stands, only the count is not kept).
void writeBookkeeping(Database& db, RowId id, int failed, const std::optional<QDateTime>& until)
{
    const QString sqlText = QStringLiteral("UPDATE users SET failed_pins = ?, locked_until = ? WHERE id = ?");
    if (!db.isReadOnly()) {
        auto q = sql::exec(db, sqlText, {failed, sql::timestampOrNull(until), static_cast<qlonglong>(id)});
        if (q)
            (*q)->finish();
        return;
    }
    const QString name = QStringLiteral("tumbuh-signin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db.path());
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (c.open()) {
            QSqlQuery q(c);
            q.prepare(sqlText);
            q.addBindValue(failed);
            q.addBindValue(sql::timestampOrNull(until));
            q.addBindValue(static_cast<qlonglong>(id));
            (void)q.exec();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

SignedInUser signedIn(const User& u)
{
    return SignedInUser{u.meta.id, u.name, u.role, u.posyanduId};
}

Result<bool> isAdmin(Database& db, UserId who)
{
    if (who <= 0)
        return false;
    auto u = UserRepository(db).get(who);
    if (!u)
        return u.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(u.error());
    return u->active && u->role == Role::Admin;
}

QString lockMessage(const QDateTime& until)
{
    return QCoreApplication::translate("tumbuh::store", "Too many wrong PINs: this user is locked until %1. Wait, or ask an admin to reset the PIN.")
        .arg(QLocale().toString(until.toLocalTime().time(), QStringLiteral("HH:mm")));
}

} // namespace

Result<SignedInUser> signedInAs(Database& db, UserId id)
{
    if (id == 0)
        return SignedInUser{0, {}, Role::Admin, std::nullopt};
    auto u = UserRepository(db).get(id);
    if (!u)
        return u.error();
    return signedIn(*u);
}

Result<bool> SignIn::noUsers() const
{
    auto n = sql::scalar(db_, QStringLiteral("SELECT count(*) FROM users WHERE deleted_at IS NULL"));
    if (!n)
        return n.error();
    return n->toLongLong() == 0;
}

Result<std::vector<User>> SignIn::activeUsers() const
{
    auto all = UserRepository(db_).list();
    if (!all)
        return all.error();
    std::vector<User> out;
    for (auto& u : *all)
        if (u.active)
            out.push_back(std::move(u));
    return out;
}

Result<std::vector<User>> SignIn::usersWithoutPin() const
{
    auto all = activeUsers();
    if (!all)
        return all.error();
    std::vector<User> out;
    for (auto& u : *all) {
        auto has = hasPin(u.meta.id);
        if (!has)
            return has.error();
        if (!*has)
            out.push_back(std::move(u));
    }
    return out;
}

Result<bool> SignIn::hasPin(RowId userId) const
{
    auto h = sql::scalar(db_, QStringLiteral("SELECT pin_hash FROM users WHERE id = ?"),
                         {static_cast<qlonglong>(userId)});
    if (!h)
        return h.error();
    return !sql::textFrom(*h).isEmpty();
}

Result<SignedInUser> SignIn::attempt(const QString& name, const QString& pin)
{
    auto found = accountNamed(db_, name);
    if (!found)
        return found.error();
    if (!*found)
        return refused(QCoreApplication::translate("tumbuh::store", "There is no user named \"%1\" in this file.").arg(name.simplified()));
    Account& a = **found;
    if (!a.user.active)
        return refused(QCoreApplication::translate("tumbuh::store", "The user \"%1\" has been deactivated. Ask an admin.").arg(a.user.name));
    if (a.pinHash.isEmpty())
        return refused(QCoreApplication::translate("tumbuh::store", "The user \"%1\" has no PIN yet: open Tumbuh to set one.").arg(a.user.name));
    const QDateTime now = Database::now();
    if (a.lockedUntil && *a.lockedUntil > now)
        return refused(lockMessage(*a.lockedUntil));
    if (pinMatches(a.pinHash, pin)) {
        if (a.failedPins != 0 || a.lockedUntil)
            writeBookkeeping(db_, a.user.meta.id, 0, std::nullopt);
        return signedIn(a.user);
    }
    const int failed = (a.lockedUntil ? 0 : a.failedPins) + 1; // a lock that ran out starts a new count
    if (failed >= policy_.maxWrongPins) {
        const QDateTime until = now.addSecs(std::chrono::seconds(policy_.lockFor).count());
        writeBookkeeping(db_, a.user.meta.id, 0, until);
        return refused(lockMessage(until));
    }
    writeBookkeeping(db_, a.user.meta.id, failed, std::nullopt);
    const int left = policy_.maxWrongPins - failed;
    return refused(QCoreApplication::translate("tumbuh::store", "Wrong PIN. %n more wrong PIN(s) lock this user for a while.", nullptr, left));
}

Result<std::optional<QDateTime>> SignIn::lockedUntil(RowId userId) const
{
    auto v = sql::scalar(db_, QStringLiteral("SELECT locked_until FROM users WHERE id = ?"),
                         {static_cast<qlonglong>(userId)});
    if (!v)
        return v.error();
    auto until = sql::optionalTimestamp(*v);
    if (until && *until <= Database::now())
        until.reset();
    return until;
}

Result<SignedInUser> SignIn::createFirstAdmin(const QString& name, const QString& pin)
{
    if (auto p = pinProblem(pin))
        return Error{ErrorCode::InvalidFormat, QStringLiteral("pin"), *p, {}, {}};
    auto none = noUsers();
    if (!none)
        return none.error();
    if (!*none)
        return notAllowed(QCoreApplication::translate("tumbuh::store", "This file has users already: sign in as one of them."));
    auto hash = hashPin(pin);
    if (!hash)
        return hash.error();
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    User u;
    u.name = name;
    u.role = Role::Admin;
    auto added = UserRepository(db_).add(u, 0);
    if (!added)
        return added.error();
    auto q = sql::exec(db_, QStringLiteral("UPDATE users SET pin_hash = ? WHERE id = ?"),
                       {*hash, static_cast<qlonglong>(added->meta.id)});
    if (!q)
        return q.error();
    (*q)->finish();
    if (auto c = tx->commit(); !c)
        return c.error();
    return signedIn(*added);
}

Result<void> SignIn::setPin(RowId userId, const QString& pin, UserId who)
{
    if (auto p = pinProblem(pin))
        return Error{ErrorCode::InvalidFormat, QStringLiteral("pin"), *p, {}, {}};
    auto user = UserRepository(db_).get(userId);
    if (!user)
        return user.error();
    auto had = hasPin(userId);
    if (!had)
        return had.error();
    const bool ownFirst = who == userId && !*had;
    if (!ownFirst) {
        auto admin = isAdmin(db_, who);
        if (!admin)
            return admin.error();
        if (!*admin)
            return notAllowed(refusalText(Role::Kader, Permission::ManageUsers));
    }
    auto hash = hashPin(pin);
    if (!hash)
        return hash.error();
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    auto q = sql::exec(db_, QStringLiteral("UPDATE users SET pin_hash = ?, failed_pins = 0, locked_until = NULL, "
                                           "updated_at = ? WHERE id = ?"),
                       {*hash, sql::timestampValue(Database::now()), static_cast<qlonglong>(userId)});
    if (!q)
        return q.error();
    (*q)->finish();
    // The audit says that the PIN changed, never what it is (nor its hash).
    auto logged = AuditLog(db_).record(who, QStringLiteral("users"), user->meta.uid, AuditAction::Update,
                                       QJsonObject{{QStringLiteral("pin"), *had ? QStringLiteral("set")
                                                                                : QStringLiteral("none")}},
                                       QJsonObject{{QStringLiteral("pin"), ownFirst ? QStringLiteral("set")
                                                                                    : QStringLiteral("reset")}});
    if (!logged)
        return logged.error();
    return tx->commit();
}

Result<User> SignIn::addUser(User user, const QString& pin, UserId who)
{
    auto admin = isAdmin(db_, who);
    if (!admin)
        return admin.error();
    if (!*admin)
        return notAllowed(refusalText(Role::Kader, Permission::ManageUsers));
    if (auto p = pinProblem(pin))
        return Error{ErrorCode::InvalidFormat, QStringLiteral("pin"), *p, {}, {}};
    auto existing = accountNamed(db_, user.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{ErrorCode::InvalidFormat, QStringLiteral("name"), QCoreApplication::translate("tumbuh::store", "There is a user named \"%1\" already.").arg((*existing)->user.name), {}, {}};
    auto hash = hashPin(pin);
    if (!hash)
        return hash.error();
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    auto added = UserRepository(db_).add(std::move(user), who);
    if (!added)
        return added.error();
    auto q = sql::exec(db_, QStringLiteral("UPDATE users SET pin_hash = ? WHERE id = ?"),
                       {*hash, static_cast<qlonglong>(added->meta.id)});
    if (!q)
        return q.error();
    (*q)->finish();
    if (auto c = tx->commit(); !c)
        return c.error();
    return added;
}

} // namespace tumbuh::store
