#pragma once
// Reading a PIN or passphrase for tumbuh-cli: from an environment variable
// when a script sets it (TUMBUH_PIN, TUMBUH_PASSPHRASE), else asked on the
// terminal without echo. Nothing is read from a pipe: a command run without
// a terminal and without the variable gets nullopt (and says so).
#include <QString>

#include <optional>

namespace tumbuh::cli {

// `prompt` is written to standard error (the terminal), without a newline.
// nullopt: the variable is unset and standard input is not a terminal, or
// the input ended.
std::optional<QString> readSecret(const QString& prompt, const char* environmentVariable);

} // namespace tumbuh::cli
