#pragma once
// The subcommands of tumbuh-cli. main.cpp only looks a name up in the table
// (commandtable.cpp) and calls it, so adding a command is a new file with its
// run function, one declaration below and one line in the table.
#include <span>
#include <string_view>

namespace tumbuh::cli {

// The arguments after the command name.
using Args = std::span<const std::string_view>;

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1; // done, but some rows/cases failed
inline constexpr int kExitFailure = 2;  // nothing usable done: bad arguments, missing or empty input

struct Command {
    std::string_view name;
    std::string_view summary; // one line, Bahasa Indonesia / English
    std::string_view usage;   // the arguments, shown by --help
    int (*run)(Args args);
};

// All commands, in the order --help lists them.
std::span<const Command> commands();
const Command* findCommand(std::string_view name);
// "Penggunaan / Usage: tumbuh-cli <name> <usage>" on standard output, for the
// commands without Qt (zscore, selftest); the records commands build theirs
// translated (cli/recordscommand.h).
void printUsageLine(std::string_view name);

// Run functions, one per file (<name>command.cpp).
int runZscore(Args args);
int runSelftest(Args args);
int runDemo(Args args);
int runImport(Args args);
int runExport(Args args);
int runPackage(Args args);
int runMerge(Args args);
int runBackup(Args args);
int runRestore(Args args);
int runCard(Args args);
int runReport(Args args);
int runReferralSlip(Args args);
int runConsentNotice(Args args);
int runReferrals(Args args);
int runAtRisk(Args args);

} // namespace tumbuh::cli
