#pragma once
// Signing in: who is working, and their PIN. Five wrong PINs in a row lock
// that user for five minutes; the count and the lock are kept in the file
// (users.failed_pins, users.locked_until), so a restart does not reset them.
// A read-only database still counts: the bookkeeping goes through a second,
// short writable connection when the file can be written at all.
#include "store/access.h"
#include "store/result.h"
#include "store/user.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace tumbuh::store {

class Database;

struct SignInPolicy {
    int maxWrongPins = 5;
    std::chrono::minutes lockFor{5};
};

class SignIn {
public:
    explicit SignIn(Database& db, SignInPolicy policy = {}) : db_(db), policy_(policy) { }

    // True when the file has no live user yet: the first one made is admin
    // (createFirstAdmin).
    Result<bool> noUsers() const;
    // Active users who may sign in, by name (for the "who is working" list).
    Result<std::vector<User>> activeUsers() const;
    // Users (active) whose PIN is still to be set: those of a file made
    // before schema 3. Asked for at the first start.
    Result<std::vector<User>> usersWithoutPin() const;
    // Whether this user has a PIN.
    Result<bool> hasPin(RowId userId) const;

    // Name matched without case. Refusals (ErrorCode::SignInRefused, message
    // translated and naming the reason): no such active user; deactivated;
    // PIN not set yet; locked (with the time it opens again); wrong PIN (with
    // how many tries are left before the lock). A wrong PIN is counted.
    Result<SignedInUser> attempt(const QString& name, const QString& pin);
    // When this user's lock ends (nullopt when not locked).
    Result<std::optional<QDateTime>> lockedUntil(RowId userId) const;

    // The first user of a file without users: an admin with this PIN.
    // Refused (NotAllowed) when the file has a user already.
    Result<SignedInUser> createFirstAdmin(const QString& name, const QString& pin);
    // Sets a PIN: a user's own first PIN (no PIN yet: `who` = that user), or
    // an admin's reset (`who` must be an admin: NotAllowed otherwise). Clears
    // the lock. Audited as an update of the user without the hash.
    Result<void> setPin(RowId userId, const QString& pin, UserId who);
    // A new user with a PIN; `who` must be an admin (NotAllowed otherwise).
    Result<User> addUser(User user, const QString& pin, UserId who);

private:
    Database& db_;
    SignInPolicy policy_;
};

} // namespace tumbuh::store
