#include "cli/secretprompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace tumbuh::cli {

std::optional<QString> readSecret(const QString& prompt, const char* environmentVariable)
{
    if (environmentVariable && qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (isatty(STDIN_FILENO) == 0)
        return std::nullopt;
    std::cerr << prompt.toStdString() << std::flush;
    termios old{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::cerr << '\n';
    if (!got)
        return std::nullopt;
    return QString::fromStdString(line);
}

} // namespace tumbuh::cli
