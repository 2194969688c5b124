#pragma once
// PINs and passwords, stored as libsodium's crypto_pwhash_str (Argon2id with
// a random salt and the cost parameters in the text, "$argon2id$v=19$m=...").
// The cost is libsodium's "interactive" limits: well under a second on an old
// 2-core laptop (bench/privacy/bench_signin), 64 MiB of memory.
#include "store/result.h"

#include <QString>

#include <optional>

namespace tumbuh::store {

// A PIN is 6 or more digits; a password is 8 or more characters with at
// least one that is not a digit. The complaint, translated, or nullopt.
std::optional<QString> pinProblem(const QString& pin);
// The hash to store. Fails (ErrorCode::Sql with libsodium's reason) only
// when the machine is out of memory.
Result<QString> hashPin(const QString& pin);
// Whether `pin` is the one `hash` was made from (constant-time compare).
bool pinMatches(const QString& hash, const QString& pin);

} // namespace tumbuh::store
