#pragma once
// Output of the records commands: translated text, UTF-8, one line each.
#include <QString>

#include <string_view>

namespace tumbuh::cli::console {

// A line on standard output.
void say(const QString& line);
// "tumbuh-cli <command>: <message>" on standard error.
void complain(std::string_view command, const QString& message);

} // namespace tumbuh::cli::console
