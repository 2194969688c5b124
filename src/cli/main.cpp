// tumbuh-cli: the batch tool. Only dispatches to the command table.
#include "cli/command.h"

#include <cstdio>
#include <string_view>
#include <vector>

#if __has_include(<sys/stat.h>) && !defined(_WIN32)
#include <sys/stat.h>
#define TUMBUH_HAVE_UMASK 1
#endif

#ifndef TUMBUH_VERSION
#define TUMBUH_VERSION "unknown"
#endif

namespace {

void printUsage(std::FILE* out)
{
    std::fputs("Penggunaan / Usage: tumbuh-cli <perintah/command> [argumen/arguments]\n\n"
               "Perintah / Commands:\n",
               out);
    for (const tumbuh::cli::Command& c : tumbuh::cli::commands()) {
        std::fprintf(out, "  %-10.*s %.*s\n", static_cast<int>(c.name.size()), c.name.data(),
                     static_cast<int>(c.summary.size()), c.summary.data());
        if (!c.usage.empty())
            std::fprintf(out, "  %-10s   tumbuh-cli %.*s %.*s\n", "", static_cast<int>(c.name.size()), c.name.data(),
                         static_cast<int>(c.usage.size()), c.usage.data());
    }
    std::fputs("\n  --help     bantuan ini / this help\n"
               "  --version  versi program / program version\n",
               out);
}

} // namespace

int main(int argc, char** argv)
{
#ifdef TUMBUH_HAVE_UMASK
    // Owner-only files (docs/security.md): a second line of defence behind
    // the modes each writer sets itself.
    ::umask(077);
#endif
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) {
        printUsage(stderr);
        return tumbuh::cli::kExitFailure;
    }
    const std::string_view first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        printUsage(stdout);
        return tumbuh::cli::kExitOk;
    }
    if (first == "--version" || first == "-V") {
        std::puts("tumbuh-cli " TUMBUH_VERSION);
        return tumbuh::cli::kExitOk;
    }
    const tumbuh::cli::Command* command = tumbuh::cli::findCommand(first);
    if (command == nullptr) {
        std::fprintf(stderr,
                     "tumbuh-cli: perintah '%.*s' tidak dikenal / unknown command '%.*s' (tumbuh-cli --help)\n",
                     static_cast<int>(first.size()), first.data(), static_cast<int>(first.size()), first.data());
        return tumbuh::cli::kExitFailure;
    }
    return command->run(tumbuh::cli::Args(args).subspan(1));
}
