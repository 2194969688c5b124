#include "cli/console.h"

#include <cstdio>

namespace tumbuh::cli::console {

void say(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void complain(std::string_view command, const QString& message)
{
    const QByteArray utf8 = message.toUtf8();
    std::fprintf(stderr, "tumbuh-cli %.*s: %s\n", static_cast<int>(command.size()), command.data(), utf8.constData());
    std::fflush(stderr);
}

} // namespace tumbuh::cli::console
